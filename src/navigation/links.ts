/** Shareable links: `#/room/<id>` and `#/artifact/<id>`. Pure, so it is unit-tested. */
export type Link = { type: 'room' | 'artifact'; id: string }

export function parseHash(hash: string): Link | null {
  const match = /^#\/(room|artifact)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(hash)
  return match ? { type: match[1] as Link['type'], id: match[2]! } : null
}

export function hashFor(link: Link): string {
  return `#/${link.type}/${link.id}`
}
