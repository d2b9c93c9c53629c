/**
 * The wrist menu's layout in canvas pixels: a heading with a close box, one row per room (the map: choose one to
 * go there), one per guided tour (and "leave the tour"), then language, sound, snap-turn step, movement, seated
 * mode and "Exit VR". The menu is one
 * textured quad; a ray's hit is mapped back to an item through its texture coordinates. Pure.
 */

export const MENU_WIDTH_PX = 640
const PAD = 20
const HEADING = 76
const ROW = 62
const GAP = 8
const SECTION = 18
const LABEL_SHARE = 0.36

export type MenuItemId =
  | `room:${string}`
  | `lang:${string}`
  | 'snap:30'
  | 'snap:45'
  | 'move:teleport'
  | 'move:smooth'
  | 'seated:off'
  | 'seated:on'
  | `tour:${string}`
  | 'tour:leave'
  | 'sound:on'
  | 'sound:off'
  | 'exit'
  | 'close'

export type MenuRowKind = 'language' | 'sound' | 'snapTurn' | 'movement' | 'seated'

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

export interface MenuLayout {
  width: number
  height: number
  heading: Rect
  /** Row labels on the left of the settings rows. */
  labels: Array<{ kind: MenuRowKind; rect: Rect }>
  items: Array<{ id: MenuItemId; rect: Rect }>
}

export function menuLayout(roomIds: readonly string[], languages: readonly string[], tourIds: readonly string[] = []): MenuLayout {
  const items: MenuLayout['items'] = []
  const labels: MenuLayout['labels'] = []
  const inner = MENU_WIDTH_PX - PAD * 2
  let y = PAD
  const heading = { x: PAD, y, w: inner - HEADING, h: HEADING - GAP }
  items.push({ id: 'close', rect: { x: PAD + inner - (HEADING - GAP), y, w: HEADING - GAP, h: HEADING - GAP } })
  y += HEADING
  for (const id of roomIds) {
    items.push({ id: `room:${id}`, rect: { x: PAD, y, w: inner, h: ROW - GAP } })
    y += ROW
  }
  if (tourIds.length > 0) {
    y += SECTION
    for (const id of [...tourIds.map((t) => `tour:${t}` as const), 'tour:leave' as const]) {
      items.push({ id, rect: { x: PAD, y, w: inner, h: ROW - GAP } })
      y += ROW
    }
  }
  y += SECTION
  const segmented = (kind: MenuRowKind, ids: MenuItemId[]) => {
    const labelW = Math.round(inner * LABEL_SHARE)
    labels.push({ kind, rect: { x: PAD, y, w: labelW - GAP, h: ROW - GAP } })
    const each = (inner - labelW) / ids.length
    ids.forEach((id, i) => items.push({ id, rect: { x: PAD + labelW + i * each, y, w: each - GAP, h: ROW - GAP } }))
    y += ROW
  }
  if (languages.length > 1) segmented('language', languages.map((l) => `lang:${l}` as const))
  segmented('sound', ['sound:on', 'sound:off'])
  segmented('snapTurn', ['snap:30', 'snap:45'])
  segmented('movement', ['move:teleport', 'move:smooth'])
  segmented('seated', ['seated:off', 'seated:on'])
  y += SECTION
  items.push({ id: 'exit', rect: { x: PAD, y, w: inner, h: ROW - GAP } })
  y += ROW
  return { width: MENU_WIDTH_PX, height: y + PAD - GAP, heading, labels, items }
}

/** The item under a texture coordinate (u right, v up, as three.js reports hits), if any. */
export function menuItemAt(layout: MenuLayout, u: number, v: number): MenuItemId | null {
  const x = u * layout.width
  const y = (1 - v) * layout.height
  for (const { id, rect } of layout.items) {
    if (x >= rect.x && x <= rect.x + rect.w && y >= rect.y && y <= rect.y + rect.h) return id
  }
  return null
}

/** The texture coordinate of an item's centre: what a test or an automation aims at. */
export function menuItemCentre(layout: MenuLayout, id: MenuItemId): { u: number; v: number } | null {
  const item = layout.items.find((i) => i.id === id)
  if (!item) return null
  const { x, y, w, h } = item.rect
  return { u: (x + w / 2) / layout.width, v: 1 - (y + h / 2) / layout.height }
}
