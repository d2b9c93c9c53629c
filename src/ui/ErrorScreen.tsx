import { useEffect, useRef } from 'react'
import { useT } from '../i18n'
import { useGallery } from '../store/useGallery'
import { LanguageSwitcher } from './LanguageSwitcher'
import p from './primitives'
import s from './ErrorScreen.module.css'

/**
 * The page shown in mode 'error', so a problem is never a blank screen. With manifest problems
 * it lists every one as `path — message` for the content editors, with a hint on reading the
 * paths; otherwise it shows the fatal problem's title and detail (or a generic message).
 *
 * ```tsx
 * {mode === 'error' && <ErrorScreen />}
 * ```
 */
export function ErrorScreen() {
  const t = useT()
  const problems = useGallery((s) => s.manifestErrors)
  const fatal = useGallery((s) => s.fatal)
  const manifestUrl = useGallery((s) => s.manifestUrl)
  const heading = useRef<HTMLHeadingElement>(null)

  // Screen readers start reading at the heading; keyboard users start from here too.
  useEffect(() => {
    heading.current?.focus({ preventScroll: true })
  }, [])

  const hasProblems = problems.length > 0
  // The URL goes in <code>, wherever the sentence puts it in each language.
  const [urlBefore = '', urlAfter = ''] = t('error.manifestUrl', { url: '\u0000' }).split('\u0000')
  return (
    <main className={`${p.screen} ${s.screen}`} aria-labelledby="vm-error-title">
      <div className={`${p.panel} ${s.panel}`}>
        <div className={s.top}>
          <LanguageSwitcher />
        </div>
        <h1 id="vm-error-title" ref={heading} tabIndex={-1} className={p.displayTitle}>
          {hasProblems ? t('error.manifestHeading') : t('error.fatalTitle')}
        </h1>
        <div className={p.rule} aria-hidden="true" />
        {hasProblems ? (
          <>
            <p className={s.count}>{t('error.problemCount', { count: problems.length })}</p>
            <ol className={s.problems}>
              {problems.map((problem, i) => (
                <li key={`${problem.path}-${i}`}>
                  <code className={s.path}>{problem.path}</code>
                  <span aria-hidden="true"> — </span>
                  <span lang="en">{problem.message}</span>
                </li>
              ))}
            </ol>
            <p className={s.editorHint}>{t('error.editorHint')}</p>
            {manifestUrl && (
              <p className={s.editorHint}>
                {urlBefore}
                <code>{manifestUrl}</code>
                {urlAfter}
              </p>
            )}
          </>
        ) : (
          <p>
            {fatal?.kind === 'foreignManifest'
              ? t('error.foreignManifest', { url: fatal.url, allowed: fatal.allowed })
              : fatal?.kind === 'manifestUnreachable'
                ? t('error.manifestUnreachable', { url: fatal.url, detail: fatal.detail })
                : fatal?.kind === 'notOpened'
                  ? `${t('error.fatalDetail')} ${fatal.detail}`
                  : t('error.fatalDetail')}
          </p>
        )}
        <button type="button" className={p.button} onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </div>
    </main>
  )
}
