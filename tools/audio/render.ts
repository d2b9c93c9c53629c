/**
 * Renders a score to a seamless mono loop: notes are placed on the circular buffer (tails wrap
 * onto the start), then reverb, gramophone colour, surface noise and a DC blocker run cyclically,
 * and the result is levelled to the room's loudness with the peak held under PEAK_CEILING.
 */
import { addCyclic, biquad, chain, freeverb, onePole, peakOf, processCyclic, rmsOf, SAMPLE_RATE } from './dsp'
import { seededRandom } from '../../src/layout/random'
import { renderNote, type InstrumentId } from './instruments'
import { frequencyOf } from './notation'
import { LOOP_UNIT, type RoomEffects, type Score } from './score'

/** The loudest sample a loop may have before encoding (the MP3 decoder can overshoot a little). */
export const PEAK_CEILING = 0.79

/** Balances the instruments against each other (their raw levels differ a lot). */
const LEVEL: Record<InstrumentId, number> = {
  balalaika: 1.4,
  pipa: 1.4,
  bass: 0.8,
  accordion: 0.87,
  harmonium: 0.5,
  strings: 1.0,
  celesta: 0.68,
  musicbox: 0.7,
}

/** Timing looseness of each instrument, in seconds (standard deviation-ish). */
const LOOSENESS: Partial<Record<InstrumentId, number>> = { balalaika: 0.006, pipa: 0.006, accordion: 0.004, celesta: 0.005, musicbox: 0.003 }

export interface RenderedLoop {
  samples: Float32Array
  sampleRate: number
  /** Samples per beat (not always a whole number). */
  beatSamples: number
}

export function loopLength(score: Score): number {
  return score.units * LOOP_UNIT
}

export function renderScore(score: Score, seed: number): RenderedLoop {
  const n = loopLength(score)
  const beatSamples = n / score.beats
  const dry = new Float32Array(n)
  const random = seededRandom(seed)
  for (const e of score.events) {
    const jitter = ((random() + random() - 1) * (LOOSENESS[e.instrument] ?? 0)) * SAMPLE_RATE
    const start = Math.round(e.beat * beatSamples + jitter)
    const velocity = Math.min(1, e.velocity * (0.94 + 0.12 * random()))
    const note = renderNote(e.instrument, { freq: frequencyOf(e.midi), seconds: (e.beats * beatSamples) / SAMPLE_RATE, velocity, random })
    addCyclic(dry, note, start, LEVEL[e.instrument])
  }
  return { samples: master(dry, score.effects, seed), sampleRate: SAMPLE_RATE, beatSamples }
}

/** The room's effects chain and levelling, all cyclic. */
export function master(dry: Float32Array, fx: RoomEffects, seed: number): Float32Array {
  const n = dry.length
  // Reverb tails run well under a loop's length; three passes leave a steady, wrapped tail.
  const wet = processCyclic(dry, () => freeverb(fx.reverb.size, fx.reverb.damp), 3)
  let mix: Float32Array = new Float32Array(n)
  for (let i = 0; i < n; i++) mix[i] = (dry[i] as number) + (wet[i] as number) * fx.reverb.mix
  if (fx.gramophone) {
    // A horn passes little below ~200 Hz or above ~5 kHz, with a honky bump in the middle.
    mix = processCyclic(mix, () => chain(biquad('highpass', 170, 0.8), biquad('peak', 1500, 0.9, 3), biquad('lowpass', 5200, 0.9)))
  }
  if (fx.crackle > 0) addCyclic(mix, surfaceNoise(n, fx.crackle, seed ^ 0x5eed), 0, 1)
  if (fx.air > 0) addCyclic(mix, airNoise(n, fx.air, seed ^ 0xa17), 0, 1)
  const out = processCyclic(mix, () => biquad('highpass', 25, 0.7))
  // Level: reach the target loudness unless that would push the peak over the ceiling.
  const rms = rmsOf(out)
  const peak = peakOf(out)
  const gain = Math.min(10 ** (fx.targetRmsDb / 20) / Math.max(rms, 1e-9), PEAK_CEILING / Math.max(peak, 1e-9))
  for (let i = 0; i < n; i++) out[i] = (out[i] as number) * gain
  return out
}

/**
 * Shellac surface noise: a soft hiss that swells once per turn of the record (78 rpm, rounded to a
 * whole number of turns per loop), small ticks, and now and then a louder pop.
 */
export function surfaceNoise(n: number, amount: number, seed: number): Float32Array {
  const random = seededRandom(seed)
  const hiss = new Float32Array(n)
  for (let i = 0; i < n; i++) hiss[i] = random() * 2 - 1
  const shaped = processCyclic(hiss, () => chain(biquad('highpass', 900, 0.7), onePole(4200)))
  const turns = Math.max(1, Math.round((n / SAMPLE_RATE) * (78 / 60)))
  const out = new Float32Array(n)
  for (let i = 0; i < n; i++) out[i] = (shaped[i] as number) * 0.012 * amount * (0.8 + 0.2 * Math.sin((2 * Math.PI * turns * i) / n))
  // Ticks: a Poisson stream, each a few samples of decaying, sign-alternating impulse.
  const ticks = new Float32Array(n)
  let t = 0
  while (true) {
    t += Math.round((-Math.log(1 - random()) / 9) * SAMPLE_RATE)
    if (t >= n) break
    const big = random() < 0.05
    const a = (big ? 0.05 + 0.04 * random() : 0.008 + 0.02 * random() ** 2) * amount * (random() < 0.5 ? -1 : 1)
    const len = big ? 24 : 6
    for (let k = 0; k < len; k++) ticks[(t + k) % n] = (ticks[(t + k) % n] as number) + a * Math.exp(-k / (big ? 6 : 1.5)) * (k % 2 === 0 ? 1 : -0.6)
  }
  const clicks = processCyclic(ticks, () => chain(biquad('highpass', 700, 0.7), onePole(6000)))
  for (let i = 0; i < n; i++) out[i] = (out[i] as number) + (clicks[i] as number)
  return out
}

/** A cold, barely-there draught: low noise slowly swelling and fading (whole cycles per loop). */
export function airNoise(n: number, amount: number, seed: number): Float32Array {
  const random = seededRandom(seed)
  const noise = new Float32Array(n)
  for (let i = 0; i < n; i++) noise[i] = random() * 2 - 1
  const shaped = processCyclic(noise, () => chain(biquad('bandpass', 420, 0.6), onePole(1200)))
  const cycles = Math.max(1, Math.round(n / SAMPLE_RATE / 9))
  const out = new Float32Array(n)
  for (let i = 0; i < n; i++) out[i] = (shaped[i] as number) * 0.02 * amount * (0.55 + 0.45 * Math.sin((2 * Math.PI * cycles * i) / n))
  return out
}
