import { useEffect, useRef } from 'react'
import { localize, useLanguage, useT } from '../../i18n'
import { runtime } from '../../store/runtime'
import { useGallery } from '../../store/useGallery'
import { liveActions } from '../../live'
import { bearing } from '../../live/formation'
import styles from './live.module.css'

/**
 * What a pupil sees of the class on top of the gallery: the class and their name (with Leave),
 * a note while following, the highlighted work's name with a pointer toward it when it is out
 * of view, and the dimmed "Eyes on your teacher" screen.
 *
 * ```tsx
 * <PupilOverlay />
 * ```
 */
export function PupilOverlay() {
  const t = useT()
  const language = useLanguage()
  const live = useGallery((s) => s.live)
  const manifest = useGallery((s) => s.manifest)
  if (live.role !== 'pupil') return null
  const work = live.highlighted ? manifest?.artifacts.find((a) => a.id === live.highlighted) : undefined
  return (
    <>
      <div className={styles.badge} data-testid="pupil-badge">
        <span>
          {t('live.inClass', { code: live.code ?? '', name: live.self?.nickname ?? '' })}
          {!live.connected && ` · ${t('live.reconnecting')}`}
        </span>
        <button type="button" className={styles.small} onClick={() => void liveActions.leave()}>
          {t('live.leave')}
        </button>
      </div>
      {(live.following || work) && (
        <p className={styles.banner} role="status">
          {work ? t('live.pointing', { title: localize(work.title, language) }) : t('live.following')}
        </p>
      )}
      {work && <Pointer artifactId={work.id} label={t('live.pointerLabel')} />}
      {live.eyesOnMe && (
        <div className={styles.eyes} role="alertdialog" aria-label={t('live.eyesMessage')} data-testid="eyes-on-me">
          <p>{t('live.eyesMessage')}</p>
        </div>
      )}
    </>
  )
}

/** An arrow at the screen's edge toward the highlighted work, shown only while it is out of view. */
function Pointer({ artifactId, label }: { artifactId: string; label: string }) {
  const el = useRef<HTMLDivElement>(null)
  const placement = useGallery((s) => s.layout?.placements.find((p) => p.artifactId === artifactId))
  useEffect(() => {
    let frame = 0
    const draw = () => {
      const node = el.current
      if (node && placement) {
        const b = bearing({ position: [runtime.position[0], runtime.position[2]], yaw: runtime.yaw }, [placement.position[0], placement.position[2]])
        node.hidden = b.inView
        // On a circle around the screen's centre, left for a positive (leftward) angle.
        const rx = window.innerWidth / 2 - 48
        const ry = window.innerHeight / 2 - 48
        node.style.left = `${window.innerWidth / 2 - Math.sin(b.angle) * rx}px`
        node.style.top = `${window.innerHeight / 2 - Math.cos(b.angle) * ry}px`
        node.style.transform = `rotate(${(-b.angle * 180) / Math.PI}deg)`
      }
      frame = requestAnimationFrame(draw)
    }
    draw()
    return () => cancelAnimationFrame(frame)
  }, [placement])
  return (
    <div ref={el} className={styles.pointer} role="img" aria-label={label} data-testid="live-pointer" hidden>
      <span aria-hidden="true">↑</span>
    </div>
  )
}
