import { lazy, Suspense } from 'react'
import { useT } from '../../i18n'
import { useGallery } from '../../store/useGallery'
import { galleryStore } from '../../store/galleryStore'
import { PupilOverlay } from './PupilOverlay'
import styles from './live.module.css'

const ClassPanel = lazy(() => import('./ClassPanel').then((m) => ({ default: m.ClassPanel })))
const JoinDialog = lazy(() => import('./JoinDialog').then((m) => ({ default: m.JoinDialog })))

/**
 * Everything of a live class over the gallery: the teacher's class panel, the pupil's join
 * dialog and overlays, and the notice when a class has ended or a pupil was removed.
 *
 * ```tsx
 * <LiveLayer onEnter={onEnter} />
 * ```
 */
export function LiveLayer({ onEnter }: { onEnter: () => void }) {
  const t = useT()
  const role = useGallery((s) => s.live.role)
  const panelOpen = useGallery((s) => s.live.panelOpen)
  const joinOpen = useGallery((s) => s.live.joinOpen && !s.live.role && s.live.available !== false)
  const notice = useGallery((s) => s.live.notice)
  const mode = useGallery((s) => s.mode)
  return (
    <Suspense fallback={null}>
      {role === 'teacher' && panelOpen && (mode === 'walk' || mode === 'inspect') && <ClassPanel />}
      {joinOpen && <JoinDialog onEnter={onEnter} />}
      <PupilOverlay />
      {notice && !joinOpen && (
        <div className={styles.dialog} role="alertdialog" aria-labelledby="vm-live-notice">
          <p id="vm-live-notice">{t(`live.${notice}` as 'live.ended')}</p>
          <div className={styles.row}>
            <button type="button" className={styles.button} autoFocus onClick={() => galleryStore.getState().setLive({ notice: null })}>
              {t('live.dismiss')}
            </button>
          </div>
        </div>
      )}
    </Suspense>
  )
}
