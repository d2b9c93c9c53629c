import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react'
import { localize, useLanguage, useT } from '../i18n'
import type { GalleryLayout } from '../layout/types'
import type { Manifest } from '../manifest/schema'
import { commands } from '../navigation/commands'
import { runtime } from '../store/runtime'
import { useGallery } from '../store/useGallery'
import { galleryStore } from '../store/galleryStore'
import { fitLabel } from './mapLabel'
import { markerTransform, planFrame, planMinSize, planScrollFor } from './mapMarker'
import { useModalDialog } from './useModalDialog'
import { useInputKind } from './useInputKind'
import p from './primitives'
import s from './MapPanel.module.css'

/**
 * The floor plan as a modal dialog: every room of the layout as a rectangle with its title
 * (each a button: click or Enter walks the visitor there and closes the plan), walls with their
 * doorway gaps, artifacts as dots, the current room highlighted, and the visitor's position and
 * heading, redrawn every animation frame from `runtime`. Open while `mapOpen` in walk mode
 * (the HUD's Plan button or P); Esc, P or × closes it.
 *
 * ```tsx
 * <MapPanel />
 * ```
 */
export function MapPanel() {
  const open = useGallery((s) => s.mapOpen && s.mode === 'walk')
  const layout = useGallery((s) => s.layout)
  const manifest = useGallery((s) => s.manifest)
  if (!open || !layout || !manifest) return null
  return <MapDialog layout={layout} manifest={manifest} />
}

/** Whether a click at (x, y) fell outside the dialog's box, on its backdrop. */
function outside(el: Element, x: number, y: number): boolean {
  const r = el.getBoundingClientRect()
  return x < r.left || x > r.right || y < r.top || y > r.bottom
}

