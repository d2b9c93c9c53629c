import { useEffect, useRef } from 'react'
import { formatDating, localize, useLanguage, useT } from '../i18n'
import { useGallery } from '../store/store'
import { LanguageSwitcher } from './LanguageSwitcher'
import p from './primitives.module.css'
import sc from './screens.module.css'
import s from './NoWebGL.module.css'

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
    <main className={`${p.screen} ${sc.screen}`} aria-labelledby="vm-nowebgl-title">
      <div className={`${p.panel} ${sc.panel}`}>
        <div className={sc.top}>
          <LanguageSwitcher />
        </div>
        {manifest && <p className={sc.kicker}>{localize(manifest.exhibition.title, language)}</p>}
        <h1 id="vm-nowebgl-title" ref={heading} tabIndex={-1} className={p.displayTitle}>
          {t('noWebgl.title')}
        </h1>
        <div className={p.rule} aria-hidden="true" />
        <p>{t('noWebgl.body')}</p>
        <h2 className={p.smallHeading}>{t('noWebgl.tryHeading')}</h2>
        <ul className={s.try}>
          <li>{t('noWebgl.tryAcceleration')}</li>
          <li>{t('noWebgl.tryUpdate')}</li>
          <li>{t('noWebgl.tryDevice')}</li>
        </ul>
        <button type="button" className={p.button} onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
        {manifest && (
          <section className={s.catalogue} aria-labelledby="vm-catalogue-title">
            <h2 id="vm-catalogue-title" className={p.smallHeading}>
              {t('noWebgl.catalogue')}
            </h2>
            <p>{localize(manifest.exhibition.intro, language)}</p>
            {rooms.map((room) => (
              <section key={room.id} className={s.room} aria-labelledby={`vm-catalogue-${room.id}`}>
                <h3 id={`vm-catalogue-${room.id}`}>{localize(room.title, language)}</h3>
                <p>{localize(room.intro, language)}</p>
                <ul>
                  {manifest.artifacts
                    .filter((a) => a.room === room.id)
                    .map((a) => (
                      <li key={a.id}>
                        <span className={s.title}>{localize(a.title, language)}</span>
                        <span aria-hidden="true"> · </span>
                        <span className={s.date}>{formatDating(a.date, language)}</span>
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
