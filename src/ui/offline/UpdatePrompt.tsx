import { useT } from '../../i18n'
import { useOffline } from './offlineStore'
import { applyUpdate } from './registerOffline'
import p from '../primitives'
import styles from './SaveOffline.module.css'

/**
 * "A new version is ready - reload": offered when a new build has installed, never forced,
 * so no one is thrown out of the middle of a visit or a class.
 *
 * ```tsx
 * <UpdatePrompt />
 * ```
 */
export function UpdatePrompt() {
  const t = useT()
  const ready = useOffline((s) => s.updateReady)
  if (!ready) return null
  return (
    <div className={styles.update} role="status">
      <span>{t('offline.updateReady')}</span>
      <button type="button" className={p.button} onClick={applyUpdate}>
        {t('offline.reload')}
      </button>
    </div>
  )
}
