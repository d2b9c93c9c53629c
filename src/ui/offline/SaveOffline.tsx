import { useEffect } from 'react'
import { useLanguage, useT } from '../../i18n'
import { useGallery } from '../../store/useGallery'
import { cancelSave, refreshOffline, removeOffline, saveForOffline, useOffline } from './offlineStore'
import { formatBytes } from './formatBytes'
import p from '../primitives'
import styles from './SaveOffline.module.css'

/**
 * "Save for offline": downloads the whole exhibition with a progress bar (bytes and files,
 * cancellable, resumed on the next try), says how much space it takes, and removes it again.
 *
 * ```tsx
 * <SaveOffline />
 * ```
 */
export function SaveOffline() {
  const t = useT()
  const language = useLanguage()
  const manifest = useGallery((s) => s.manifest)
  const manifestUrl = useGallery((s) => s.manifestUrl)
  const state = useOffline((s) => s)
  useEffect(() => {
    if (manifest) void refreshOffline(manifestUrl)
  }, [manifest, manifestUrl])
  if (!state.supported || !manifest) return null

  const size = (bytes: number) => formatBytes(bytes, language)
  const total = state.totalBytes !== null ? size(state.totalBytes) : null
  return (
    <section className={styles.offline} aria-labelledby="vm-offline-title">
      <h2 id="vm-offline-title" className={styles.heading}>
        {t('offline.heading')}
      </h2>
      {state.saving ? (
        <>
          <progress className={styles.bar} max={1} value={state.progress} aria-labelledby="vm-offline-title" aria-describedby="vm-offline-status" />
          <p id="vm-offline-status" className={styles.status}>
            {t('offline.progress', { bytes: size(state.bytes), total: total ?? '…', files: state.files, totalFiles: state.totalFiles })}
          </p>
          <button type="button" className={p.button} onClick={cancelSave}>
            {t('offline.cancel')}
          </button>
        </>
      ) : state.saved ? (
        <>
          <p className={styles.status} role="status">
            {t('offline.saved', { bytes: size(state.bytes), files: state.files })}
          </p>
          <div className={styles.actions}>
            {state.exhibitionChanged && (
              <button type="button" className={p.button} onClick={() => void saveForOffline(manifest, manifestUrl, { fresh: true })}>
                {t('offline.updateCopy')}
              </button>
            )}
            <button type="button" className={p.button} onClick={() => void removeOffline(manifestUrl)}>
              {t('offline.remove')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className={styles.status}>{state.files > 0 ? t('offline.resumeHint', { files: state.files, totalFiles: state.totalFiles }) : t('offline.hint')}</p>
          <button type="button" className={p.button} onClick={() => void saveForOffline(manifest, manifestUrl)}>
            {state.files > 0 ? t('offline.resume') : t('offline.save')}
          </button>
        </>
      )}
      {state.error && (
        <p className={styles.error} role="alert">
          {t('offline.failed', { reason: state.error })}
        </p>
      )}
    </section>
  )
}
