/** What could not be placed in one room, and why. */
export interface RoomOverflow {
  roomId: string
  /** How many artifacts the room was asked to hold. */
  total: number
  unplaced: Array<{ artifactId: string; reason: string }>
}

/**
 * Raised when a manifest asks for more than its rooms can hold, rather than overlapping works.
 * The message names every such room and is meant for curators.
 */
export class LayoutError extends Error {
  readonly rooms: RoomOverflow[]

  constructor(rooms: RoomOverflow[]) {
    const parts = rooms.map((r) => {
      const list = r.unplaced.map((u) => `"${u.artifactId}" (${u.reason})`).join(', ')
      return `room "${r.roomId}": ${r.unplaced.length} of ${r.total} artifacts did not fit: ${list}`
    })
    super(`Layout failed, ${parts.join('; ')}`)
    this.name = 'LayoutError'
    this.rooms = rooms
  }
}
