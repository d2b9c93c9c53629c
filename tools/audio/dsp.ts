/**
 * Signal helpers for building seamless loops. The loop is a circular buffer: anything written past
 * its end wraps onto its start, and every filter or reverb runs over the loop twice and keeps the
 * second pass, so its state at the wrap is the state the end of the loop leaves behind. That way
 * the last sample is followed by the first as naturally as any two neighbouring samples.
 */

export const SAMPLE_RATE = 44100


/** Adds `src` into the circular `loop` starting at sample `start` (any integer, wrapped), scaled by `gain`. */
export function addCyclic(loop: Float32Array, src: Float32Array, start: number, gain = 1): void {
  const n = loop.length
  let j = ((start % n) + n) % n
  for (let i = 0; i < src.length; i++) {
    loop[j] = (loop[j] as number) + (src[i] as number) * gain
    j += 1
    if (j === n) j = 0
  }
}

/** Runs a stateful per-sample process over the loop twice and keeps the second pass. */
export function processCyclic(loop: Float32Array, make: () => (x: number) => number, passes = 2): Float32Array {
  const f = make()
  const out = new Float32Array(loop.length)
  for (let p = 0; p < passes; p++) {
    const last = p === passes - 1
    for (let i = 0; i < loop.length; i++) {
      const y = f(loop[i] as number)
      if (last) out[i] = y
    }
  }
  return out
}

export type BiquadKind = 'lowpass' | 'highpass' | 'bandpass' | 'peak'

/** RBJ cookbook biquad as a per-sample function. */
export function biquad(kind: BiquadKind, freq: number, q = Math.SQRT1_2, gainDb = 0, sr = SAMPLE_RATE): (x: number) => number {
  const w0 = (2 * Math.PI * freq) / sr
  const cos = Math.cos(w0)
  const alpha = Math.sin(w0) / (2 * q)
  let b0: number, b1: number, b2: number, a0: number, a1: number, a2: number
  if (kind === 'lowpass') {
    b0 = (1 - cos) / 2
    b1 = 1 - cos
    b2 = (1 - cos) / 2
    a0 = 1 + alpha
    a1 = -2 * cos
    a2 = 1 - alpha
  } else if (kind === 'highpass') {
    b0 = (1 + cos) / 2
    b1 = -(1 + cos)
    b2 = (1 + cos) / 2
    a0 = 1 + alpha
    a1 = -2 * cos
    a2 = 1 - alpha
  } else if (kind === 'bandpass') {
    b0 = alpha
    b1 = 0
    b2 = -alpha
    a0 = 1 + alpha
    a1 = -2 * cos
    a2 = 1 - alpha
  } else {
    const A = 10 ** (gainDb / 40)
    b0 = 1 + alpha * A
    b1 = -2 * cos
    b2 = 1 - alpha * A
    a0 = 1 + alpha / A
    a1 = -2 * cos
    a2 = 1 - alpha / A
  }
  b0 /= a0
  b1 /= a0
  b2 /= a0
  a1 /= a0
  a2 /= a0
  let x1 = 0
  let x2 = 0
  let y1 = 0
  let y2 = 0
  return (x) => {
    const y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
    x2 = x1
    x1 = x
    y2 = y1
    y1 = y
    return y
  }
}

/** One-pole lowpass as a per-sample function. */
export function onePole(freq: number, sr = SAMPLE_RATE): (x: number) => number {
  const a = Math.exp((-2 * Math.PI * freq) / sr)
  let y = 0
  return (x) => {
    y = (1 - a) * x + a * y
    return y
  }
}

/** Chains per-sample functions. */
export function chain(...fs: Array<(x: number) => number>): (x: number) => number {
  return (x) => {
    let y = x
    for (const f of fs) y = f(y)
    return y
  }
}

/**
 * A mono Freeverb (Schroeder-Moorer: eight damped combs in parallel, four allpasses in series),
 * returning only the wet signal. `size` 0..1 sets the tail length, `damp` 0..1 its darkness.
 */
export function freeverb(size: number, damp: number, sr = SAMPLE_RATE): (x: number) => number {
  const scale = sr / 44100
  const combLengths = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617].map((l) => Math.round(l * scale))
  const allpassLengths = [556, 441, 341, 225].map((l) => Math.round(l * scale))
  const feedback = 0.7 + 0.28 * size
  const combs = combLengths.map((l) => ({ buf: new Float32Array(l), i: 0, store: 0 }))
  const allpasses = allpassLengths.map((l) => ({ buf: new Float32Array(l), i: 0 }))
  return (x) => {
    const input = x * 0.015
    let out = 0
    for (const c of combs) {
      const y = c.buf[c.i] as number
      c.store = y * (1 - damp) + c.store * damp
      c.buf[c.i] = input + c.store * feedback
      c.i = c.i + 1 === c.buf.length ? 0 : c.i + 1
      out += y
    }
    for (const a of allpasses) {
      const b = a.buf[a.i] as number
      a.buf[a.i] = out + b * 0.5
      out = b - out
      a.i = a.i + 1 === a.buf.length ? 0 : a.i + 1
    }
    return out
  }
}

export function peakOf(x: Float32Array): number {
  let p = 0
  for (let i = 0; i < x.length; i++) p = Math.max(p, Math.abs(x[i] as number))
  return p
}

export function rmsOf(x: Float32Array, from = 0, to = x.length): number {
  let s = 0
  for (let i = from; i < to; i++) s += (x[i] as number) ** 2
  return Math.sqrt(s / Math.max(1, to - from))
}

export const toDb = (x: number): number => 20 * Math.log10(Math.max(x, 1e-12))

export interface SeamReport {
  /** |first - last|: the step the wrap makes. */
  step: number
  /** The wrap's change of slope: |(first - last) - (last - beforeLast)|. */
  curvature: number
  /** The same measures' 99.9th percentile over the whole loop, for scale. */
  typicalStep: number
  typicalCurvature: number
}

function percentile(values: Float32Array, q: number): number {
  const sorted = Float32Array.from(values).sort()
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number
}

/** How the loop's end joins its start, compared with how neighbouring samples join inside it. */
export function seamReport(loop: Float32Array): SeamReport {
  const n = loop.length
  const at = (i: number) => loop[((i % n) + n) % n] as number
  const steps = new Float32Array(n)
  const curves = new Float32Array(n)
  for (let i = 0; i < n; i++) {
    steps[i] = Math.abs(at(i + 1) - at(i))
    curves[i] = Math.abs(at(i + 1) - 2 * at(i) + at(i - 1))
  }
  return {
    step: Math.abs(at(0) - at(n - 1)),
    curvature: Math.abs(at(0) - 2 * at(n - 1) + at(n - 2)),
    typicalStep: percentile(steps, 0.999),
    typicalCurvature: percentile(curves, 0.999),
  }
}
