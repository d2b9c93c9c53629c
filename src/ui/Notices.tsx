import { useStore } from 'zustand'
import { useT } from '../i18n'
import { notices, withdraw } from '../store/notices'
import styles from './Notices.module.css'
import p from './primitives'

/**
 * The visitor-facing notices (see store/notices): each a polite live message with a dismiss
 * button, above the canvas, while the rest of the page goes on working.
 *
 * ```tsx
 * <Notices />
 * ```
 */
export function Notices() {
  const t = useT()
  const list = useStore(notices, (s) => s.list)
  if (list.length === 0) return null
  return (
    <div className={styles.notices} role="status" aria-live="polite">
      {list.map((n) => (
        <p key={n.id} className={`${styles.notice} ${p.panel}`} data-notice={n.key}>
          <span>{t(`notice.${n.key}`)}</span>
          {n.retry && (
            <button
              type="button"
              className={`${p.button} ${styles.retry}`}
              onClick={() => {
                withdraw(n.id)
                n.retry?.()
              }}
            >
              {t('notice.retry')}
            </button>
          )}
          {!n.sticky && (
            <button type="button" className={p.iconButton} aria-label={t('notice.dismiss')} onClick={() => withdraw(n.id)}>
              <span aria-hidden="true">×</span>
            </button>
          )}
        </p>
      ))}
    </div>
  )
}
