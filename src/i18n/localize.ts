/**
 * Picking a visitor's language out of manifest text. English is required by the schema, so it
 * is the last resort; a missing translation never shows an empty label.
 */
import type { LocalizedText } from '../manifest/schema'

/** Manifest text in any shape close enough to `LocalizedText` (the UI also passes partial records). */
export type LocalizedLike = LocalizedText | Readonly<Record<string, string | undefined>>

/** The base language of a tag: `zh-Hans-CN` -> `zh`. */
export function baseLanguage(lang: string): string {
  return lang.split(/[-_]/)[0]?.toLowerCase() ?? lang
}

/**
 * The text in `lang`, and the language it actually came in (for an HTML `lang` attribute when
 * it fell back). Tries the exact tag, then its base language, then a regional variant of the
 * base, then English.
 */
export function pickLocalized(text: LocalizedLike | undefined, lang: string): { text: string; lang: string } {
  if (!text) return { text: '', lang: 'en' }
  const record = text as Readonly<Record<string, string | undefined>>
  const exact = record[lang]
  if (exact) return { text: exact, lang }
  const base = baseLanguage(lang)
  const ofBase = record[base]
  if (ofBase) return { text: ofBase, lang: base }
  for (const key of Object.keys(record)) {
    const value = record[key]
    if (value && baseLanguage(key) === base) return { text: value, lang: key }
  }
  const en = record.en
  if (en) return { text: en, lang: 'en' }
  // Not reachable with a valid manifest (English is required), but never show nothing.
  for (const key of Object.keys(record)) {
    const value = record[key]
    if (value) return { text: value, lang: key }
  }
  return { text: '', lang: 'en' }
}

/** The text in `lang`, falling back to English. `localize(undefined, lang)` is `''`. */
export function localize(text: LocalizedLike | undefined, lang: string): string {
  return pickLocalized(text, lang).text
}
