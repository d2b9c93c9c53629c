import type { Manifest, Room } from '../../manifest/schema'
import { pickLocalized, useLanguage, useT } from '../../i18n'
import { routeHash } from '../../navigation/routes'
import styles from './TextMuseum.module.css'

export interface TextHomeProps {
  manifest: Manifest
  /** The rooms in exhibition order. */
  rooms: readonly Room[]
  /** Shown first when the 3D gallery cannot run in this browser. */
  notice?: React.ReactNode
}

/**
 * The text museum's first page: the exhibition's title and introduction, its rooms in order
 * and its guided tours.
 *
 * ```tsx
 * <TextHome manifest={manifest} rooms={ordered} />
 * ```
 */
export function TextHome({ manifest, rooms, notice }: TextHomeProps) {
  const t = useT()
  const language = useLanguage()
  const { exhibition } = manifest
  const title = pickLocalized(exhibition.title, language)
  const subtitle = exhibition.subtitle ? pickLocalized(exhibition.subtitle, language) : null
  return (
    <>
      {notice}
      <h1 className={styles.title} tabIndex={-1} lang={title.lang !== language ? title.lang : undefined}>
        {title.text}
      </h1>
      {subtitle && <p className={styles.subtitle}>{subtitle.text}</p>}
      <p className={styles.intro}>{pickLocalized(exhibition.intro, language).text}</p>
      <section aria-labelledby="text-rooms-heading">
        <h2 id="text-rooms-heading" className={styles.sectionHeading}>
          {t('text.roomsHeading')}
        </h2>
        <ol className={styles.roomList}>
          {rooms.map((room) => (
            <li key={room.id}>
              <a href={routeHash({ type: 'text', page: 'room', id: room.id })}>{pickLocalized(room.title, language).text}</a>
              {room.subtitle && <span className={styles.roomSubtitle}> · {pickLocalized(room.subtitle, language).text}</span>}
              <p>{pickLocalized(room.intro, language).text}</p>
            </li>
          ))}
        </ol>
      </section>
      {manifest.tours.length > 0 && (
        <section aria-labelledby="text-tours-heading">
          <h2 id="text-tours-heading" className={styles.sectionHeading}>
            {t('text.toursHeading')}
          </h2>
          <ul className={styles.roomList}>
            {manifest.tours.map((tour) => (
              <li key={tour.id}>
                <a href={routeHash({ type: 'text', page: 'tour', id: tour.id })}>{pickLocalized(tour.title, language).text}</a>
                <span className={styles.roomSubtitle}> · {t('text.tourKicker', { minutes: tour.minutes })}</span>
                <p>{pickLocalized(tour.description, language).text}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className={styles.credit}>{pickLocalized(exhibition.credits, language).text}</p>
    </>
  )
}
