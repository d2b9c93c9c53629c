/**
 * One-dimensional packing shared by walls and stand rows: free stretches ("slots") receive
 * items of given widths with a least gap between neighbours, then spread them evenly.
 */

const EPS = 1e-9

export interface Interval {
  start: number
  end: number
}

/** Removes [start, end] from a list of disjoint intervals, dropping slivers too small to use. */
export function carve(list: Interval[], start: number, end: number, minLength = 0.05): Interval[] {
  const out: Interval[] = []
  for (const iv of list) {
    if (end <= iv.start || start >= iv.end) {
      out.push(iv)
      continue
    }
    if (start - iv.start >= minLength) out.push({ start: iv.start, end: start })
    if (iv.end - end >= minLength) out.push({ start: end, end: iv.end })
  }
  return out
}

/** The interval that wholly holds [start, end], if any. */
export function containing(list: Interval[], start: number, end: number): Interval | undefined {
  return list.find((iv) => iv.start <= start + EPS && end <= iv.end + EPS)
}

export interface Slot<T> extends Interval {
  /** Added to the fill ratio when choosing a slot, to make some slots less preferred. */
  penalty: number
  items: Array<{ item: T; width: number }>
}

export function makeSlot<T>(iv: Interval, penalty = 0): Slot<T> {
  return { start: iv.start, end: iv.end, penalty, items: [] }
}

function used<T>(slot: Slot<T>, gap: number): number {
  const n = slot.items.length
  return slot.items.reduce((s, i) => s + i.width, 0) + Math.max(0, n - 1) * gap
}

export function fitsIn<T>(slot: Slot<T>, width: number, gap: number): boolean {
  const need = used(slot, gap) + (slot.items.length > 0 ? gap : 0) + width
  return need <= slot.end - slot.start + EPS
}

/**
 * The slot that would be least full after taking the item (plus its penalty), so items spread
 * over all slots instead of filling the first; ties go to the earlier slot.
 */
export function bestSlot<T>(slots: Array<Slot<T>>, width: number, gap: number, accepts: (slot: Slot<T>) => boolean = () => true): Slot<T> | null {
  let best: Slot<T> | null = null
  let bestScore = Infinity
  for (const slot of slots) {
    if (!accepts(slot) || !fitsIn(slot, width, gap)) continue
    const fill = (used(slot, gap) + (slot.items.length > 0 ? gap : 0) + width) / (slot.end - slot.start)
    const score = fill + slot.penalty
    if (score < bestScore - 1e-12) {
      best = slot
      bestScore = score
    }
  }
  return best
}

/**
 * Centres for items laid side by side in [start, end] in the given order: equal gaps between them
 * and at both ends when there is room for `gap` everywhere, otherwise exactly `gap` between them
 * with the slack split over the two ends.
 */
export function spreadEvenly(start: number, end: number, widths: number[], gap: number): number[] {
  const n = widths.length
  if (n === 0) return []
  const total = widths.reduce((s, w) => s + w, 0)
  const free = end - start - total
  let between = free / (n + 1)
  let ends = between
  if (between < gap) {
    between = gap
    ends = Math.max(0, (free - gap * (n - 1)) / 2)
  }
  const centres: number[] = []
  let cursor = start + ends
  for (const w of widths) {
    centres.push(cursor + w / 2)
    cursor += w + between
  }
  return centres
}
