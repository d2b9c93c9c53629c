/** The walking keys and what a set of held keys asks of the visitor. Pure, so it is unit-tested. */
import type { Runtime } from '../store/runtime'
import { RUN_SPEED, WALK_SPEED } from './walking'

const KEYS: Record<string, { forward?: number; strafe?: number; turn?: number }> = {
  KeyW: { forward: 1 },
  ArrowUp: { forward: 1 },
  KeyS: { forward: -1 },
  ArrowDown: { forward: -1 },
  KeyA: { strafe: -1 },
  KeyD: { strafe: 1 },
  ArrowLeft: { turn: 1 },
  ArrowRight: { turn: -1 },
  KeyQ: { turn: 1 },
  KeyE: { turn: -1 },
}

/** Whether a key (a KeyboardEvent's `code`) walks or turns the visitor. */
export const isWalkKey = (code: string): boolean => code in KEYS

const clampUnit = (v: number) => Math.max(-1, Math.min(1, v))

/**
 * The intent of the held keys: opposite keys cancel, Shift runs, and while the visitor is led
 * (`locked`) they may still turn to look but not walk.
 */
export function keyIntent(held: Iterable<string>, running: boolean, locked: boolean): Runtime['move'] {
  const m = { forward: 0, strafe: 0, turn: 0 }
  for (const code of held) {
    const k = KEYS[code]
    if (!k) continue
    m.forward += k.forward ?? 0
    m.strafe += k.strafe ?? 0
    m.turn += k.turn ?? 0
  }
  return {
    forward: locked ? 0 : clampUnit(m.forward) * (running ? RUN_SPEED / WALK_SPEED : 1),
    strafe: locked ? 0 : clampUnit(m.strafe),
    turn: clampUnit(m.turn),
  }
}

/** True when a key press belongs to a text field rather than to the gallery's shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.matches('input, textarea, select')
}
