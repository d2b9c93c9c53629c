/** Drawing the wrist menu and its folded "Menu" tab onto canvases (they become the menu's textures). */
import { SANS, SERIF } from '../scene/textCanvas'
import type { MenuItemId, MenuLayout } from './menuLayout'

/** The folded tab's size in metres. */
export const TAB_SIZE: [number, number] = [0.1, 0.036]

export interface MenuTexts {
  heading: string
  rooms: Array<{ id: string; title: string }>
  labels: Record<'language' | 'sound' | 'snapTurn' | 'movement' | 'seated' | 'rooms', string>
  items: Partial<Record<MenuItemId, string>>
  youAreHere: string
}

/** A dark oak board with a gold rule, the ground of the menu and the tab. */
function board(canvas: HTMLCanvasElement, width: number, height: number, fill: string, rule: number, inset: number): CanvasRenderingContext2D {
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d')!
  ctx.fillStyle = fill
  ctx.fillRect(0, 0, width, height)
  ctx.strokeStyle = '#c9a227'
  ctx.lineWidth = rule
  ctx.strokeRect(inset, inset, width - 2 * inset, height - 2 * inset)
  ctx.textBaseline = 'middle'
  return ctx
}

export function drawMenu(canvas: HTMLCanvasElement, layout: MenuLayout, texts: MenuTexts, selected: Set<MenuItemId>, hover: MenuItemId | null): void {
  const ctx = board(canvas, layout.width, layout.height, 'rgba(36, 26, 18, 0.94)', 4, 4)
  const { heading } = layout
  ctx.fillStyle = '#f4efe3'
  ctx.font = `700 40px ${SERIF}`
  ctx.fillText(texts.heading, heading.x + 6, heading.y + heading.h / 2 - 8)
  ctx.fillStyle = '#c9a227'
  ctx.font = `400 24px ${SANS}`
  ctx.fillText(texts.labels.rooms, heading.x + 6, heading.y + heading.h - 6)
  for (const { kind, rect } of layout.labels) {
    ctx.fillStyle = '#d9ccb0'
    ctx.font = `400 26px ${SANS}`
    ctx.fillText(texts.labels[kind], rect.x + 4, rect.y + rect.h / 2, rect.w - 4)
  }
  for (const { id, rect } of layout.items) {
    const isSelected = selected.has(id)
    const isRoom = id.startsWith('room:') || (id.startsWith('tour:') && id !== 'tour:leave')
    ctx.fillStyle = id === 'exit' || id === 'close' ? '#7a0f12' : isSelected ? '#a4161a' : hover === id ? '#5a3a22' : '#3e2a1a'
    if (hover === id && (isSelected || id === 'exit' || id === 'close')) ctx.fillStyle = '#c0282c'
    ctx.fillRect(rect.x, rect.y, rect.w, rect.h)
    if (hover === id) {
      ctx.strokeStyle = '#f4e6c2'
      ctx.lineWidth = 3
      ctx.strokeRect(rect.x + 1.5, rect.y + 1.5, rect.w - 3, rect.h - 3)
    }
    ctx.fillStyle = '#f4efe3'
    let label = texts.items[id] ?? id
    if (isRoom && isSelected) label = `${label} · ${texts.youAreHere}`
    let size = 30
    ctx.font = `${isSelected ? 700 : 400} ${size}px ${isRoom ? SERIF : SANS}`
    while (ctx.measureText(label).width > rect.w - 24 && size > 20) {
      size -= 2
      ctx.font = `${isSelected ? 700 : 400} ${size}px ${isRoom ? SERIF : SANS}`
    }
    ctx.textAlign = isRoom ? 'left' : 'center'
    ctx.fillText(label, isRoom ? rect.x + 14 : rect.x + rect.w / 2, rect.y + rect.h / 2 + 1, rect.w - 16)
    ctx.textAlign = 'left'
  }
}

export function drawTab(canvas: HTMLCanvasElement, label: string): void {
  const ctx = board(canvas, 360, Math.round((360 * TAB_SIZE[1]) / TAB_SIZE[0]), '#3e2a1a', 6, 3)
  ctx.fillStyle = '#f4efe3'
  ctx.textAlign = 'center'
  ctx.font = `700 52px ${SANS}`
  ctx.fillText(`☰ ${label}`, canvas.width / 2, canvas.height / 2 + 2, canvas.width - 24)
}
