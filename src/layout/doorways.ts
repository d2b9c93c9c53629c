import type { Doorway, RoomLayout } from './types'

/** The doorway joining two rooms, or null when they do not share one. */
export function doorwayBetween(a: RoomLayout, b: RoomLayout): Doorway | null {
  return a.doorways.find((d) => d.rooms.includes(b.id)) ?? null
}
