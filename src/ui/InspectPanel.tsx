import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react'
import { formatDating, formatDimensions, pickLocalized, useLanguage, useT } from '../i18n'
import type { Artifact } from '../manifest/schema'
import { resolveAsset } from '../manifest/assets'
import { commands } from '../navigation/commands'
import { useGallery } from '../store/useGallery'
import { galleryStore } from '../store/galleryStore'
import { ClipPlayer } from './ClipPlayer'
import { ErrorBoundary } from './ErrorBoundary'
import { roomSequence } from '../layout/roomSequence'
import { useModalDialog } from './useModalDialog'
import { ZoomableImage } from './ZoomableImage'
import p from './primitives'
import m from './media.module.css'
import s from './InspectPanel.module.css'

// Not in the first bundle: three's loaders and drei come with the first model looked at.
const ModelViewer = lazy(() => import('./ModelViewer'))

/**
 * The museum label for the artifact being inspected, as a modal dialog (right side on wide
 * screens, a bottom sheet on phones): the zoomable image or a turnable 3D model, title, date,
 * creator, medium, dimensions, description, label text, credit and rights, and buttons for the
 * previous / next artifact in the room (←/→ too), which also walk the visitor there.
 * Esc or × closes it and returns to walking. Shown while the mode is 'inspect'.
 *
 * ```tsx
 * <InspectPanel />
 * ```
 */
export function InspectPanel() {
  const mode = useGallery((s) => s.mode)
  const inspecting = useGallery((s) => s.inspecting)
  const manifest = useGallery((s) => s.manifest)
  const artifact = mode === 'inspect' && inspecting ? manifest?.artifacts.find((a) => a.id === inspecting) : undefined
  if (!manifest || !artifact) return null
  return <InspectDialog artifact={artifact} artifacts={manifest.artifacts} />
}

