/**
 * Addresses of the text museum, the accessible twin of the 3D rooms: `#/text` (the exhibition),
 * `#/text/room/<id>`, `#/text/artifact/<id>` and `#/text/tour/<id>`. Pure, so it is unit-tested.
 */
export type TextRoute =
  | { page: 'home' }
  | { page: 'room'; id: string }
  | { page: 'artifact'; id: string }
  | { page: 'tour'; id: string }

const TEXT_HASH = /^#\/text(?:\/(room|artifact|tour)\/([a-z0-9]+(?:-[a-z0-9]+)*))?\/?$/

/** The text page a hash names, or null when the hash is not a text-museum address. */
export function parseTextRoute(hash: string): TextRoute | null {
  const match = TEXT_HASH.exec(hash)
  if (!match) return null
  const [, page, id] = match
  return page ? { page: page as 'room' | 'artifact' | 'tour', id: id! } : { page: 'home' }
}

export function textHref(route: TextRoute): string {
  return route.page === 'home' ? '#/text' : `#/text/${route.page}/${route.id}`
}

/** The same place in the 3D gallery ("see it in 3D"); the home and tour pages lead to the start. */
export function galleryHref(route: TextRoute): string {
  if (route.page === 'room' || route.page === 'artifact') return `#/${route.page}/${route.id}`
  if (route.page === 'tour') return `#/tour/${route.id}`
  return '#/'
}
