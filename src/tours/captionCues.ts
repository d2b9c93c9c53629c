/**
 * A narration shown as subtitles are: a few lines at a time, not an 80-word paragraph over the
 * work (on a phone that covered half the view). The text is cut at sentence ends (Intl.Segmenter,
 * in the text's language), short sentences joined and long ones broken at spaces or between CJK
 * characters (the one line breaker, i18n/wrapLines), each cue at most `maxUnits` wide (a CJK
 * character counts two). Each cue knows where it starts in the text (for speech, whose boundary
 * events give a character index) and at what share of the reading time (for captions alone and
 * recordings, which give a time).
 */
import { wrapLines } from '../i18n/wrapLines'
import { wordsReadingMs } from './narration'

export interface CaptionCue {
  text: string
  /** Index in the narration text where the cue starts. */
  offset: number
  /** Share of the narration's time (0..1) at which the cue comes up. */
  at: number
}

/** About two subtitle lines: 42 Latin characters a line, or 21 Chinese. */
export const CUE_UNITS = 90

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u

/** Width in units: one a Latin or Cyrillic character, two an ideograph. */
export function cueWidth(text: string): number {
  let units = 0
  for (const ch of text) units += WIDE.test(ch) ? 2 : 1
  return units
}

/** The narration `text` (in `language`) as cues, in order; a text that fits is one cue. */
export function captionCues(text: string, language: string, maxUnits = CUE_UNITS): CaptionCue[] {
  const pieces: string[] = []
  for (const { segment } of new Intl.Segmenter(language, { granularity: 'sentence' }).segment(text)) {
    const sentence = segment.trim()
    if (!sentence) continue
    if (cueWidth(sentence) <= maxUnits) pieces.push(sentence)
    // A long sentence: at its clauses, and a clause still too long between words.
    else for (const part of join(sentence.split(CLAUSE_END), maxUnits)) pieces.push(...(cueWidth(part) <= maxUnits ? [part] : wrapLines(part, maxUnits, cueWidth, { hang: true })))
  }
  const cues = join(pieces, maxUnits)
  const weights = cues.map((cue) => Math.max(1, wordsReadingMs(cue)))
  const total = weights.reduce((a, b) => a + b, 0)
  let cursor = 0
  let elapsed = 0
  return cues.map((cue, i) => {
    // Each cue starts in the text as it is written (joins put back the space that was there).
    const found = text.indexOf(cue.slice(0, 16), cursor)
    const offset = found >= 0 ? found : cursor
    cursor = offset + 1
    const at = elapsed / total
    elapsed += weights[i]!
    return { text: cue, offset, at }
  })
}

/** After a clause's comma, semicolon, colon or dash (Latin, Cyrillic and CJK forms). */
const CLAUSE_END = /(?<=[,;:—，；：、])\s*/u
/** A piece this short ("Welcome.") would flash by alone: it joins its neighbour, a little over the width if need be. */
const TINY_UNITS = 24

/** Neighbouring pieces joined while they fit (`maxUnits`; a tiny one with its neighbour up to 1.4 times that). */
function join(pieces: readonly string[], maxUnits: number): string[] {
  const out: string[] = []
  for (const piece of pieces.filter((p) => p.trim() !== '')) {
    const last = out.at(-1)
    if (last === undefined) {
      out.push(piece)
      continue
    }
    const together = WIDE.test(last.at(-1) ?? '') ? last + piece : `${last} ${piece}`
    const tiny = cueWidth(last) < TINY_UNITS || cueWidth(piece) < TINY_UNITS
    if (cueWidth(together) <= (tiny ? maxUnits * 1.4 : maxUnits)) out[out.length - 1] = together
    else out.push(piece)
  }
  return out
}

/** The last cue whose `key` (its time share or its offset) is at or before `value`. */
function lastAtOrBefore(cues: readonly CaptionCue[], key: 'at' | 'offset', value: number): number {
  let index = 0
  for (let i = 0; i < cues.length; i++) if (cues[i]![key] <= value) index = i
  return index
}

/** The cue showing at a share `fraction` of the narration's time. */
export const cueAtTime = (cues: readonly CaptionCue[], fraction: number): number => lastAtOrBefore(cues, 'at', fraction)

/** The cue being spoken at character `charIndex` of the text. */
export const cueAtChar = (cues: readonly CaptionCue[], charIndex: number): number => lastAtOrBefore(cues, 'offset', charIndex)
