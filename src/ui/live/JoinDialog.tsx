import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useLanguage, useT } from '../../i18n'
import { useGallery } from '../../store/useGallery'
import { galleryStore } from '../../store/galleryStore'
import { liveActions } from '../../live'
import { generateNickname } from '../../live/nicknames'
import { normalizeCode } from '../../live/classCode'
import { nicknameProblem, normalizeNickname } from '../../live/nickname'
import styles from './live.module.css'

const ERRORS: Record<string, string> = { 'no-session': 'wrongCode', locked: 'lockedOut', full: 'full', removed: 'removed', nickname: 'badName' }

/**
 * The pupil's way in: the class code (filled in from a `#/join/<code>` link) and a nickname,
 * offered ready-made in the pupil's language; a typed one is tidied and filtered here as the
 * service will. Joining enters the exhibition.
 *
 * ```tsx
 * <JoinDialog onEnter={onEnter} />
 * ```
 */
export function JoinDialog({ onEnter }: { onEnter: () => void }) {
  const t = useT()
  const language = useLanguage()
  const joinCode = useGallery((s) => s.live.joinCode)
  const [code, setCode] = useState(joinCode ?? '')
  const [nickname, setNickname] = useState(() => generateNickname(language))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const dialog = useRef<HTMLDivElement>(null)
  const close = () => galleryStore.getState().setLive({ joinOpen: false })
  useEffect(() => dialog.current?.querySelector<HTMLInputElement>('input')?.focus(), [])
  useEffect(() => setNickname(generateNickname(language)), [language])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const typed = normalizeCode(code)
    if (!typed) return setError('wrongCode')
    const name = normalizeNickname(nickname)
    if (nicknameProblem(name)) return setError('badName')
    setBusy(true)
    setError(null)
    liveActions
      .join(typed, name)
      .then(() => {
        if (galleryStore.getState().mode === 'start') onEnter()
      })
      .catch((e: { code?: string }) => setError(ERRORS[e.code ?? ''] ?? 'failed'))
      .finally(() => setBusy(false))
  }

  return (
    <>
      <div className={styles.backdrop} aria-hidden="true" onClick={close} />
      {/* A form may not take the dialog role: the dialog holds the form. */}
      <div ref={dialog} className={styles.dialog} role="dialog" aria-modal="true" aria-labelledby="vm-join-title" tabIndex={-1} onKeyDown={(e) => e.key === 'Escape' && close()}>
        <form className={styles.dialogBody} onSubmit={submit}>
          <h2 id="vm-join-title" className={styles.title}>
            {t('live.joinTitle')}
          </h2>
          <label className={styles.label}>
            {t('live.codeLabel')}
            <input className={styles.input} name="code" value={code} autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={12} onChange={(e) => setCode(e.target.value)} />
          </label>
          <label className={styles.label}>
            {t('live.nicknameLabel')}
            <input className={styles.input} name="nickname" value={nickname} autoComplete="off" maxLength={40} onChange={(e) => setNickname(e.target.value)} />
          </label>
          <div className={styles.row}>
            <button type="button" className={styles.button} onClick={() => setNickname(generateNickname(language))}>
              {t('live.otherName')}
            </button>
          </div>
          {error && (
            <p className={styles.error} role="alert">
              {t(`live.${error}` as 'live.failed')}
            </p>
          )}
          <div className={styles.row}>
            <button type="submit" className={`${styles.button} ${styles.primary}`} disabled={busy}>
              {busy ? t('live.connecting') : t('live.joinButton')}
            </button>
            <button type="button" className={styles.button} onClick={close}>
              {t('live.cancel')}
            </button>
          </div>
        </form>
      </div>
    </>
  )
}
