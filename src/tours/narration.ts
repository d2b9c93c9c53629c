/**
 * How a tour stop's narration is delivered, and how long caption-only narration stays up.
 *
 * Recorded audio in the visitor's language wins; otherwise the browser's speech synthesis reads
 * the text if it has a voice for that language; otherwise the text is shown as captions alone,
 * for a reading time worked out from its length.
 */
import type { TourStop } from '../manifest/schema'

export type NarrationMode = 'recorded' | 'speech' | 'captions'

export interface NarrationPlan {
  mode: NarrationMode
  /** The language of the text (and of the audio or voice): the visitor's, or English as fallback. */
  language: string
  text: string
  /** For 'recorded': the file (relative to the manifest, as in `stop.audio`). */
  audio?: string
  /** Reading time for this text, milliseconds (unscaled). */
  readingMs: number
}

/** Reading speed for languages written in words, and for Chinese/Japanese characters. */
export const MS_PER_WORD = 200
export const MS_PER_CJK_CHAR = 120
export const MIN_READING_MS = 4000
export const MAX_READING_MS = 40000

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu

/**
 * Milliseconds a visitor needs to read `text`: 200 ms per word (whitespace-separated tokens with a
 * letter or digit) plus 120 ms per CJK character, between 4 s and 40 s. Mixed text counts both.
 */
export function readingTimeMs(text: string): number {
  return Math.min(MAX_READING_MS, Math.max(MIN_READING_MS, wordsReadingMs(text)))
}

/** The reading time of `text` by its words and characters alone, unbounded (a part of a narration's time). */
export function wordsReadingMs(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0
  const words = text
    .replace(CJK, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length
  return words * MS_PER_WORD + cjk * MS_PER_CJK_CHAR
}

/** The primary subtag of a BCP-47 tag, lower-cased: "zh-CN" and "zh_CN" -> "zh". */
export function primaryLanguage(tag: string): string {
  return tag.trim().replace(/_/g, '-').split('-')[0]?.toLowerCase() ?? ''
}

/** Whether any of the browser's voices (their `lang` tags) speaks `language`. */
export function hasVoiceFor(voiceLanguages: readonly string[], language: string): boolean {
  const want = primaryLanguage(language)
  return want !== '' && voiceLanguages.some((v) => primaryLanguage(v) === want)
}

/** What the tour needs to know of a `SpeechSynthesisVoice`. */
export interface VoiceInfo {
  lang: string
  /** False for a cloud voice: speaking with it sends the narration text to a speech vendor. */
  localService: boolean
  name?: string
  default?: boolean
}

/** Only voices that run on the device: children's words and the museum's texts stay here. */
export function localVoices<V extends VoiceInfo>(voices: readonly V[]): V[] {
  return voices.filter((v) => v.localService === true)
}

/**
 * The local voice to read `language` with (the browser's default among equals), or null:
 * then the narration is captioned, never left to the browser's own pick, which may be a cloud voice.
 */
export function pickLocalVoice<V extends VoiceInfo>(voices: readonly V[], language: string): V | null {
  const want = primaryLanguage(language)
  if (want === '') return null
  const fitting = localVoices(voices).filter((v) => primaryLanguage(v.lang) === want)
  return fitting.find((v) => v.default) ?? fitting[0] ?? null
}

/** Chooses how to narrate a stop for a visitor reading `language`, given the browser's voices. */
export function narrationFor(stop: TourStop, language: string, voiceLanguages: readonly string[]): NarrationPlan {
  const own = stop.narration[language]
  const textLanguage = own !== undefined ? language : 'en'
  const text = own ?? stop.narration.en
  const readingMs = readingTimeMs(text)
  const recorded = stop.audio?.[language] !== undefined ? language : stop.audio?.[textLanguage] !== undefined ? textLanguage : null
  if (recorded !== null) return { mode: 'recorded', language: recorded, text: stop.narration[recorded] ?? text, audio: stop.audio?.[recorded] as string, readingMs }
  if (hasVoiceFor(voiceLanguages, textLanguage)) return { mode: 'speech', language: textLanguage, text, readingMs }
  return { mode: 'captions', language: textLanguage, text, readingMs }
}

/** Just the mode (see narrationFor). */
export function narrationMode(stop: TourStop, language: string, voiceLanguages: readonly string[]): NarrationMode {
  return narrationFor(stop, language, voiceLanguages).mode
}
