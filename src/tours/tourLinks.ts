/**
 * Shareable tour links: `#/tour/<id>` starts a tour, `#/tour/<id>/<n>` starts it at its n-th stop.
 * In the URL stops count from 1 (as a visitor would say "stop 3"); in code they are 0-based indexes.
 */
const TOUR_HASH = /^#\/tour\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/([1-9]\d{0,3}))?\/?$/

/** `tourLink('friendship')` -> '#/tour/friendship'; `tourLink('friendship', 2)` -> '#/tour/friendship/3'. */
export function tourLink(id: string, stop?: number): string {
  return stop === undefined ? `#/tour/${id}` : `#/tour/${id}/${Math.max(0, Math.floor(stop)) + 1}`
}

/** The tour and 0-based stop index a hash names, or null when it is not a tour link. */
export function parseTourHash(hash: string): { tourId: string; stop: number | null } | null {
  const m = TOUR_HASH.exec(hash)
  if (!m) return null
  return { tourId: m[1] as string, stop: m[2] === undefined ? null : Number(m[2]) - 1 }
}
