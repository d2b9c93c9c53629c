import { useState } from 'react'
import { useT } from '../i18n'
import { useGallery } from '../store/useGallery'
import p from './primitives'
import s from './AssetWarnings.module.css'

/**
 * A small, non-blocking note (bottom left) listing the files that did not load, for the content
 * team; the exhibition carries on with placeholders. Dismissing hides it until a new file fails.
 *
 * ```tsx
 * <AssetWarnings />
 * ```
 */
export function AssetWarnings() {
  const t = useT()
  const warnings = useGallery((s) => s.assetWarnings)
  const mode = useGallery((s) => s.mode)
  const [dismissed, setDismissed] = useState(0)
  if (warnings.length <= dismissed || mode === 'xr' || mode === 'error') return null
  return (
    <section className={`${s.toast} ${p.panel}`} aria-labelledby="vm-toast-title">
      <div className={p.dialogHead}>
        <h2 id="vm-toast-title" className={p.smallHeading}>
          {t('assets.heading', { count: warnings.length })}
        </h2>
        <button
          type="button"
          className={p.iconButton}
          aria-label={t('assets.dismissLong')}
          title={t('assets.dismiss')}
          onClick={() => setDismissed(warnings.length)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className={s.hint}>{t('assets.hint')}</p>
      <ul className={s.list}>
        {warnings.map((w) => (
          <li key={`${w.artifactId}:${w.file}`}>
            <code>{w.file}</code>{' '}
            <span className={s.detail}>
              ({w.artifactId}: {t(w.kind === 'model' ? 'assets.modelFailed' : 'assets.imageFailed')}
              {w.detail && <span lang="en">. {w.detail}</span>})
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
