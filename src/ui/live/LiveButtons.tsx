import { useState } from 'react'
import { useT } from '../../i18n'
import { useGallery } from '../../store/useGallery'
import { galleryStore } from '../../store/galleryStore'
import { liveActions } from '../../live'
import styles from './live.module.css'

export interface LiveButtonsProps {
  /** 'start': "Lead a class" and "Join a class" on the start screen (both enter the exhibition); 'hud': "Lead a class" or the class panel's toggle. */
  variant: 'start' | 'hud'
  /** Enters the exhibition (the start screen's Enter), inside the click so sound may start. */
  onEnter?: () => void
}

/**
 * The live-class entry points. Where this origin has no live service (a static host) they say
 * "Live sessions need the server" and do nothing else.
 *
 * ```tsx
 * <LiveButtons variant="start" onEnter={onEnter} />
 * ```
 */
export function LiveButtons({ variant, onEnter }: LiveButtonsProps) {
  const t = useT()
  const live = useGallery((s) => s.live)
  const [busy, setBusy] = useState(false)
  if (variant === 'hud' && live.role === 'pupil') return null
  if (live.available === false) {
    return (
      <button type="button" className={styles.button} disabled title={t('live.needsServerLong')}>
        {t('live.needsServer')}
      </button>
    )
  }
  if (variant === 'hud' && live.role === 'teacher') {
    return (
      <button type="button" className={styles.button} aria-expanded={live.panelOpen} onClick={() => galleryStore.getState().setLive({ panelOpen: !live.panelOpen })}>
        {t('live.openPanel')} {live.code}
      </button>
    )
  }
  const lead = () => {
    onEnter?.()
    setBusy(true)
    liveActions
      .lead()
      .catch(() => galleryStore.getState().setLive({ notice: 'failed' }))
      .finally(() => setBusy(false))
  }
  const leadButton = (
    <button type="button" className={styles.button} disabled={busy || live.available === null} title={t('live.leadLong')} onClick={lead}>
      {busy ? t('live.connecting') : t('live.lead')}
    </button>
  )
  if (variant === 'hud') return leadButton
  return (
    <div className={styles.startRow}>
      {leadButton}
      <button
        type="button"
        className={styles.button}
        disabled={live.available === null}
        title={t('live.joinLong')}
        onClick={() => galleryStore.getState().setLive({ joinOpen: true })}
      >
        {t('live.join')}
      </button>
    </div>
  )
}
