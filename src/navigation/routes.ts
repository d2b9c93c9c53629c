/**
 * Every `#/...` address the gallery reads or writes, as one route type: the 3D gallery's start,
 * a room, an artifact, a tour (and its stop), the text museum's pages, and a class's join link.
 * Pure, so it is unit-tested. In addresses tour stops count from 1 (as a visitor would say
 * "stop 3"); in a route they are 0-based indexes.
 */
import { ID_SOURCE } from '../manifest/patterns'

export type TextPage = 'home' | 'room' | 'artifact' | 'tour'

export type Route =
  /** `#/`: the gallery's start room. */
  | { type: 'start' }
  | { type: 'room'; id: string }
  | { type: 'artifact'; id: string }
  | { type: 'tour'; id: string; stop: number | null }
  /** The text museum: `#/text`, `#/text/room/<id>`, `#/text/artifact/<id>`, `#/text/tour/<id>`. */
  | { type: 'text'; page: 'home' }
  | { type: 'text'; page: Exclude<TextPage, 'home'>; id: string }
  /** `#/join/<code>`: a pupil's way into a class (the code as typed; src/live normalizes it). */
  | { type: 'join'; code: string }

export type TextRoute = Extract<Route, { type: 'text' }>

const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => Route]> = [
  [/^#\/?$/, () => ({ type: 'start' })],
  [new RegExp(`^#/(room|artifact)/(${ID_SOURCE})/?$`), (m) => ({ type: m[1] as 'room' | 'artifact', id: m[2]! })],
  [new RegExp(`^#/tour/(${ID_SOURCE})(?:/([1-9]\\d{0,3}))?/?$`), (m) => ({ type: 'tour', id: m[1]!, stop: m[2] === undefined ? null : Number(m[2]) - 1 })],
  [new RegExp(`^#/text(?:/(room|artifact|tour)/(${ID_SOURCE}))?/?$`), (m) => (m[1] ? { type: 'text', page: m[1] as 'room' | 'artifact' | 'tour', id: m[2]! } : { type: 'text', page: 'home' })],
  [/^#\/join\/([A-Za-z0-9-]{4,12})\/?$/, (m) => ({ type: 'join', code: m[1]! })],
]

/** The route an address's hash names, or null when it names none. */
export function parseRoute(hash: string): Route | null {
  for (const [pattern, read] of PATTERNS) {
    const m = pattern.exec(hash)
    if (m) return read(m)
  }
  return null
}

/** The hash of a route: `routeHash({ type: 'tour', id: 'highlights', stop: 2 })` is '#/tour/highlights/3'. */
export function routeHash(route: Route): string {
  switch (route.type) {
    case 'start':
      return '#/'
    case 'room':
    case 'artifact':
      return `#/${route.type}/${route.id}`
    case 'tour':
      return route.stop === null ? `#/tour/${route.id}` : `#/tour/${route.id}/${Math.max(0, Math.floor(route.stop)) + 1}`
    case 'text':
      return route.page === 'home' ? '#/text' : `#/text/${route.page}/${route.id}`
    case 'join':
      return `#/join/${route.code}`
  }
}

/** The same place in the 3D gallery as a text-museum page ("see it in 3D"); the home page leads to the start. */
export function galleryRoute(route: TextRoute): Route {
  if (route.page === 'home') return { type: 'start' }
  return route.page === 'tour' ? { type: 'tour', id: route.id, stop: null } : { type: route.page, id: route.id }
}
