import type { Artifact } from '../../manifest/schema'
import { resolveAsset } from '../../manifest/assets'
import { formatDating, formatDimensions, pickLocalized, useLanguage, useT, type LocalizedLike } from '../../i18n'
import { useGallery } from '../../store/useGallery'
import { routeHash, galleryRoute } from '../../navigation/routes'
import { hasWebGL } from '../../scene/webgl'
import p from '../primitives'
import styles from './TextMuseum.module.css'

export interface TextArtifactProps {
  artifact: Artifact
  /** The heading level of the work's title: 2 on its own page, 3 inside a room's page. */
  level: 2 | 3
  /** On a room page the title links to the work's own page. */
  linkTitle?: boolean
}

/** A manifest text in the visitor's language, marked with its own language where it fell back. */
function Localized({ text, as: Tag = 'span', className }: { text: LocalizedLike | undefined; as?: 'span' | 'p' | 'dd'; className?: string }) {
  const language = useLanguage()
  if (!text) return null
  const picked = pickLocalized(text, language)
  return (
    <Tag className={className} lang={picked.lang !== language ? picked.lang : undefined}>
      {picked.text}
    </Tag>
  )
}

/**
 * One work as a museum label on paper: its picture with alt text, title, date, creator,
 * medium, size, story and credit, and a link to the same place in the 3D gallery.
 *
 * ```tsx
 * <TextArtifact artifact={artifact} level={3} linkTitle />
 * ```
 */
export function TextArtifact({ artifact, level, linkTitle = false }: TextArtifactProps) {
  const t = useT()
  const language = useLanguage()
  const manifestUrl = useGallery((s) => s.manifestUrl)
  const Heading = level === 2 ? 'h2' : 'h3'
  const picture = artifact.assets.image ?? artifact.assets.thumbnail
  const titleId = `text-artifact-${artifact.id}`
  const title = pickLocalized(artifact.title, language)
  return (
    <article className={picture ? `${styles.work} ${styles.withPicture}` : styles.work} aria-labelledby={titleId}>
      {picture && (
        <img
          className={styles.picture}
          src={resolveAsset(manifestUrl, picture)}
          alt={pickLocalized(artifact.alt ?? artifact.title, language).text}
          loading="lazy"
          decoding="async"
        />
      )}
      <div className={styles.label}>
        <Heading id={titleId} className={styles.workTitle} lang={title.lang !== language ? title.lang : undefined}>
          {linkTitle ? <a href={routeHash({ type: 'text', page: 'artifact', id: artifact.id })}>{title.text}</a> : title.text}
        </Heading>
        <dl className={styles.facts}>
          <dt>{t('text.date')}</dt>
          <dd>{formatDating(artifact.date, language)}</dd>
          <dt>{t('text.creator')}</dt>
          <Localized as="dd" text={artifact.creator} />
          <dt>{t('text.medium')}</dt>
          <Localized as="dd" text={artifact.medium} />
          <dt>{t('text.dimensions')}</dt>
          <dd>{formatDimensions(artifact.dimensions, language)}</dd>
        </dl>
        <Localized as="p" text={artifact.description} />
        <Localized as="p" className={styles.credit} text={artifact.credit} />
        {hasWebGL() && (
          <p>
            <a className={styles.action} href={routeHash(galleryRoute({ type: 'text', page: 'artifact', id: artifact.id }))}>
              {t('text.seeIn3d')}
              <span className={p.srOnly}>: {title.text}</span>
            </a>
          </p>
        )}
      </div>
    </article>
  )
}
