/**
 * A small text notation for melodies, so tunes read like a lead sheet in the source:
 *
 *   'G4:1 E4:.5 F4:.5 | G4:1 E4:.5 F4:.5 | r:2'
 *
 * Each token is `<pitch>:<beats>`; the pitch is a note name with an optional accidental (`#`, `b`)
 * and an octave (scientific pitch, A4 = 440 Hz), or `r` for a rest. `|` marks bar lines: they are
 * checked against the metre, so a wrong duration is caught when the music is built.
 */

export interface Note {
  /** MIDI note number, or null for a rest. */
  midi: number | null
  /** Start, in beats from the start of the phrase. */
  start: number
  beats: number
}

export interface Phrase {
  notes: Note[]
  beats: number
}

const STEPS: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 }

/** 'C4' -> 60, 'Bb3' -> 58, 'F#5' -> 78. */
export function midiOf(name: string): number {
  const m = /^([A-G])(#|b)?(-?\d)$/.exec(name)
  if (!m) throw new Error(`"${name}" is not a note name such as C4, Bb3 or F#5`)
  const step = STEPS[m[1] as string] as number
  const accidental = m[2] === '#' ? 1 : m[2] === 'b' ? -1 : 0
  return 12 * (Number(m[3]) + 1) + step + accidental
}

export function frequencyOf(midi: number): number {
  return 440 * 2 ** ((midi - 69) / 12)
}

/**
 * Parses a phrase. With `beatsPerBar`, every bar between `|` marks must add up to it (the first
 * bar may be shorter: a pickup).
 */
export function phrase(text: string, beatsPerBar?: number): Phrase {
  const notes: Note[] = []
  let t = 0
  let barStart = 0
  let bar = 0
  const closeBar = () => {
    const length = t - barStart
    if (beatsPerBar !== undefined && length > 0 && Math.abs(length - beatsPerBar) > 1e-9 && !(bar === 0 && length < beatsPerBar)) {
      throw new Error(`bar ${bar + 1} of "${text.slice(0, 40)}..." lasts ${length} beats, not ${beatsPerBar}`)
    }
    bar += 1
    barStart = t
  }
  for (const token of text.split(/\s+/).filter(Boolean)) {
    if (token === '|') {
      closeBar()
      continue
    }
    const m = /^([^:]+):(\d*\.?\d+)$/.exec(token)
    if (!m) throw new Error(`"${token}" is not a note such as G4:1 or r:.5`)
    const beats = Number(m[2])
    notes.push({ midi: m[1] === 'r' ? null : midiOf(m[1] as string), start: t, beats })
    t += beats
  }
  closeBar()
  return { notes, beats: t }
}

export function transpose(p: Phrase, semitones: number): Phrase {
  return { beats: p.beats, notes: p.notes.map((n) => ({ ...n, midi: n.midi === null ? null : n.midi + semitones })) }
}

/** Phrases one after another. */
export function concat(...phrases: Phrase[]): Phrase {
  const notes: Note[] = []
  let t = 0
  for (const p of phrases) {
    for (const n of p.notes) notes.push({ ...n, start: n.start + t })
    t += p.beats
  }
  return { notes, beats: t }
}

/** Chord symbols to MIDI notes (root position, root in octave 3). Enough for folk harmony. */
const QUALITIES: Record<string, number[]> = {
  '': [0, 4, 7],
  m: [0, 3, 7],
  '7': [0, 4, 7, 10],
  m6: [0, 3, 7, 9],
  '5': [0, 7],
  dim: [0, 3, 6],
}

export interface Chord {
  root: number
  tones: number[]
  symbol: string
}

export function chord(symbol: string): Chord {
  const m = /^([A-G])(#|b)?(m6|m|7|5|dim)?$/.exec(symbol)
  if (!m) throw new Error(`"${symbol}" is not a chord symbol such as Dm, A7 or F`)
  const root = midiOf(`${m[1]}${m[2] ?? ''}3`)
  const quality = QUALITIES[m[3] ?? ''] as number[]
  return { root, tones: quality.map((q) => root + q), symbol }
}

/** A chord chart: 'A7 A7 | Dm' gives one chord per bar (two in a bar split it evenly). */
export function chordChart(text: string, beatsPerBar: number): Array<{ chord: Chord; start: number; beats: number }> {
  const out: Array<{ chord: Chord; start: number; beats: number }> = []
  const bars = text.split('|').map((b) => b.trim().split(/\s+/).filter(Boolean))
  bars.forEach((symbols, i) => {
    const each = beatsPerBar / symbols.length
    symbols.forEach((s, k) => out.push({ chord: chord(s), start: i * beatsPerBar + k * each, beats: each }))
  })
  return out
}
