/**
 * Previous / next within a room, for the inspect panels on screen and in VR: where `artifact`
 * stands among the artifacts of its room (manifest order), and its neighbours, wrapping at both
 * ends; a lone artifact is its own neighbour.
 */
export function roomSequence<T extends { id: string; room: string }>(artifacts: readonly T[], artifact: T) {
  const siblings = artifacts.filter((a) => a.room === artifact.room)
  const index = Math.max(0, siblings.findIndex((a) => a.id === artifact.id))
  const n = siblings.length
  return {
    index,
    total: n,
    previous: siblings[(index - 1 + n) % n] ?? artifact,
    next: siblings[(index + 1) % n] ?? artifact,
  }
}
