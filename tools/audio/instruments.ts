/**
 * Simple period-flavoured instruments. Each renders one note into a fresh buffer (the renderer
 * places it in the loop), from a frequency, a held duration in seconds and a velocity 0..1.
 *
 * - plucked strings (balalaika, pipa, a plucked bass): Karplus-Strong with a fractional-delay
 *   allpass, a shaped noise burst as the pluck, and tremolo for long notes as both instruments are
 *   played;
 * - reeds (accordion, harmonium): band-limited wavetables with a reedy spectrum, two reeds slightly
 *   detuned (the accordion's "musette" beat), a bellows swell;
 * - a string pad: detuned band-limited saws with vibrato through a gentle lowpass;
 * - celesta and music box: a few decaying sine partials (tuned bars and tines).
 */
import { onePole, SAMPLE_RATE } from './dsp'

export type InstrumentId = 'balalaika' | 'pipa' | 'bass' | 'accordion' | 'harmonium' | 'strings' | 'celesta' | 'musicbox'

export interface NoteRequest {
  freq: number
  /** How long the note is held, in seconds (its release rings after this). */
  seconds: number
  velocity: number
  random: () => number
}

const SR = SAMPLE_RATE
/** Samples over which a pluck fades in. */
const ONSET = 24

// ---------------------------------------------------------------- plucked strings (Karplus-Strong)

interface PluckVoice {
  /** Seconds for the free string to decay by 60 dB at 220 Hz (shorter for higher notes). */
  t60: number
  /** 0..1: how bright the pluck is (noise burst filter and loop filter). */
  brightness: number
  /** Where along the string it is plucked (0..0.5): lower is thinner, more nasal. */
  pickPosition: number
  /** Damping time constant once the note is released, seconds. */
  release: number
  /** Notes at least this long are played as tremolo (repeated strokes), seconds; Infinity: never. */
  tremoloFrom: number
  /** Strokes per second in tremolo. */
  tremoloRate: number
}

const PLUCKS: Record<'balalaika' | 'pipa' | 'bass', PluckVoice> = {
  balalaika: { t60: 1.6, brightness: 0.8, pickPosition: 0.13, release: 0.09, tremoloFrom: 0.55, tremoloRate: 11 },
  pipa: { t60: 2.0, brightness: 0.9, pickPosition: 0.1, release: 0.12, tremoloFrom: 0.7, tremoloRate: 13 },
  bass: { t60: 3.2, brightness: 0.25, pickPosition: 0.22, release: 0.18, tremoloFrom: Infinity, tremoloRate: 0 },
}

/** One stroke of a string; `length` samples, damped after `holdSamples`. */
function pluckStroke(freq: number, holdSamples: number, length: number, velocity: number, voice: PluckVoice, random: () => number): Float32Array {
  const out = new Float32Array(length)
  const period = SR / freq
  // The loop filter y = (1-s)·x[n] + s·x[n-1] adds s samples of delay; the allpass takes up the fraction.
  const s = 0.5 - 0.35 * voice.brightness * (1 - Math.min(1, freq / 1400))
  const total = period - s
  const n = Math.max(2, Math.floor(total - 0.1))
  const frac = total - n
  const c = (1 - frac) / (1 + frac)
  // Per-period loss so the string decays 60 dB in t60 (scaled: high strings die sooner).
  const t60 = voice.t60 * Math.min(1.6, (220 / freq) ** 0.35)
  const g = 10 ** (-3 / (t60 * freq))
  const line = new Float32Array(n)
  // The pluck: the string's shape when let go (a triangle peaking at the pick position), roughened
  // with a little noise lowpassed by velocity and brightness (a quill or plectrum's scrape).
  const pick = Math.max(1, Math.min(n - 1, Math.round(voice.pickPosition * n)))
  const lp1 = onePole(1500 + 7000 * voice.brightness * (0.4 + 0.6 * velocity))
  const lp2 = onePole(2500 + 9000 * voice.brightness)
  let mean = 0
  for (let i = 0; i < n; i++) {
    const shape = i < pick ? i / pick : (n - i) / (n - pick)
    line[i] = 0.8 * shape + 0.35 * lp2(lp1(random() * 2 - 1))
    mean += line[i] as number
  }
  mean /= n
  for (let i = 0; i < n; i++) line[i] = (line[i] as number) - mean
  let prev = 0
  let apIn = 0
  let apOut = 0
  let idx = 0
  const release = Math.exp(-1 / (voice.release * SR))
  let env = 1
  for (let i = 0; i < length; i++) {
    const x = line[idx] as number
    const lp2 = (1 - s) * x + s * prev
    prev = x
    const ap = c * lp2 + apIn - c * apOut
    apIn = lp2
    apOut = ap
    line[idx] = ap * g
    idx = idx + 1 === n ? 0 : idx + 1
    if (i >= holdSamples) env *= release
    // Half a millisecond of onset: a plectrum takes a moment to leave the string, and a step from
    // silence would click.
    const onset = i < ONSET ? 0.5 - 0.5 * Math.cos((Math.PI * i) / ONSET) : 1
    out[i] = x * env * velocity * onset
  }
  return out
}

