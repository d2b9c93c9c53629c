import Panzoom, { type PanzoomObject } from '@panzoom/panzoom'
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type MouseEvent as ReactMouseEvent } from 'react'
import { useT } from '../i18n'
import p from './primitives'
import m from './media.module.css'
import s from './ZoomableImage.module.css'

export interface ZoomableImageProps {
  src: string
  /** Alternative text: the artifact's title. */
  alt: string
  /** The manifest path, named in the placeholder if the file does not load. */
  file: string
  /** Called once if the image fails to load. */
  onError?: () => void
  /**
   * The work's true width / height. Textures are stored at power-of-two sizes, so the file's own
   * shape may differ; the picture is shown at the work's shape.
   */
  aspect?: number
}

const MAX_SCALE = 8
const STEP = 1.5
const PAN_STEP = 48

/**
 * An image that zooms with the mouse wheel, a pinch or the +/− buttons (in a row beneath it), pans by dragging or with
 * the arrow keys once zoomed, and resets with 0, the reset button or a double-click (zooming and
 * panning by @panzoom/panzoom, which keeps the zoomed picture covering its frame). The zoom level
 * is written straight into the DOM, so a pinch re-renders nothing. If the file fails to load, a
 * labelled placeholder names it.
 *
 * ```tsx
 * <ZoomableImage key={src} src={src} alt="Poster title" file="images/poster.webp" />
 * ```
 */
export function ZoomableImage({ src, alt, file, onError, aspect }: ZoomableImageProps) {
  const t = useT()
  const viewport = useRef<HTMLDivElement>(null)
  const surface = useRef<HTMLDivElement>(null)
  const level = useRef<HTMLSpanElement>(null)
  const tools = useRef<HTMLDivElement>(null)
  const zoom = useRef<PanzoomObject | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    const el = surface.current
    const frame = viewport.current
    if (!el || !frame) return
    const pz = Panzoom(el, { minScale: 1, maxScale: MAX_SCALE, contain: 'outside', cursor: 'inherit', panOnlyWhenZoomed: true })
    zoom.current = pz
    const show = (scale: number) => {
      const percent = Math.round(scale * 100)
      if (level.current) level.current.textContent = `${percent}%`
      tools.current?.setAttribute('aria-label', t('inspect.zoomLevel', { percent }))
      frame.classList.toggle(s.isZoomed!, scale > 1.001)
    }
    const onChange = (event: Event) => show((event as CustomEvent<{ scale: number }>).detail.scale)
    // The wheel listener must not be passive: it stops the panel from scrolling.
    const onWheel = (event: WheelEvent) => pz.zoomWithWheel(event)
    el.addEventListener('panzoomchange', onChange)
    frame.addEventListener('wheel', onWheel, { passive: false })
    show(1)
    return () => {
      el.removeEventListener('panzoomchange', onChange)
      frame.removeEventListener('wheel', onWheel)
      pz.destroy()
      zoom.current = null
    }
  }, [failed, t])

  const by = (factor: number) => {
    const pz = zoom.current
    if (pz) pz.zoom(pz.getScale() * factor, { animate: true })
  }
  const reset = () => zoom.current?.reset({ animate: true })

  const onDoubleClick = (event: ReactMouseEvent<HTMLDivElement>) => {
    const pz = zoom.current
    if (!pz) return
    if (pz.getScale() > 1.001) reset()
    else pz.zoomToPoint(2.5, event.nativeEvent)
  }

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const pz = zoom.current
    if (!pz || event.altKey || event.ctrlKey || event.metaKey) return
    const pan = (dx: number, dy: number) => {
      // At 1× there is nothing to pan: leave the arrows to the panel (previous / next).
      if (pz.getScale() <= 1.001) return
      event.preventDefault()
      event.stopPropagation()
      pz.pan(dx / pz.getScale(), dy / pz.getScale(), { relative: true })
    }
    const keys: Record<string, () => void> = {
      '+': () => by(STEP),
      '=': () => by(STEP),
      '-': () => by(1 / STEP),
      _: () => by(1 / STEP),
      '0': reset,
    }
    const action = keys[event.key]
    if (action) {
      event.preventDefault()
      action()
    } else if (event.key === 'ArrowLeft') pan(PAN_STEP, 0)
    else if (event.key === 'ArrowRight') pan(-PAN_STEP, 0)
    else if (event.key === 'ArrowUp') pan(0, PAN_STEP)
    else if (event.key === 'ArrowDown') pan(0, -PAN_STEP)
  }

  if (failed) {
    return (
      <div className={m.placeholder} role="img" aria-label={`${t('inspect.imageMissing')}: ${file}`}>
        <p className={m.placeholderTitle}>{t('inspect.imageMissing')}</p>
        <p className={m.placeholderFile}>{t('inspect.imageMissingFile', { file })}</p>
      </div>
    )
  }

  const tool = `${p.iconButton} ${m.tool}`
  return (
    <div className={m.frame}>
      <div
        ref={viewport}
        className={`${m.stage} ${s.viewport}`}
        data-part="picture"
        role="group"
        aria-label={t('inspect.imageViewer', { title: alt })}
        tabIndex={0}
        onDoubleClick={onDoubleClick}
        onKeyDown={onKeyDown}
      >
        <div ref={surface} className={s.surface}>
          <img
            src={src}
            alt={alt}
            draggable={false}
            decoding="async"
            className={aspect ? `${s.image} ${s.hasAspect}` : s.image}
            style={aspect ? { ['--vm-aspect' as string]: aspect } : undefined}
            onError={() => {
              setFailed(true)
              onError?.()
            }}
          />
        </div>
      </div>
      <div ref={tools} className={m.tools} role="group" data-part="picture-tools">
        <button type="button" className={tool} aria-label={t('inspect.zoomOut')} title={t('inspect.zoomOut')} onClick={() => by(1 / STEP)}>
          <span aria-hidden="true">−</span>
        </button>
        <span ref={level} className={s.level} aria-hidden="true" />
        <button type="button" className={tool} aria-label={t('inspect.zoomIn')} title={t('inspect.zoomIn')} onClick={() => by(STEP)}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" className={tool} aria-label={t('inspect.zoomReset')} title={t('inspect.zoomReset')} onClick={reset}>
          <span aria-hidden="true">1:1</span>
        </button>
      </div>
    </div>
  )
}
