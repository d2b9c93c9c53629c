import { useState } from 'react'
import { localize, useLanguage, useT } from '../../i18n'
import { useGallery } from '../../store/useGallery'
import { liveActions } from '../../live'
import styles from './live.module.css'

/**
 * The class list: each pupil's nickname, room, the work they inspect and whether they are
 * connected, with rename and remove (a removed pupil cannot rejoin this class).
 *
 * ```tsx
 * <ClassRoster />
 * ```
 */
export function ClassRoster() {
  const t = useT()
  const language = useLanguage()
  const members = useGallery((s) => s.live.members)
  const manifest = useGallery((s) => s.manifest)
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null)
  if (members.length === 0) return <p className={styles.note}>{t('live.empty')}</p>
  const roomTitle = (id: string | null) => (id ? localize(manifest?.rooms.find((r) => r.id === id)?.title, language) : '—')
  const workTitle = (id: string | null) => (id ? localize(manifest?.artifacts.find((a) => a.id === id)?.title, language) : '—')
  return (
    <table className={styles.roster}>
      <thead>
        <tr>
          <th scope="col">{t('live.name')}</th>
          <th scope="col">{t('live.room')}</th>
          <th scope="col">{t('live.looking')}</th>
          <th scope="col">
            <span className="vm-sr-only">{t('live.status')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.id} className={m.connected ? undefined : styles.away} data-member={m.id}>
            <td>
              <span className={m.connected ? styles.dot : styles.dotAway} aria-hidden="true" />
              <span className="vm-sr-only">{m.connected ? t('live.online') : t('live.offline')}: </span>
              {renaming?.id === m.id ? (
                <form
                  className={styles.row}
                  onSubmit={(e) => {
                    e.preventDefault()
                    void liveActions.rename(m.id, renaming.name).finally(() => setRenaming(null))
                  }}
                >
                  <input className={styles.input} aria-label={t('live.renameTo', { name: m.nickname })} value={renaming.name} onChange={(e) => setRenaming({ id: m.id, name: e.target.value })} autoFocus />
                  <button type="submit" className={styles.small}>
                    {t('live.save')}
                  </button>
                </form>
              ) : (
                m.nickname
              )}
            </td>
            <td>{roomTitle(m.roomId)}</td>
            <td>{workTitle(m.inspecting)}</td>
            <td>
              <div className={styles.row}>
                <button type="button" className={styles.small} onClick={() => setRenaming({ id: m.id, name: m.nickname })}>
                  {t('live.rename')}
                </button>
                <button type="button" className={`${styles.small} ${styles.danger}`} title={t('live.removeLong', { name: m.nickname })} aria-label={t('live.removeLong', { name: m.nickname })} onClick={() => void liveActions.remove(m.id)}>
                  {t('live.remove')}
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
