import { useEffect, useState } from 'react'
import { localize, useLanguage, useT } from '../../i18n'
import { useGallery } from '../../store/useGallery'
import { galleryStore } from '../../store/galleryStore'
import { liveActions } from '../../live'
import { routeHash } from '../../navigation/routes'
import { ClassRoster } from './ClassRoster'
import { ClassPlan } from './ClassPlan'
import styles from './live.module.css'

/** The join link for a class code: this page, opened at `#/join/<code>`. */
export function joinLink(code: string): string {
  return `${location.origin}${location.pathname}${routeHash({ type: 'join', code })}`
}

/**
 * The teacher's class panel: the class code, join link and a QR code (drawn here, by the
 * `qrcode` package), lock and end; Gather here, Follow me, Look at this, Eyes on me, the class
 * tour, whether pupils see each other; the roster and the floor plan with every pupil's dot.
 *
 * ```tsx
 * <ClassPanel />
 * ```
 */
export function ClassPanel() {
  const t = useT()
  const language = useLanguage()
  const live = useGallery((s) => s.live)
  const inspecting = useGallery((s) => s.inspecting)
  const tours = useGallery((s) => s.manifest?.tours ?? [])
  const [qr, setQr] = useState<string | null>(null)
  const [openForAll, setOpenForAll] = useState(false)
  const [tourId, setTourId] = useState(tours[0]?.id ?? '')
  const [busy, setBusy] = useState(false)
  const code = live.code ?? ''
  const link = code ? joinLink(code) : ''
  useEffect(() => {
    if (!link) return
    let cancelled = false
    void import('qrcode').then((q) => q.toDataURL(link, { margin: 1, width: 240, color: { dark: '#3b2616', light: '#ffffff' } })).then((url) => !cancelled && setQr(url))
    return () => {
      cancelled = true
    }
  }, [link])
  const run = (action: () => Promise<unknown>) => () => {
    setBusy(true)
    void action()
      .catch(() => undefined)
      .finally(() => setBusy(false))
  }
  // The work inspected now, or the last one (the panel may have been closed before pressing the button).
  const [recent, setRecent] = useState<string | null>(null)
  useEffect(() => {
    if (inspecting) setRecent(inspecting)
  }, [inspecting])
  const pointable = inspecting ?? recent
  const tourTitle = (id: string) => localize(tours.find((x) => x.id === id)?.title, language)
  const current = live.tour ? tours.find((x) => x.id === live.tour!.id) : undefined

  return (
    <section className={styles.panel} aria-labelledby="vm-class-title" data-testid="class-panel" data-part="class-panel">
      <div className={styles.head}>
        <h2 id="vm-class-title" className={styles.title}>
          {t('live.panel')} · {t('live.pupils', { count: live.members.filter((m) => m.connected).length })}
        </h2>
        <button type="button" className={styles.close} aria-label={t('live.closePanel')} onClick={() => galleryStore.getState().setLive({ panelOpen: false })}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className={styles.codeBox}>
        <div>
          <div className={styles.note}>{t('live.code')}</div>
          <div className={styles.code} data-testid="class-code">
            {code}
          </div>
          <div className={styles.note}>{t('live.link')}</div>
          <div className={styles.link}>{link}</div>
        </div>
        {qr && <img className={styles.qr} src={qr} alt={t('live.qr')} />}
      </div>
      <div className={styles.row}>
        <button type="button" className={styles.button} aria-pressed={live.locked} disabled={busy} onClick={run(() => liveActions.lock(!live.locked))}>
          {live.locked ? t('live.unlock') : t('live.lock')}
        </button>
        {live.locked && <span className={styles.note}>{t('live.lockedNote')}</span>}
      </div>
      <div className={styles.section}>
        <div className={styles.actions}>
          <button type="button" className={styles.button} title={t('live.gatherLong')} disabled={busy} onClick={run(() => liveActions.gather())}>
            {t('live.gather')}
          </button>
          <button type="button" className={styles.button} title={t('live.followLong')} aria-pressed={live.following} disabled={busy} onClick={run(() => liveActions.follow(!live.following))}>
            {t('live.follow')}
          </button>
          <button
            type="button"
            className={styles.button}
            title={pointable ? t('live.lookAtThisLong') : t('live.lookFirst')}
            aria-pressed={!!live.highlighted}
            disabled={busy || (!pointable && !live.highlighted)}
            onClick={run(() => (live.highlighted ? liveActions.highlight(null) : liveActions.highlight(pointable!, openForAll)))}
          >
            {live.highlighted ? t('live.stopLooking') : t('live.lookAtThis')}
          </button>
          <button type="button" className={styles.button} title={t('live.eyesOnMeLong')} aria-pressed={live.eyesOnMe} disabled={busy} onClick={run(() => liveActions.eyesOnMe(!live.eyesOnMe))}>
            {live.eyesOnMe ? t('live.eyesOff') : t('live.eyesOnMe')}
          </button>
        </div>
        <label className={styles.check}>
          <input type="checkbox" checked={openForAll} onChange={(e) => setOpenForAll(e.target.checked)} />
          {t('live.openForAll')}
        </label>
        <label className={styles.check}>
          <input type="checkbox" checked={live.classmatesVisible} disabled={busy} onChange={(e) => run(() => liveActions.classmates(e.target.checked))()} />
          {t('live.classmates')}
        </label>
      </div>
      <div className={styles.section}>
        <h3 className={styles.sectionTitle}>{t('live.classTour')}</h3>
        {live.tour && current ? (
          <div className={styles.row}>
            <span>
              {tourTitle(current.id)} · {t('live.tourStop', { index: live.tour.stop + 1, total: current.stops.length })}
            </span>
            <button type="button" className={styles.button} disabled={busy} onClick={run(() => liveActions.endTour())}>
              {t('live.stopTour')}
            </button>
          </div>
        ) : (
          <div className={styles.row}>
            <select className={styles.select} aria-label={t('live.classTour')} value={tourId} onChange={(e) => setTourId(e.target.value)}>
              {tours.map((x) => (
                <option key={x.id} value={x.id}>
                  {tourTitle(x.id)}
                </option>
              ))}
            </select>
            <button type="button" className={styles.button} disabled={busy || !tourId} onClick={run(() => liveActions.startTour(tourId))}>
              {t('live.startTour')}
            </button>
          </div>
        )}
      </div>
      <div className={styles.section}>
        <ClassRoster />
      </div>
      <div className={styles.section}>
        <h3 className={styles.sectionTitle}>{t('live.plan')}</h3>
        <ClassPlan />
      </div>
      <div className={styles.section}>
        <button type="button" className={`${styles.button} ${styles.danger}`} disabled={busy} onClick={run(() => liveActions.end())}>
          {t('live.end')}
        </button>
      </div>
    </section>
  )
}
