import { useEffect, useRef } from 'react'
import { pickLocalized, useLanguage, useT } from '../../i18n'
import { useGallery } from '../../store/useGallery'
import { LanguageSwitcher } from '../LanguageSwitcher'
import { TextSizeSetting } from '../TextSizeSetting'
import { TextArtifact } from './TextArtifact'
import { TextHome } from './TextHome'
import { TextRoom } from './TextRoom'
import { TextTour } from './TextTour'
import { routeHash, galleryRoute } from '../../navigation/routes'
import { useTextRoute } from './useTextRoute'
import { hasWebGL } from '../../scene/webgl'
import p from '../primitives'
import styles from './TextMuseum.module.css'


/**
 * The accessible twin of the 3D museum, in plain semantic HTML: one page per room, every work
 * as an article with alt text, the tours as ordered lists. It follows the language switch and,
 * being only the manifest and its pictures, works wherever the exhibition was saved offline.
 * Without WebGL it is the whole visit: it says why, and offers no way into 3D.
 *
 * ```tsx
 * {textMode && <TextMuseum />}
 * ```
 */
export function TextMuseum() {
  const webgl = hasWebGL()
  const t = useT()
  const language = useLanguage()
  const route = useTextRoute()
  const manifest = useGallery((s) => s.manifest)
  const main = useRef<HTMLElement>(null)

  // A new page starts at its top with its heading focused, as a screen reader expects of a page load.
  useEffect(() => {
    window.scrollTo(0, 0)
    main.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true })
  }, [route.page, route.page === 'home' ? '' : route.id, manifest])

  const rooms = manifest ? [...manifest.rooms].sort((a, b) => a.order - b.order) : []
  let page: React.ReactNode = null
  let pageTitle = manifest ? pickLocalized(manifest.exhibition.title, language).text : t('app.name')
  if (manifest) {
    const notice = webgl ? undefined : (
      <div className={styles.notice} role="note">
        <p className={styles.noticeTitle}>{t('noWebgl.title')}</p>
        <p>{t('noWebgl.body')}</p>
        <ul>
          <li>{t('noWebgl.tryAcceleration')}</li>
          <li>{t('noWebgl.tryUpdate')}</li>
          <li>{t('noWebgl.tryDevice')}</li>
        </ul>
      </div>
    )
    const room = route.page === 'room' ? manifest.rooms.find((r) => r.id === route.id) : undefined
    const artifact = route.page === 'artifact' ? manifest.artifacts.find((a) => a.id === route.id) : undefined
    const tour = route.page === 'tour' ? manifest.tours.find((x) => x.id === route.id) : undefined
    if (room) {
      page = <TextRoom manifest={manifest} room={room} rooms={rooms} />
      pageTitle = `${pickLocalized(room.title, language).text} · ${pageTitle}`
    } else if (artifact) {
      const inRoom = manifest.rooms.find((r) => r.id === artifact.room)
      page = (
        <>
          {inRoom && (
            <p className={styles.kicker}>
              <a href={routeHash({ type: 'text', page: 'room', id: inRoom.id })}>← {pickLocalized(inRoom.title, language).text}</a>
            </p>
          )}
          <h1 className={p.srOnly} tabIndex={-1}>
            {pickLocalized(artifact.title, language).text}
          </h1>
          <TextArtifact artifact={artifact} level={2} />
        </>
      )
      pageTitle = `${pickLocalized(artifact.title, language).text} · ${pageTitle}`
    } else if (tour) {
      page = <TextTour manifest={manifest} tour={tour} />
      pageTitle = `${pickLocalized(tour.title, language).text} · ${pageTitle}`
    } else {
      page = <TextHome manifest={manifest} rooms={rooms} notice={notice} />
    }
  }

  useEffect(() => {
    document.title = pageTitle
  }, [pageTitle])

  return (
    <div className={styles.museum}>
      <header className={styles.header}>
        <a className={styles.home} href={routeHash({ type: 'text', page: 'home' })}>
          {manifest ? pickLocalized(manifest.exhibition.title, language).text : t('app.name')}
          <span className={p.srOnly}> · {t('text.version')}</span>
        </a>
        <div className={styles.headerTools}>
          {webgl && (
            <a className={styles.action} href={routeHash(galleryRoute(route))}>
              {t('text.open3d')}
            </a>
          )}
          <TextSizeSetting />
          <LanguageSwitcher />
        </div>
      </header>
      {manifest && (
        <nav className={styles.roomNav} aria-label={t('text.roomsNav')}>
          <ol>
            {rooms.map((r) => {
              const current = (route.page === 'room' && route.id === r.id) || (route.page === 'artifact' && manifest.artifacts.some((a) => a.id === route.id && a.room === r.id))
              return (
                <li key={r.id}>
                  <a href={routeHash({ type: 'text', page: 'room', id: r.id })} aria-current={current ? 'page' : undefined}>
                    {pickLocalized(r.title, language).text}
                  </a>
                </li>
              )
            })}
          </ol>
        </nav>
      )}
      <main ref={main} className={styles.main} aria-busy={!manifest}>
        {page ?? <p role="status">{t('start.loadingStatus')}</p>}
      </main>
    </div>
  )
}
