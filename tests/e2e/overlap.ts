/**
 * The overlay's layout as boxes: every visible control, caption, hint, card and panel, as the
 * visitor sees it (clipped by scrolling panels and the screen), and the pure checks on them:
 * no two that are not nested may intersect, and no caption, hint or card may cover the middle
 * of the view. Pure parts are unit-tested (tests/unit/e2e/overlap.test.ts); `collect` runs in
 * the page.
 */
import type { Page } from '@playwright/test'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface Piece {
  /** What the visitor would call it: its part name, accessible name or first words. */
  label: string
  /** 'text' (caption, hint, room card: kept off the middle of the view), 'control' or 'panel'. */
  kind: 'text' | 'control' | 'panel'
  /** Where it shows: clipped by scrolling panels and the screen. */
  box: Rect
  /** Its own size, unclipped (a button half scrolled out of a panel is still a full-size target). */
  size: { width: number; height: number }
  /** Indices (in the same list) of the pieces that contain this one in the DOM. */
  within: number[]
  /** An open modal dialog with a visible backdrop: what lies wholly under it is hidden, not overlapped. */
  dimmingModal: boolean
  /** Index of the open modal dialog this piece belongs to, or -1. */
  modal: number
}

/** Two boxes overlap when they share more than `slack` px both ways (joined buttons share a border). */
export function intersect(a: Rect, b: Rect, slack = 1.5): boolean {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > slack && h > slack
}

function inside(inner: Rect, outer: Rect, slack = 1.5): boolean {
  return (
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.x + inner.width <= outer.x + outer.width + slack &&
    inner.y + inner.height <= outer.y + outer.height + slack
  )
}

/**
 * Every pair of pieces that intersect, neither inside the other in the DOM. A piece that lies
 * wholly under a modal dialog with a dimming backdrop (the floor plan over the HUD) is hidden by
 * it, not overlapped; one that sticks out from under it is reported.
 */
export function findOverlaps(pieces: Piece[]): Array<[string, string]> {
  const hidden = pieces.map((x, xi) => pieces.some((m, mi) => mi !== xi && m.dimmingModal && x.modal !== mi && !x.within.includes(mi) && inside(x.box, m.box)))
  const found: Array<[string, string]> = []
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) {
      const a = pieces[i]!
      const b = pieces[j]!
      if (hidden[i] || hidden[j] || a.within.includes(j) || b.within.includes(i)) continue
      if (intersect(a.box, b.box)) found.push([a.label, b.label])
    }
  }
  return found
}

/** The middle of the view: its middle third both ways, which captions, hints and cards keep clear of. */
export function centreOf(viewport: { width: number; height: number }): Rect {
  return { x: viewport.width / 3, y: viewport.height / 3, width: viewport.width / 3, height: viewport.height / 3 }
}

/** Captions, hints and cards that cover part of the middle of the view. */
export function coveringCentre(pieces: Piece[], viewport: { width: number; height: number }): string[] {
  const centre = centreOf(viewport)
  return pieces.filter((p) => p.kind === 'text' && intersect(p.box, centre)).map((p) => p.label)
}

/** Controls smaller than `min` CSS px either way (a control inside a label counts as the label's size). */
export function tooSmall(pieces: Piece[], min = 44): string[] {
  return pieces
    .filter((p) => p.kind === 'control' && (p.size.width < min - 0.5 || p.size.height < min - 0.5))
    .map((p) => `${p.label} (${Math.round(p.size.width)}x${Math.round(p.size.height)})`)
}

/** Collects the overlay's pieces as they are on screen now. */
export function collect(page: Page): Promise<Piece[]> {
  return page.evaluate(() => {
    const CONTROLS = 'button, a[href], input, select, textarea, summary, [role="button"], [role="slider"], [role="tab"], [tabindex="0"]'
    const TEXTS = new Set(['caption', 'hint', 'room-card'])
    const candidates = new Set<Element>()
    // The overlay's own root covers the screen to hold the rest; it is not a piece.
    for (const el of document.querySelectorAll(`${CONTROLS}, [data-part]:not([data-part="overlay"]), dialog[open]`)) candidates.add(el)
    const seen: Element[] = []
    const boxes: Rect[] = []
    const sizes: Array<{ width: number; height: number }> = []
    const view = { x: 0, y: 0, width: window.innerWidth, height: window.innerHeight }
    const clip = (r: Rect, c: Rect): Rect | null => {
      const x = Math.max(r.x, c.x)
      const y = Math.max(r.y, c.y)
      const w = Math.min(r.x + r.width, c.x + c.width) - x
      const h = Math.min(r.y + r.height, c.y + c.height) - y
      return w > 0.5 && h > 0.5 ? { x, y, width: w, height: h } : null
    }
    for (const el of candidates) {
      if (!(el instanceof HTMLElement || el instanceof SVGElement)) continue
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue
      // A labelled checkbox's target is its label; the label row is what a finger meets.
      const target = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') && el.closest('label') ? el.closest('label')! : el
      const r = target.getBoundingClientRect()
      let box: Rect | null = { x: r.x, y: r.y, width: r.width, height: r.height }
      // What scrolling panels and the screen cut off is not seen.
      for (let a = target.parentElement; a && box; a = a.parentElement) {
        const style = getComputedStyle(a)
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
          const c = a.getBoundingClientRect()
          box = clip(box, { x: c.x, y: c.y, width: c.width, height: c.height })
        }
      }
      box = box && clip(box, view)
      // Screen-reader-only text (1 px boxes) is not on screen.
      if (!box || (box.width <= 2 && box.height <= 2)) continue
      seen.push(el)
      boxes.push(box)
      sizes.push({ width: r.width, height: r.height })
    }
    const modals = seen.map((el) => el instanceof HTMLDialogElement && el.matches(':modal'))
    return seen.map((el, i) => {
      const part = el.getAttribute('data-part')
      const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 32)
      const kind: 'text' | 'control' | 'panel' = part && TEXTS.has(part) ? 'text' : el.matches(CONTROLS) && !(el instanceof HTMLDialogElement) ? 'control' : 'panel'
      const backdrop = modals[i] ? getComputedStyle(el, '::backdrop').backgroundColor : ''
      const dims = modals[i] && backdrop !== '' && backdrop !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(backdrop)
      return {
        label: `${part ?? el.tagName.toLowerCase()}${name ? ` "${name}"` : ''}`,
        kind,
        box: boxes[i]!,
        size: sizes[i]!,
        within: seen.map((other, j) => (j !== i && other.contains(el) ? j : -1)).filter((j) => j >= 0),
        dimmingModal: !!dims,
        modal: seen.findIndex((other, j) => modals[j] && other.contains(el) && other !== el),
      }
    })
  })
}
