import { useEffect, useRef } from 'react'
import { useT } from '../i18n'
import { useGallery } from '../store/store'
import { LanguageSwitcher } from './LanguageSwitcher'

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
    <main className="vm-screen vm-error" aria-labelledby="vm-error-title">
      <div className="vm-panel vm-screen-panel">
        <div className="vm-start-top">
          <LanguageSwitcher />
        </div>
        <h1 id="vm-error-title" ref={heading} tabIndex={-1} className="vm-screen-title">
          {hasProblems ? t('error.manifestHeading') : (fatal?.title ?? t('error.fatalTitle'))}
        </h1>
        <div className="vm-rule" aria-hidden="true" />
        {hasProblems ? (
          <>
            <p className="vm-problem-count">{t('error.problemCount', { count: problems.length })}</p>
            <ol className="vm-problems">
              {problems.map((p, i) => (
                <li key={`${p.path}-${i}`}>
                  <code className="vm-problem-path">{p.path}</code>
                  <span aria-hidden="true"> — </span>
                  <span className="vm-problem-message">{p.message}</span>
                </li>
              ))}
            </ol>
            <p className="vm-editor-hint">{t('error.editorHint')}</p>
            {manifestUrl && (
              <p className="vm-editor-hint">
                {urlBefore}
                <code>{manifestUrl}</code>
                {urlAfter}
              </p>
            )}
          </>
        ) : (
          <p className="vm-error-detail">{fatal?.detail ?? t('error.fatalDetail')}</p>
        )}
        <button type="button" className="vm-button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </div>
    </main>
  )
}
