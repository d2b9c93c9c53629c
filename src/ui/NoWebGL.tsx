import { useEffect, useRef } from 'react'
import { formatDating, localize, useLanguage, useT } from '../i18n'
import { useGallery } from '../store/store'
import { LanguageSwitcher } from './LanguageSwitcher'

/**
 * Shown instead of the 3D exhibition when this browser has no WebGL: what is wrong, what to try,
 * and, once the manifest is loaded, the exhibition's rooms and artifacts as plain text.
 *
 * ```tsx
 * {!hasWebGL() && <NoWebGL />}
 * ```
 */
export function NoWebGL() {
  const t = useT()
  const language = useLanguage()
  const manifest = useGallery((s) => s.manifest)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    heading.current?.focus({ preventScroll: true })
  }, [])

  const rooms = manifest ? [...manifest.rooms].sort((a, b) => a.order - b.order) : []
  return (
    <main className="vm-screen vm-nowebgl" aria-labelledby="vm-nowebgl-title">
      <div className="vm-panel vm-screen-panel">
        <div className="vm-start-top">
          <LanguageSwitcher />
        </div>
        {manifest && <p className="vm-screen-kicker">{localize(manifest.exhibition.title, language)}</p>}
        <h1 id="vm-nowebgl-title" ref={heading} tabIndex={-1} className="vm-screen-title">
          {t('noWebgl.title')}
        </h1>
        <div className="vm-rule" aria-hidden="true" />
        <p>{t('noWebgl.body')}</p>
        <h2 className="vm-small-heading">{t('noWebgl.tryHeading')}</h2>
        <ul className="vm-try">
          <li>{t('noWebgl.tryAcceleration')}</li>
          <li>{t('noWebgl.tryUpdate')}</li>
          <li>{t('noWebgl.tryDevice')}</li>
        </ul>
        <button type="button" className="vm-button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
        {manifest && (
          <section className="vm-catalogue" aria-labelledby="vm-catalogue-title">
            <h2 id="vm-catalogue-title" className="vm-small-heading">
              {t('noWebgl.catalogue')}
            </h2>
            <p>{localize(manifest.exhibition.intro, language)}</p>
            {rooms.map((room) => (
              <section key={room.id} className="vm-catalogue-room" aria-labelledby={`vm-catalogue-${room.id}`}>
                <h3 id={`vm-catalogue-${room.id}`}>{localize(room.title, language)}</h3>
                <p>{localize(room.intro, language)}</p>
                <ul>
                  {manifest.artifacts
                    .filter((a) => a.room === room.id)
                    .map((a) => (
                      <li key={a.id}>
                        <span className="vm-catalogue-title">{localize(a.title, language)}</span>
                        <span aria-hidden="true"> · </span>
                        <span className="vm-catalogue-date">{formatDating(a.date, language)}</span>
                        <br />
                        {localize(a.label, language)}
                      </li>
                    ))}
                </ul>
              </section>
            ))}
          </section>
        )}
      </div>
    </main>
  )
}
