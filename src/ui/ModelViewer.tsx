/**
 * The turnable 3D view of an artifact that has a model, in the inspect panel. Loaded lazily
 * (React.lazy) with the panel; the drawing is done by the scene's model stage.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react'
import { useT } from '../i18n'
import { modelStage, showModel, type ModelViewControls } from '../store/modelStage'
import p from './primitives'
import m from './media.module.css'
import s from './ModelViewer.module.css'

export interface ModelViewerProps {
  /** Absolute URL of the .glb / .gltf file. */
  url: string
  /** The artifact's title, for the accessible name. */
  title: string
}

const TURN = Math.PI / 8
const ZOOM = 1.25

/**
 * The model centred and scaled to fit, in neutral studio light, drawn by the gallery's own
 * renderer (one WebGL context a page) into a canvas here; drag, wheel and pinch turn and zoom
 * it, and buttons do the same for keyboard users. A model that fails to load, or a page whose 3D
 * view is gone, throws to the nearest error boundary, which shows a labelled placeholder.
 *
 * ```tsx
 * const ModelViewer = lazy(() => import('./ModelViewer'))
 * <ErrorBoundary fallback={<Placeholder />}>
 *   <Suspense fallback={<p>Loading…</p>}><ModelViewer url={url} title="Tractor" /></Suspense>
 * </ErrorBoundary>
 * ```
 */
export function ModelViewer({ url, title }: ModelViewerProps) {
  const t = useT()
  const canvas = useRef<HTMLCanvasElement>(null)
  const view = useSyncExternalStore(modelStage.subscribe, modelStage.getState)
  useEffect(() => showModel(url, canvas.current!), [url])
  if (!view.mounted) throw new Error(`no 3D view to draw ${url} in`)
  if (view.request?.url === url && view.status === 'failed') throw new Error(`the model ${url} did not load`)
  const ready = view.request?.url === url && view.status === 'ready'
  const act = (fn: (c: ModelViewControls) => void) => view.controls && fn(view.controls)

  return (
    <div className={m.frame}>
      <div className={`${m.stage} ${s.stage}`} role="img" aria-label={t('inspect.modelViewer', { title })} data-part="picture">
        <canvas ref={canvas} className={s.canvas} />
        {!ready && <p className={m.loading}>{t('inspect.modelLoading')}</p>}
      </div>
      <div className={m.tools} role="group" aria-label={t('inspect.showModel')}>
        <button type="button" className={`${p.iconButton} ${m.tool}`} aria-label={t('inspect.turnLeft')} title={t('inspect.turnLeft')} onClick={() => act((c) => c.turn(-TURN))}>
          <span aria-hidden="true">↶</span>
        </button>
        <button type="button" className={`${p.iconButton} ${m.tool}`} aria-label={t('inspect.turnRight')} title={t('inspect.turnRight')} onClick={() => act((c) => c.turn(TURN))}>
          <span aria-hidden="true">↷</span>
        </button>
        <button type="button" className={`${p.iconButton} ${m.tool}`} aria-label={t('inspect.zoomOut')} title={t('inspect.zoomOut')} onClick={() => act((c) => c.zoom(1 / ZOOM))}>
          <span aria-hidden="true">−</span>
        </button>
        <button type="button" className={`${p.iconButton} ${m.tool}`} aria-label={t('inspect.zoomIn')} title={t('inspect.zoomIn')} onClick={() => act((c) => c.zoom(ZOOM))}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" className={`${p.iconButton} ${m.tool}`} aria-label={t('inspect.resetView')} title={t('inspect.resetView')} onClick={() => act((c) => c.reset())}>
          <span aria-hidden="true">1:1</span>
        </button>
      </div>
    </div>
  )
}

export default ModelViewer
