/** The live service's typed Socket.IO server and sockets, and what it keeps on each socket. */
import type { Server, Socket } from 'socket.io'
import type { ClientToServerEvents, ServerToClientEvents } from '../src/live/protocol'
import type { Bucket } from '../src/live/rateLimit'

export interface SocketData {
  role: 'teacher' | 'pupil' | null
  code: string | null
  memberId: string | null
  /** A pupil's gather place (names them in classmates batches). */
  slot: number
  invalid: number
  pose: Bucket
  other: Bucket
  presence: string
  poseSavedAt: number
}

export type IO = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>
export type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>
