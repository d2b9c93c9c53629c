/**
 * A teacher's commands, one at a time and in order. The service takes about two a second
 * (`RATE_LIMITS.other`) and answers a quicker one `rate` with `retryMs`; the queue waits that
 * long and sends it again. So quick clicks (Gather, Follow me, Look at this) and a tour's steps
 * are slowed down a little, never lost and never reordered.
 */
import type { CommandInput, CommandResult } from './protocol'

export type SendCommand = (command: CommandInput) => Promise<CommandResult>

/** A command still refused after this long is answered with its `rate`, so no caller waits for ever. */
export const COMMAND_PATIENCE_MS = 10_000
/** Bounds on the wait between tries, whatever a (possibly old or odd) server says. */
const MIN_WAIT_MS = 10
const MAX_WAIT_MS = 2_000

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

async function sendPatiently(send: SendCommand, command: CommandInput, patienceMs: number): Promise<CommandResult> {
  const giveUpAt = Date.now() + patienceMs
  for (;;) {
    const result = await send(command)
    if (result.ok || result.error !== 'rate') return result
    const wait = Math.min(MAX_WAIT_MS, Math.max(MIN_WAIT_MS, result.retryMs ?? MAX_WAIT_MS / 4))
    if (Date.now() + wait > giveUpAt) return result
    await sleep(wait)
  }
}

/**
 * Wraps `send` (one emit with an ack) so that each command starts once the one before it has
 * been answered, and a `rate` answer is retried after the wait the service names.
 *
 * ```ts
 * const command = commandQueue((cmd) => socket.timeout(10_000).emitWithAck('command', cmd))
 * await Promise.all([command({ type: 'follow', on: true }), command({ type: 'eyesOnMe', on: true })])
 * ```
 */
export function commandQueue(send: SendCommand, patienceMs = COMMAND_PATIENCE_MS): SendCommand {
  let tail: Promise<unknown> = Promise.resolve()
  return (command) => {
    const run = tail.then(() => sendPatiently(send, command, patienceMs))
    tail = run.catch(() => undefined)
    return run
  }
}