function pluck(req: NoteRequest, voice: PluckVoice): Float32Array {
  const hold = Math.round(req.seconds * SR)
  const length = hold + Math.round(voice.release * 6 * SR)
  if (req.seconds < voice.tremoloFrom) return pluckStroke(req.freq, hold, length, req.velocity, voice, req.random)
  // Tremolo: strokes at a steady rate, alternating down/up (the up-stroke a little softer).
  const out = new Float32Array(length)
  const step = SR / voice.tremoloRate
  let k = 0
  for (let t = 0; t < hold; t += step, k++) {
    const start = Math.round(t)
    const last = t + step >= hold
    const strokeHold = last ? hold - start : Math.round(step * 1.2)
    const strokeLength = Math.min(length - start, strokeHold + Math.round(voice.release * 6 * SR))
    const swell = 0.75 + 0.25 * Math.sin(Math.PI * Math.min(1, t / hold))
    const v = req.velocity * (k % 2 === 0 ? 0.62 : 0.5) * swell
    const stroke = pluckStroke(req.freq, strokeHold, strokeLength, v, voice, req.random)
    for (let i = 0; i < stroke.length; i++) out[start + i] = (out[start + i] as number) + (stroke[i] as number)
  }
  return out
}

// ---------------------------------------------------------------- wavetables (reeds, strings)

const TABLE = 2048
const tableCache = new Map<string, Float32Array>()

/** A single-cycle wavetable with harmonics up to `maxHz` for this note, amplitudes from `shape(k)`. */
function wavetable(name: string, freq: number, maxHz: number, shape: (k: number) => number): Float32Array {
  const harmonics = Math.max(1, Math.floor(Math.min(maxHz, SR * 0.45) / freq))
  const key = `${name}:${harmonics}`
  const hit = tableCache.get(key)
  if (hit) return hit
  const table = new Float32Array(TABLE + 1)
  let peak = 0
  for (let i = 0; i < TABLE; i++) {
    let v = 0
    for (let k = 1; k <= harmonics; k++) v += shape(k) * Math.sin((2 * Math.PI * k * i) / TABLE)
    table[i] = v
    peak = Math.max(peak, Math.abs(v))
  }
  for (let i = 0; i < TABLE; i++) table[i] = (table[i] as number) / peak
  table[TABLE] = table[0] as number
  tableCache.set(key, table)
  return table
}

/** Adds an oscillator reading `table` into out, with frequency modulated by `fm(i)` (ratio). */
function oscillate(out: Float32Array, table: Float32Array, freq: number, gain: number, phase0: number, fm: (i: number) => number, env: Float32Array): void {
  let phase = phase0
  const inc = (freq * TABLE) / SR
  for (let i = 0; i < out.length; i++) {
    const p = phase | 0
    const f = phase - p
    const a = table[p] as number
    const b = table[p + 1] as number
    out[i] = (out[i] as number) + (a + (b - a) * f) * gain * (env[i] as number)
    phase += inc * fm(i)
    if (phase >= TABLE) phase -= TABLE
  }
}

/** Attack-hold-release envelope (raised-cosine attack, exponential release). */
function envelope(length: number, attack: number, hold: number, release: number, swell = 0): Float32Array {
  const env = new Float32Array(length)
  const a = Math.max(1, Math.round(attack * SR))
  const h = Math.round(hold * SR)
  const r = Math.exp(-1 / (release * SR))
  let level = 0
  for (let i = 0; i < length; i++) {
    if (i < a) level = 0.5 - 0.5 * Math.cos((Math.PI * i) / a)
    else if (i < h) level = 1 + swell * ((i - a) / Math.max(1, h - a))
    else level *= r
    env[i] = level
  }
  return env
}

interface ReedVoice {
  /** Spectral slope: harmonic k has amplitude k^-slope. */
  slope: number
  /** Extra weight on odd harmonics (a reed's nasal colour). */
  odd: number
  /** Detune of the second reed, in cents (0: a single reed). */
  detune: number
  /** Level of a reed an octave below (harmonium 16' stop). */
  sub: number
  attack: number
  release: number
  swell: number
  maxHz: number
}

const REEDS: Record<'accordion' | 'harmonium', ReedVoice> = {
  accordion: { slope: 0.75, odd: 0.35, detune: 7, sub: 0, attack: 0.03, release: 0.07, swell: 0.1, maxHz: 7000 },
  harmonium: { slope: 1.05, odd: 0.2, detune: 0, sub: 0.35, attack: 0.07, release: 0.12, swell: 0.18, maxHz: 5000 },
}

