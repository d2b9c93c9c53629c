/** The Socket.IO rooms the live service puts sockets in, by class code or member id. */

/** Everyone in a class. */
export const all = (code: string) => `s:${code}`
export const teachers = (code: string) => `t:${code}`
export const pupils = (code: string) => `p:${code}`
export const memberRoom = (id: string) => `m:${id}`
/**
 * Pupils still on HTTP long-polling. A volatile packet is dropped whenever no poll is pending,
 * which on polling is most of the time, so they get poses as ordinary (briefly queued) packets.
 */
export const polling = (code: string) => `l:${code}`

/** The class code of `room` if it is one of `kind`'s rooms (e.g. `codeIn(teachers, 't:AB12')`), else null. */
export function codeIn(kind: (code: string) => string, room: string): string | null {
  const prefix = kind('')
  return room.startsWith(prefix) ? room.slice(prefix.length) : null
}