function MapDialog({ layout, manifest }: { layout: GalleryLayout; manifest: Manifest }) {
  const t = useT()
  const language = useLanguage()
  const roomId = useGallery((s) => s.roomId)
  const touch = useInputKind() === 'touch'
  const dialog = useRef<HTMLDialogElement>(null)
  const marker = useRef<SVGGElement>(null)
  const scroller = useRef<HTMLDivElement>(null)
  const close = () => galleryStore.getState().setMapOpen(false)
  const toScene = useModalDialog(dialog, close)

  useEffect(() => {
    let frame = 0
    const draw = () => {
      marker.current?.setAttribute('transform', markerTransform(runtime.position[0], runtime.position[2], runtime.yaw))
      frame = requestAnimationFrame(draw)
    }
    draw()
    return () => cancelAnimationFrame(frame)
  }, [])

  // A plan wider than the screen (a phone held upright) opens on the visitor's room.
  useEffect(() => {
    const box = scroller.current
    const room = layout.rooms.find((r) => r.id === galleryStore.getState().roomId)
    const svg = box?.firstElementChild
    if (!box || !room || !(svg instanceof SVGSVGElement) || svg.clientWidth <= box.clientWidth) return
    const frame = planFrame(layout.bounds)
    box.scrollLeft = planScrollFor(room.center[0], frame.x, frame.width, svg.clientWidth, box.clientWidth)
  }, [layout])

  const goTo = (id: string) => {
    toScene()
    close()
    void commands.goTo(id)
  }
  const onRoomKey = (id: string) => (event: ReactKeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      goTo(id)
    }
  }

  const frame = planFrame(layout.bounds)
  const { unit } = frame
  const viewBox = `${frame.x} ${frame.y} ${frame.width} ${frame.height}`
  const least = planMinSize(frame, layout.rooms)
  const titles = new Map(manifest.rooms.map((r) => [r.id, localize(r.title, language)]))
  const subtitles = new Map(manifest.rooms.map((r) => [r.id, r.subtitle ? localize(r.subtitle, language) : '']))
  const counts = new Map<string, number>()
  for (const a of manifest.artifacts) counts.set(a.room, (counts.get(a.room) ?? 0) + 1)

  return (
      /* A click on the dimmed room around the plan (the dialog's ::backdrop) closes it. */
      <dialog
        ref={dialog}
        className={`${p.dialog} ${s.map} ${p.panel}`}
        aria-labelledby="vm-map-title"
        aria-describedby="vm-map-hint"
        tabIndex={-1}
        onClick={(event) => {
          if (event.target === event.currentTarget && outside(event.currentTarget, event.clientX, event.clientY)) close()
        }}
      >
        <div className={p.dialogHead}>
          <h2 id="vm-map-title" className={p.dialogTitle}>
            {t('map.title')}
          </h2>
          <button type="button" className={`${p.iconButton} ${p.close}`} aria-label={t('map.close')} title={t('map.close')} onClick={close}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <p id="vm-map-hint" className={s.hint}>
          {t(touch ? 'map.hintTouch' : 'map.hint')}
        </p>
        <div ref={scroller} className={s.scroller}>
        <svg className={s.plan} style={{ minWidth: least.width, minHeight: least.height }} viewBox={viewBox} preserveAspectRatio="xMidYMid meet" role="group" aria-label={t('map.title')}>
          {layout.rooms.map((room) => {
            const title = titles.get(room.id) ?? room.id
            const current = room.id === roomId
            const label = fitLabel(title, room.width, room.depth, Math.min(Math.min(room.width, room.depth) * 0.09 + unit * 0.4, unit * 2.4), unit * 0.5)
            const name = current ? t('map.currentRoom', { room: title }) : t('map.goToRoom', { room: title })
            const lineHeight = label.fontSize * 1.25
            const top = room.center[1] - ((label.lines.length - 1) * lineHeight) / 2
            return (
              <g
                key={room.id}
                className={current ? `${s.room} ${s.isCurrent}` : s.room}
                role="button"
                tabIndex={0}
                aria-label={`${name}. ${subtitles.get(room.id) ? `${subtitles.get(room.id)}. ` : ''}${t('map.artifacts', { count: counts.get(room.id) ?? 0 })}`}
                aria-current={current ? 'location' : undefined}
                onClick={() => goTo(room.id)}
                onKeyDown={onRoomKey(room.id)}
              >
                <rect
                  x={room.bounds.min[0]}
                  y={room.bounds.min[1]}
                  width={room.width}
                  height={room.depth}
                  strokeWidth={unit * 0.5}
                />
                <rect
                  className={s.focus}
                  x={room.bounds.min[0] + unit * 0.6}
                  y={room.bounds.min[1] + unit * 0.6}
                  width={Math.max(0, room.width - unit * 1.2)}
                  height={Math.max(0, room.depth - unit * 1.2)}
                  strokeWidth={unit * 0.8}
                />
                <text x={room.center[0]} y={top} fontSize={label.fontSize} textAnchor="middle" dominantBaseline="central" aria-hidden="true">
                  {label.lines.map((line, i) => (
                    <tspan key={i} x={room.center[0]} y={top + i * lineHeight}>
                      {line}
                    </tspan>
                  ))}
                </text>
              </g>
            )
          })}
          <g className={s.walls} aria-hidden="true" strokeWidth={unit * 0.45}>
            {layout.walls
              .filter((w) => w.bottom <= 0.01)
              .map((w, i) => (
                <line key={i} x1={w.a[0]} y1={w.a[1]} x2={w.b[0]} y2={w.b[1]} />
              ))}
          </g>
          <g className={s.artifacts} aria-hidden="true">
            {layout.placements.map((p) => (
              <circle key={p.artifactId} cx={p.position[0]} cy={p.position[2]} r={unit * 0.55} />
            ))}
          </g>
          <g ref={marker} className={s.visitor} aria-hidden="true">
            <circle r={unit * 1.6} className={s.visitorHalo} />
            <path d={`M0 ${-unit * 2.6} L${unit * 1.3} ${unit * 1.1} L0 ${unit * 0.4} L${-unit * 1.3} ${unit * 1.1} Z`} />
          </g>
        </svg>
        </div>
        <p className={s.legend}>
          <svg viewBox="-10 -10 20 20" width="16" height="16" aria-hidden="true" className={s.legendIcon}>
            <path d="M0 -9 L6 6 L0 3 L-6 6 Z" />
          </svg>
          {t('map.youAreHere')}
        </p>
      </dialog>
  )
}
