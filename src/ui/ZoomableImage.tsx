import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react'
import { useT } from '../i18n'
import p from './primitives.module.css'
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

interface View {
  scale: number
  x: number
  y: number
}

const MIN_SCALE = 1
const MAX_SCALE = 8
const STEP = 1.5
const PAN_STEP = 48
const RESET: View = { scale: 1, x: 0, y: 0 }

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v))

/**
 * An image that zooms with the mouse wheel, a pinch (two pointers) or the +/− buttons, pans by
 * dragging or with the arrow keys once zoomed, and resets with 0, the reset button or a
 * double-click. If the file fails to load, a labelled placeholder names it.
 *
 * ```tsx
 * <ZoomableImage key={src} src={src} alt="Poster title" file="images/poster.webp" />
 * ```
 */
export function ZoomableImage({ src, alt, file, onError, aspect }: ZoomableImageProps) {
  const t = useT()
  const viewport = useRef<HTMLDivElement>(null)
  const [view, setView] = useState<View>(RESET)
  const [failed, setFailed] = useState(false)
  const pointers = useRef(new Map<number, { x: number; y: number }>())

  /** Keeps the zoomed image covering the viewport: no panning it out of sight. */
  const limit = useCallback((v: View): View => {
    const el = viewport.current
    const w = el?.clientWidth ?? 0
    const h = el?.clientHeight ?? 0
    const scale = clamp(v.scale, MIN_SCALE, MAX_SCALE)
    const mx = ((scale - 1) * w) / 2
    const my = ((scale - 1) * h) / 2
    return { scale, x: clamp(v.x, -mx, mx), y: clamp(v.y, -my, my) }
  }, [])

  /** Zooms by `factor` keeping the point (px, py), relative to the viewport's centre, still. */
  const zoomAt = useCallback(
    (factor: number, px = 0, py = 0) =>
      setView((v) => {
        const scale = clamp(v.scale * factor, MIN_SCALE, MAX_SCALE)
        const k = scale / v.scale
        return limit({ scale, x: px - (px - v.x) * k, y: py - (py - v.y) * k })
      }),
    [limit],
  )

  const fromCentre = (clientX: number, clientY: number) => {
    const rect = viewport.current?.getBoundingClientRect()
    if (!rect) return { x: 0, y: 0 }
    return { x: clientX - rect.left - rect.width / 2, y: clientY - rect.top - rect.height / 2 }
  }

  // React's wheel listener is passive; this one must be able to stop the page from scrolling.
  useEffect(() => {
    const el = viewport.current
    if (!el) return
    const onWheel = (event: WheelEvent) => {
      event.preventDefault()
      const p = fromCentre(event.clientX, event.clientY)
      const delta = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY
      zoomAt(Math.exp(-delta * 0.0015), p.x, p.y)
    }
    el.addEventListener('wheel', onWheel, { passive: false })
    return () => el.removeEventListener('wheel', onWheel)
  }, [zoomAt, failed])

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return
    event.currentTarget.setPointerCapture(event.pointerId)
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY })
  }

  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>) => {
    const map = pointers.current
    const before = map.get(event.pointerId)
    if (!before) return
    if (map.size === 1) {
      const dx = event.clientX - before.x
      const dy = event.clientY - before.y
      map.set(event.pointerId, { x: event.clientX, y: event.clientY })
      setView((v) => limit({ ...v, x: v.x + dx, y: v.y + dy }))
    } else if (map.size === 2) {
      const other = [...map.entries()].find(([id]) => id !== event.pointerId)?.[1]
      if (!other) return
      const oldDist = Math.hypot(before.x - other.x, before.y - other.y)
      const newDist = Math.hypot(event.clientX - other.x, event.clientY - other.y)
      map.set(event.pointerId, { x: event.clientX, y: event.clientY })
      if (oldDist < 1) return
      const mid = fromCentre((event.clientX + other.x) / 2, (event.clientY + other.y) / 2)
      // Half the moving finger's travel also pans, as the midpoint moves half as far.
      const dx = (event.clientX - before.x) / 2
      const dy = (event.clientY - before.y) / 2
      setView((v) => {
        const scale = clamp(v.scale * (newDist / oldDist), MIN_SCALE, MAX_SCALE)
        const k = scale / v.scale
        return limit({ scale, x: mid.x - (mid.x - v.x) * k + dx, y: mid.y - (mid.y - v.y) * k + dy })
      })
    }
  }

  const onPointerEnd = (event: ReactPointerEvent<HTMLDivElement>) => {
    pointers.current.delete(event.pointerId)
  }

  const onDoubleClick = (event: ReactMouseEvent<HTMLDivElement>) => {
    if (view.scale > 1) setView(RESET)
    else {
      const p = fromCentre(event.clientX, event.clientY)
      zoomAt(2.5, p.x, p.y)
    }
  }

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const pan = (dx: number, dy: number) => {
      // At 1× there is nothing to pan: leave the arrows to the panel (previous / next).
      if (view.scale <= 1) return
      event.preventDefault()
      event.stopPropagation()
      setView((v) => limit({ ...v, x: v.x + dx, y: v.y + dy }))
    }
    switch (event.key) {
      case '+':
      case '=':
        event.preventDefault()
        zoomAt(STEP)
        break
      case '-':
      case '_':
        event.preventDefault()
        zoomAt(1 / STEP)
        break
      case '0':
        event.preventDefault()
        setView(RESET)
        break
      case 'ArrowLeft':
        pan(PAN_STEP, 0)
        break
      case 'ArrowRight':
        pan(-PAN_STEP, 0)
        break
      case 'ArrowUp':
        pan(0, PAN_STEP)
        break
      case 'ArrowDown':
        pan(0, -PAN_STEP)
        break
    }
  }

  if (failed) {
    return (
      <div className={m.placeholder} role="img" aria-label={`${t('inspect.imageMissing')}: ${file}`}>
        <p className={m.placeholderTitle}>{t('inspect.imageMissing')}</p>
        <p className={m.placeholderFile}>{t('inspect.imageMissingFile', { file })}</p>
      </div>
    )
  }

  return (
    <div className={m.frame}>
      <div
        ref={viewport}
        className={view.scale > 1 ? `${m.stage} ${s.viewport} ${s.isZoomed}` : `${m.stage} ${s.viewport}`}
        role="group"
        aria-label={t('inspect.imageViewer', { title: alt })}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onDoubleClick={onDoubleClick}
        onKeyDown={onKeyDown}
      >
        <img
          src={src}
          alt={alt}
          draggable={false}
          decoding="async"
          className={aspect ? `${s.image} ${s.hasAspect}` : s.image}
          style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})`, ...(aspect ? { ['--vm-aspect' as string]: aspect } : {}) }}
          onError={() => {
            setFailed(true)
            onError?.()
          }}
        />
      </div>
      <div className={m.tools} role="group" aria-label={t('inspect.zoomLevel', { percent: Math.round(view.scale * 100) })}>
        <button type="button" className={`${p.iconButton} ${m.tool}`} aria-label={t('inspect.zoomOut')} title={t('inspect.zoomOut')} onClick={() => zoomAt(1 / STEP)}>
          <span aria-hidden="true">−</span>
        </button>
        <span className={s.level} aria-hidden="true">
          {Math.round(view.scale * 100)}%
        </span>
        <button type="button" className={`${p.iconButton} ${m.tool}`} aria-label={t('inspect.zoomIn')} title={t('inspect.zoomIn')} onClick={() => zoomAt(STEP)}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" className={`${p.iconButton} ${m.tool}`} aria-label={t('inspect.zoomReset')} title={t('inspect.zoomReset')} onClick={() => setView(RESET)}>
          <span aria-hidden="true">1:1</span>
        </button>
      </div>
    </div>
  )
}