function InspectDialog({ artifact, artifacts }: { artifact: Artifact; artifacts: readonly Artifact[] }) {
  const t = useT()
  const language = useLanguage()
  const manifestUrl = useGallery((s) => s.manifestUrl)
  const dialog = useRef<HTMLDialogElement>(null)
  const close = () => galleryStore.getState().closeInspect()
  useModalDialog(dialog, close)

  const { index, total, previous, next } = roomSequence(artifacts, artifact)
  const go = (other: Artifact) => {
    if (other.id === artifact.id) return
    galleryStore.getState().inspect(other.id)
    void commands.goTo(other.id)
  }

  // Announce the new title after previous / next (the dialog's name is read only on opening).
  const [moved, setMoved] = useState(false)
  const firstId = useRef(artifact.id)
  useEffect(() => {
    if (artifact.id !== firstId.current) setMoved(true)
  }, [artifact.id])

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDialogElement>) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || total < 2) return
    if (event.key === 'ArrowLeft') {
      event.preventDefault()
      go(previous)
    } else if (event.key === 'ArrowRight') {
      event.preventDefault()
      go(next)
    }
  }

  const text = (value: Artifact['title']) => {
    const picked = pickLocalized(value, language)
    return { children: picked.text, lang: picked.lang !== language ? picked.lang : undefined }
  }
  const title = text(artifact.title)
  const { image, model } = artifact.assets
  const [view, setView] = useState<'model' | 'image'>(model ? 'model' : 'image')
  useEffect(() => setView(artifact.assets.model ? 'model' : 'image'), [artifact.id, artifact.assets.model])
  const showing = view === 'model' && model ? 'model' : image ? 'image' : 'model'
  const warn = (file: string, kind: 'image' | 'model', detail?: string) =>
    galleryStore.getState().addAssetWarning({ artifactId: artifact.id, file, kind, ...(detail ? { detail } : {}) })

  return (
    <dialog
      ref={dialog}
      className={`${p.dialog} ${s.inspect} ${p.panel}`}
      aria-labelledby="vm-inspect-title"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div className={s.bar}>
        <p className={s.counter}>{t('inspect.counter', { index: index + 1, total })}</p>
        {total > 1 && (
          <div className={s.nav}>
            <button type="button" className={`${p.button} ${p.buttonSmall} ${s.navButton}`} title={t('inspect.previousLong')} onClick={() => go(previous)}>
              <span aria-hidden="true">‹ </span>
              {t('inspect.previous')}
            </button>
            <button type="button" className={`${p.button} ${p.buttonSmall} ${s.navButton}`} title={t('inspect.nextLong')} onClick={() => go(next)}>
              {t('inspect.next')}
              <span aria-hidden="true"> ›</span>
            </button>
          </div>
        )}
        <button type="button" className={`${p.iconButton} ${p.close}`} aria-label={t('inspect.close')} title={t('inspect.closeLong')} onClick={close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {/* Focusable so keyboard visitors can scroll a long description. */}
      <div className={s.scroll} tabIndex={0} aria-labelledby="vm-inspect-title" role="region">
        {image && model && (
          <div className={s.mediaSwitch} role="group" aria-label={`${t('inspect.showModel')} / ${t('inspect.showImage')}`}>
            <button type="button" className={`${p.button} ${p.buttonSmall}`} aria-pressed={showing === 'model'} onClick={() => setView('model')}>
              {t('inspect.showModel')}
            </button>
            <button type="button" className={`${p.button} ${p.buttonSmall}`} aria-pressed={showing === 'image'} onClick={() => setView('image')}>
              {t('inspect.showImage')}
            </button>
          </div>
        )}
        <div className={s.media}>
          {showing === 'image' && image ? (
            <ZoomableImage
              key={image}
              src={resolveAsset(manifestUrl, image)}
              alt={artifact.alt ? text(artifact.alt).children : title.children}
              file={image}
              aspect={artifact.dimensions.width / artifact.dimensions.height}
              onError={() => warn(image, 'image')}
            />
          ) : model ? (
            <ErrorBoundary
              key={model}
              onError={(error) => warn(model, 'model', error instanceof Error ? error.message : undefined)}
              fallback={
                <div className={m.placeholder} role="img" aria-label={`${t('inspect.modelMissing')}: ${model}`}>
                  <p className={m.placeholderTitle}>{t('inspect.modelMissing')}</p>
                  <p className={m.placeholderFile}>{t('inspect.modelMissingFile', { file: model })}</p>
                </div>
              }
            >
              <Suspense fallback={<p className={m.loading}>{t('inspect.modelLoading')}</p>}>
                <ModelViewer url={resolveAsset(manifestUrl, model)} title={title.children} />
              </Suspense>
            </ErrorBoundary>
          ) : null}
        </div>
        <div className={s.label}>
          <h2 id="vm-inspect-title" className={`${p.panelTitle} ${s.title}`} lang={title.lang}>
            {title.children}
          </h2>
          <p className={s.date}>
            <span className={p.srOnly}>{t('inspect.date')}: </span>
            {formatDating(artifact.date, language)}
          </p>
          <dl className={s.facts}>
            <div>
              <dt className={p.srOnly}>{t('inspect.creator')}</dt>
              <dd className={s.creator} {...text(artifact.creator)} />
            </div>
            <div>
              <dt className={p.srOnly}>{t('inspect.medium')}</dt>
              <dd {...text(artifact.medium)} />
            </div>
            <div>
              <dt className={p.srOnly}>{t('inspect.dimensions')}</dt>
              <dd>{formatDimensions(artifact.dimensions, language)}</dd>
            </div>
          </dl>
          <p className={s.body} {...text(artifact.description)} />
          <ClipPlayer artifact={artifact} />
          <p className={s.text} {...text(artifact.label)} />
          <p className={p.credit}>
            <span className={p.srOnly}>{t('inspect.credit')}: </span>
            <span {...text(artifact.credit)} />
            <br />
            <span className={p.srOnly}>{t('inspect.rights')}: </span>
            <span className={s.rights}>{artifact.rights}</span>
          </p>
        </div>
      </div>
      <p className={p.srOnly} aria-live="polite">
        {moved ? `${title.children}. ${t('inspect.counter', { index: index + 1, total })}` : ''}
      </p>
    </dialog>
  )
}
