/**
 * Music ducks under speech (narration, a recording played from an artifact's panel): it falls to
 * DUCK_LEVEL (-12 dB) quickly and comes back slowly, as a radio announcer's fader does.
 * Frame-rate independent: an exponential approach evaluated for each frame's dt.
 */
import { clamp01 } from './curves'

/** The music's gain under speech: -12 dB. */
export const DUCK_LEVEL = 0.25
/** Seconds to cover 95% of the way down when speech starts... */
export const DUCK_ATTACK = 0.3
/** ...and back up when it ends. */
export const DUCK_RELEASE = 1.0
/** ln(20): time constants per "95% of the way". */
const SETTLE = Math.log(20)

/** The duck gain after `dt` seconds, from `current`, while speech is (or is not) active. */
export function duckGain(speechActive: boolean, current: number, dt: number): number {
  const target = speechActive ? DUCK_LEVEL : 1
  const from = Number.isFinite(current) ? clamp01(current) : 1
  if (!(dt > 0)) return from
  const time = target < from ? DUCK_ATTACK : DUCK_RELEASE
  return target + (from - target) * Math.exp((-dt * SETTLE) / time)
}
