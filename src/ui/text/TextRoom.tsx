import type { Manifest, Room } from '../../manifest/schema'
import { pickLocalized, useLanguage, useT } from '../../i18n'
import { TextArtifact } from './TextArtifact'
import { routeHash, galleryRoute } from '../../navigation/routes'
import { hasWebGL } from '../../scene/webgl'
import styles from './TextMuseum.module.css'

export interface TextRoomProps {
  manifest: Manifest
  room: Room
  /** The rooms in exhibition order, for the previous / next links. */
  rooms: readonly Room[]
}

/**
 * One room of the text museum: its title, subtitle and introduction, every work in it as an
 * article, and the way on to the previous and next room in exhibition order.
 *
 * ```tsx
 * <TextRoom manifest={manifest} room={room} rooms={ordered} />
 * ```
 */
export function TextRoom({ manifest, room, rooms }: TextRoomProps) {
  const t = useT()
  const language = useLanguage()
  const index = rooms.findIndex((r) => r.id === room.id)
  const previous = rooms[index - 1]
  const next = rooms[index + 1]
  const title = pickLocalized(room.title, language)
  const intro = pickLocalized(room.intro, language)
  const subtitle = room.subtitle ? pickLocalized(room.subtitle, language) : null
  const works = manifest.artifacts.filter((a) => a.room === room.id)
  return (
    <>
      <p className={styles.kicker}>{t('text.roomCounter', { index: index + 1, total: rooms.length })}</p>
      <h1 className={styles.title} tabIndex={-1} lang={title.lang !== language ? title.lang : undefined}>
        {title.text}
      </h1>
      {subtitle && (
        <p className={styles.subtitle} lang={subtitle.lang !== language ? subtitle.lang : undefined}>
          {subtitle.text}
        </p>
      )}
      <p className={styles.intro} lang={intro.lang !== language ? intro.lang : undefined}>
        {intro.text}
      </p>
      {hasWebGL() && (
        <p>
          <a className={styles.action} href={routeHash(galleryRoute({ type: 'text', page: 'room', id: room.id }))}>
            {t('text.enterIn3d')}
          </a>
        </p>
      )}
      <section aria-labelledby="text-works-heading">
        <h2 id="text-works-heading" className={styles.sectionHeading}>
          {t('text.worksHeading')}
        </h2>
        {works.map((artifact) => (
          <TextArtifact key={artifact.id} artifact={artifact} level={3} linkTitle />
        ))}
      </section>
      <nav className={styles.pager} aria-label={t('text.roomPager')}>
        {previous && (
          <a href={routeHash({ type: 'text', page: 'room', id: previous.id })} rel="prev">
            ← {t('text.previousRoom')}: {pickLocalized(previous.title, language).text}
          </a>
        )}
        {next && (
          <a href={routeHash({ type: 'text', page: 'room', id: next.id })} rel="next">
            {t('text.nextRoom')}: {pickLocalized(next.title, language).text} →
          </a>
        )}
      </nav>
    </>
  )
}