function reed(req: NoteRequest, name: 'accordion' | 'harmonium'): Float32Array {
  const v = REEDS[name]
  const length = Math.round((req.seconds + v.release * 7) * SR)
  const out = new Float32Array(length)
  const env = envelope(length, v.attack, req.seconds, v.release, v.swell)
  // A formant bump around 1.2 kHz gives the reed its bite.
  const shape = (k: number) => (k ** -v.slope * (1 + (k % 2 === 1 ? v.odd : 0))) * (1 + 0.6 * Math.exp(-(((k * req.freq - 1200) / 700) ** 2)))
  const table = wavetable(`${name}:${Math.round(req.freq)}`, req.freq, v.maxHz, shape)
  const still = () => 1
  const gain = 0.5 * req.velocity
  // Two reeds tuned a little apart, either side of the pitch, beat gently against each other.
  const half = v.detune / 2400
  oscillate(out, table, req.freq * 2 ** -half, v.detune ? gain * 0.55 : gain, req.random() * TABLE, still, env)
  if (v.detune) oscillate(out, table, req.freq * 2 ** half, gain * 0.45, req.random() * TABLE, still, env)
  if (v.sub) {
    const low = wavetable(`${name}:sub:${Math.round(req.freq)}`, req.freq / 2, v.maxHz / 2, (k) => k ** -1.3)
    oscillate(out, low, req.freq / 2, gain * v.sub, req.random() * TABLE, still, env)
  }
  const lp = onePole(v.maxHz * 0.8)
  for (let i = 0; i < length; i++) out[i] = lp(out[i] as number)
  return out
}

function strings(req: NoteRequest): Float32Array {
  const release = 0.55
  const length = Math.round((req.seconds + release * 6) * SR)
  const out = new Float32Array(length)
  const env = envelope(length, Math.min(0.45, req.seconds * 0.5), req.seconds, release)
  const table = wavetable(`strings:${Math.round(req.freq)}`, req.freq, 6000, (k) => 1 / k)
  const detunes = [-7, 0, 6]
  for (const cents of detunes) {
    const rate = 4.8 + req.random() * 1.2
    const phase = req.random() * 2 * Math.PI
    // Vibrato fades in after the attack, as a bowed note does.
    const fm = (i: number) => 1 + 0.0016 * Math.min(1, i / (0.5 * SR)) * Math.sin((2 * Math.PI * rate * i) / SR + phase)
    oscillate(out, table, req.freq * 2 ** (cents / 1200), (0.5 * req.velocity) / detunes.length, req.random() * TABLE, fm, env)
  }
  const lp1 = onePole(2400)
  const lp2 = onePole(3200)
  for (let i = 0; i < length; i++) out[i] = lp2(lp1(out[i] as number))
  return out
}

// ---------------------------------------------------------------- bars and tines

interface Partial {
  ratio: number
  amp: number
  /** Seconds to fall 60 dB. */
  t60: number
}

const CELESTA: Partial[] = [
  { ratio: 1, amp: 1, t60: 2.4 },
  { ratio: 2, amp: 0.1, t60: 0.9 },
  { ratio: 2.76, amp: 0.16, t60: 0.35 },
  { ratio: 5.4, amp: 0.05, t60: 0.12 },
]
const MUSICBOX: Partial[] = [
  { ratio: 1, amp: 1, t60: 1.8 },
  { ratio: 2, amp: 0.22, t60: 0.7 },
  { ratio: 3.01, amp: 0.06, t60: 0.3 },
  { ratio: 6.27, amp: 0.07, t60: 0.06 },
]

/** A struck bar or plucked tine; `damper` (seconds) mutes it once the note is released, null never. */
function struck(req: NoteRequest, partials: Partial[], damper: number | null): Float32Array {
  const t60max = Math.max(...partials.map((p) => p.t60))
  const scale = Math.min(1.4, (520 / req.freq) ** 0.4)
  const ring = t60max * scale
  const length = Math.round((damper === null ? ring : Math.min(ring, req.seconds + damper * 7)) * SR) + 1
  const out = new Float32Array(length)
  const hold = damper === null ? length : Math.round(req.seconds * SR)
  const damp = damper === null ? 1 : Math.exp(-1 / (damper * SR))
  for (const p of partials) {
    const f = req.freq * p.ratio
    if (f > SR * 0.45) continue
    const decay = Math.exp(-6.91 / (p.t60 * scale * SR))
    const inc = (2 * Math.PI * f) / SR
    let amp = p.amp * req.velocity * 0.5
    let phase = 0
    let d = 1
    for (let i = 0; i < length; i++) {
      if (i > hold) d *= damp
      // A 2 ms attack keeps the strike from clicking.
      const attack = i < 88 ? i / 88 : 1
      out[i] = (out[i] as number) + Math.sin(phase) * amp * attack * d
      amp *= decay
      phase += inc
    }
  }
  return out
}

export function renderNote(instrument: InstrumentId, req: NoteRequest): Float32Array {
  switch (instrument) {
    case 'balalaika':
    case 'pipa':
    case 'bass':
      return pluck(req, PLUCKS[instrument])
    case 'accordion':
    case 'harmonium':
      return reed(req, instrument)
    case 'strings':
      return strings(req)
    case 'celesta':
      // The celesta's damper pedal is left up: notes ring past their written length.
      return struck({ ...req, seconds: req.seconds * 3 }, CELESTA, 0.25)
    case 'musicbox':
      return struck(req, MUSICBOX, null)
  }
}
