import { useT } from '../i18n'
import { routeHash } from '../navigation/routes'
import styles from './SkipLink.module.css'

/**
 * The page's first Tab stop: a link to the text museum, hidden until focused, so a keyboard or
 * screen-reader visitor can skip the 3D canvas for the same exhibition in plain HTML.
 *
 * ```tsx
 * <SkipLink />
 * <Gallery ... />
 * ```
 */
export function SkipLink() {
  const t = useT()
  return (
    <a className={styles.skip} href={routeHash({ type: 'text', page: 'home' })}>
      {t('text.skipLink')}
    </a>
  )
}
