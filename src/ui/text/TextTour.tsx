import type { Manifest, Tour } from '../../manifest/schema'
import { pickLocalized, useLanguage, useT } from '../../i18n'
import { routeHash, galleryRoute } from '../../navigation/routes'
import { hasWebGL } from '../../scene/webgl'
import styles from './TextMuseum.module.css'

export interface TextTourProps {
  manifest: Manifest
  tour: Tour
}

/**
 * A guided tour read instead of walked: its stops as an ordered list, each with the place it
 * stands before and the narration the tour speaks there.
 *
 * ```tsx
 * <TextTour manifest={manifest} tour={tour} />
 * ```
 */
export function TextTour({ manifest, tour }: TextTourProps) {
  const t = useT()
  const language = useLanguage()
  const title = pickLocalized(tour.title, language)
  const placeOf = (stop: Tour['stops'][number]) => {
    const artifact = stop.artifact ? manifest.artifacts.find((a) => a.id === stop.artifact) : undefined
    if (artifact) return { href: routeHash({ type: 'text', page: 'artifact', id: artifact.id }), name: pickLocalized(artifact.title, language).text }
    const room = stop.room ? manifest.rooms.find((r) => r.id === stop.room) : undefined
    return room ? { href: routeHash({ type: 'text', page: 'room', id: room.id }), name: pickLocalized(room.title, language).text } : null
  }
  return (
    <>
      <p className={styles.kicker}>{t('text.tourKicker', { minutes: tour.minutes })}</p>
      <h1 className={styles.title} tabIndex={-1} lang={title.lang !== language ? title.lang : undefined}>
        {title.text}
      </h1>
      <p className={styles.intro}>{pickLocalized(tour.description, language).text}</p>
      {hasWebGL() && (
        <p>
          <a className={styles.action} href={routeHash(galleryRoute({ type: 'text', page: 'tour', id: tour.id }))}>
            {t('text.tourIn3d')}
          </a>
        </p>
      )}
      <ol className={styles.stops}>
        {tour.stops.map((stop, index) => {
          const place = placeOf(stop)
          const narration = pickLocalized(stop.narration, language)
          return (
            <li key={index}>
              {place && (
                <h2 className={styles.stopHeading}>
                  <a href={place.href}>{place.name}</a>
                </h2>
              )}
              <p lang={narration.lang !== language ? narration.lang : undefined}>{narration.text}</p>
            </li>
          )
        })}
      </ol>
    </>
  )
}
