/**
 * A score: timed notes for the instruments plus the room's effects, in beats. Helpers here turn
 * phrases and chord charts into events (melody lines, pads, oom-pah and waltz accompaniments,
 * arpeggios), so each room's arrangement reads as a short list of musical decisions.
 */
import type { InstrumentId } from './instruments'
import type { Chord, Phrase } from './notation'

export interface ScoreEvent {
  instrument: InstrumentId
  beat: number
  beats: number
  midi: number
  velocity: number
}

export interface RoomEffects {
  /** Reverb: size 0..1, damping 0..1, and the wet level. */
  reverb: { size: number; damp: number; mix: number }
  /** Band-limit like an old gramophone (horn and shellac). */
  gramophone: boolean
  /** Vinyl/shellac surface noise, 0 (none) to 1. */
  crackle: number
  /** A faint, cold air noise under sparse music, 0..1. */
  air: number
  /** The loop's target loudness (RMS, dBFS); the peak is kept under PEAK_CEILING regardless. */
  targetRmsDb: number
}

export interface Score {
  /** Loop length in beats. */
  beats: number
  /** Loop length in units of 56,448 samples (1.28 s at 44.1 kHz). */
  units: number
  events: ScoreEvent[]
  effects: RoomEffects
}

/**
 * 56,448 samples = 441 · 128 = 1152 · 49: a loop made of these units lasts a whole number of
 * 10 ms (so it is a whole number of samples at 48 kHz too) and a whole number of MP3 frames.
 */
export const LOOP_UNIT = 56448

export class ScoreBuilder {
  readonly events: ScoreEvent[] = []

  /** A melody line. `legato` is the share of each written length that is held. */
  melody(p: Phrase, o: { instrument: InstrumentId; at: number; velocity?: number; octave?: number; legato?: number; accents?: number; from?: number; to?: number }): this {
    const { instrument, at } = o
    for (const n of p.notes) {
      if (n.midi === null) continue
      if (o.from !== undefined && n.start < o.from) continue
      if (o.to !== undefined && n.start >= o.to) continue
      const onBeat = Math.abs(n.start - Math.round(n.start)) < 1e-9
      const v = (o.velocity ?? 0.8) * (onBeat ? 1 : 1 - (o.accents ?? 0.12))
      this.events.push({ instrument, beat: at + n.start - (o.from ?? 0), beats: n.beats * (o.legato ?? 0.95), midi: n.midi + 12 * (o.octave ?? 0), velocity: v })
    }
    return this
  }

  /** Sustained chords: each chord held for its length, voiced close around `centre`. */
  pad(chart: Array<{ chord: Chord; start: number; beats: number }>, o: { instrument: InstrumentId; at: number; centre?: number; velocity?: number; fifths?: boolean; overlap?: number }): this {
    for (const c of chart) {
      const tones = o.fifths ? [c.chord.root, c.chord.root + 7, c.chord.root + 12] : voice(c.chord, o.centre ?? 57)
      const centreShift = o.fifths ? 12 * Math.round(((o.centre ?? 50) - c.chord.root - 6) / 12) : 0
      for (const m of tones) this.events.push({ instrument: o.instrument, beat: o.at + c.start, beats: c.beats + (o.overlap ?? 0.1), midi: m + centreShift, velocity: o.velocity ?? 0.5 })
    }
    return this
  }

  /** Bass on the strong beats (root, then fifth), chords on the weak ones: a march or polka. */
  oomPah(chart: Array<{ chord: Chord; start: number; beats: number }>, o: { at: number; beatsPerBar: number; bass: InstrumentId; chords: InstrumentId; velocity?: number; chordCentre?: number; bassOctave?: number }): this {
    const v = o.velocity ?? 0.6
    for (const c of chart) {
      for (let b = 0; b < c.beats; b++) {
        const beat = o.at + c.start + b
        const barBeat = Math.round(c.start + b) % o.beatsPerBar
        if (barBeat % 2 === 0) {
          const fifth = barBeat !== 0 && o.beatsPerBar > 2 ? 7 : 0
          const root = c.chord.root - 12 + 12 * (o.bassOctave ?? 0) + (fifth && c.chord.tones.length > 2 ? fifth - 12 : 0)
          this.events.push({ instrument: o.bass, beat, beats: 0.9, midi: root, velocity: v })
          if (o.beatsPerBar === 2) for (const m of voice(c.chord, o.chordCentre ?? 62)) this.events.push({ instrument: o.chords, beat: beat + 0.5, beats: 0.4, midi: m, velocity: v * 0.55 })
        } else {
          for (const m of voice(c.chord, o.chordCentre ?? 62)) this.events.push({ instrument: o.chords, beat, beats: 0.45, midi: m, velocity: v * 0.6 })
        }
      }
    }
    return this
  }

  /** Waltz: bass on one, chord on two and three. */
  waltz(chart: Array<{ chord: Chord; start: number; beats: number }>, o: { at: number; bass: InstrumentId; chords: InstrumentId; velocity?: number; chordCentre?: number }): this {
    const v = o.velocity ?? 0.55
    for (const c of chart) {
      this.events.push({ instrument: o.bass, beat: o.at + c.start, beats: 1.5, midi: c.chord.root - 12, velocity: v })
      for (const b of [1, 2]) for (const m of voice(c.chord, o.chordCentre ?? 60)) this.events.push({ instrument: o.chords, beat: o.at + c.start + b, beats: 0.6, midi: m, velocity: v * (b === 1 ? 0.55 : 0.45) })
    }
    return this
  }

  /** Broken chords: `pattern` picks chord tones (0 root, 1 third/fifth..., 7+ up an octave) every `step` beats. */
  arpeggio(chart: Array<{ chord: Chord; start: number; beats: number }>, o: { instrument: InstrumentId; at: number; step: number; pattern: number[]; octave?: number; velocity?: number; legato?: number }): this {
    let k = 0
    for (const c of chart) {
      const tones = c.chord.tones.length > 3 ? c.chord.tones.slice(0, 3) : c.chord.tones
      for (let t = 0; t < c.beats - 1e-9; t += o.step, k++) {
        const index = o.pattern[k % o.pattern.length] as number
        const tone = (tones[index % tones.length] as number) + 12 * Math.floor(index / tones.length) + 12 * (o.octave ?? 0)
        this.events.push({ instrument: o.instrument, beat: o.at + c.start + t, beats: o.step * (o.legato ?? 1.5), midi: tone, velocity: (o.velocity ?? 0.45) * (t === 0 ? 1.1 : 1) })
      }
    }
    return this
  }

  note(instrument: InstrumentId, beat: number, beats: number, midi: number, velocity = 0.6): this {
    this.events.push({ instrument, beat, beats, midi, velocity })
    return this
  }
}

/** The chord's tones, each moved by octaves to lie within a fifth or so of `centre`, sorted. */
export function voice(c: Chord, centre: number): number[] {
  return c.tones
    .map((m) => {
      let x = m
      while (x < centre - 6) x += 12
      while (x > centre + 6) x -= 12
      return x
    })
    .sort((a, b) => a - b)
}
