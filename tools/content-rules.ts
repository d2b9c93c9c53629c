/**
 * Editorial rules `npm run content:check` applies to the manifest's texts, as pure functions
 * (manifest in, problems with JSON paths out) so that each can be tested on a small bad example.
 */
import type { Manifest } from '../src/manifest/schema'

export interface TextProblem {
  path: string
  message: string
}

type Texts = Record<string, string>

/** Every localized text in the manifest (an object whose values are all strings and which has `en`), with its JSON path. */
export function localizedTexts(value: unknown, path = '$'): Array<{ path: string; text: Texts }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`))
  if (typeof value !== 'object' || value === null) return []
  const record = value as Record<string, unknown>
  if (typeof record.en === 'string' && Object.values(record).every((v) => typeof v === 'string')) return [{ path, text: record as Texts }]
  return Object.entries(record).flatMap(([k, v]) => localizedTexts(v, `${path}.${k}`))
}

/** Every work with an image describes it in every language of the exhibition (alt text). */
export function missingAltText(manifest: Manifest): TextProblem[] {
  const problems: TextProblem[] = []
  manifest.artifacts.forEach((artifact, i) => {
    if (!artifact.assets.image) return
    const alt = artifact.alt as Record<string, string | undefined> | undefined
    const missing = manifest.exhibition.languages.filter((l) => !alt?.[l]?.trim())
    if (missing.length) problems.push({ path: `$.artifacts[${i}].alt`, message: `image has no alt text in ${missing.join(', ')}` })
  })
  return problems
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 }
function romanValue(s: string): number {
  let total = 0
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!
    const next = ROMAN[s[i + 1] ?? ''] ?? 0
    total += v < next ? -v : v
  }
  return total
}

const MONTHS: Array<[RegExp, number]> = [
  ['January|январ', 1], ['February|феврал', 2], ['March|март', 3], ['April|апрел', 4], ['May|ма[йяе]', 5], ['June|июн', 6],
  ['July|июл', 7], ['August|август', 8], ['September|сентябр', 9], ['October|октябр', 10], ['November|ноябр', 11], ['December|декабр', 12],
].map(([names, n]) => [new RegExp(`(?<!\\p{L})(?:${names})(?=\\p{L}|\\s|$|[,.;:)])`, 'gu'), n as number])

/**
 * The numbers a text names, as written in digits or as a month: "1,390", "1 390" and "1390" are one
 * number; "300 million", "3亿" and "300 миллионов" are one; a month name counts as its number, so
 * "14 February 1950", "1950年2月14日" and "14 февраля 1950" agree; a Russian century in Roman
 * numerals ("XVIII век") counts as its number. "3D" is a word, not a number, and so are "thirty", "三十".
 */
export function numbersIn(text: string): Set<string> {
  let plain = text
    .replace(/3D|三维/g, ' ')
    .replace(/(\d)[,\u00a0\u202f ](?=\d{3}(?!\d))/g, '$1')
    .replace(/\b([IVXL]+)(?=\s*(?:век|в\.))/g, (_, r: string) => String(romanValue(r)))
    .replace(/(\d+)\s*(?:million|миллион\p{L}*|млн)/gu, (_, n: string) => String(Number(n) * 1e6))
    .replace(/(\d+)\s*亿/g, (_, n: string) => String(Number(n) * 1e8))
    .replace(/(\d+)\s*万/g, (_, n: string) => String(Number(n) * 1e4))
  for (const [pattern, n] of MONTHS) plain = plain.replace(pattern, ` ${n} `)
  return new Set((plain.match(/\d+/g) ?? []).map((n) => String(Number(n))))
}

/** Every number and year in a text's English appears in each other language, and the other way round. */
export function numberParity(manifest: Manifest): TextProblem[] {
  const problems: TextProblem[] = []
  for (const { path, text } of localizedTexts(manifest)) {
    const en = numbersIn(text.en!)
    for (const lang of manifest.exhibition.languages) {
      if (lang === 'en' || text[lang] === undefined) continue
      const other = numbersIn(text[lang]!)
      const missing = [...en].filter((n) => !other.has(n))
      const extra = [...other].filter((n) => !en.has(n))
      if (missing.length) problems.push({ path: `${path}.${lang}`, message: `lacks ${missing.join(', ')} that the English names` })
      if (extra.length) problems.push({ path: `${path}.${lang}`, message: `names ${extra.join(', ')} that the English does not` })
    }
  }
  return problems
}

/** The years a text names, with decades ("1950s", "1950年代", "1950-е") as their ten years. */
export function yearsIn(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const m of text.matchAll(/(?<!\d)(1[89]\d\d|20\d\d)(?!\d)(s|年代|[-‑](?:ми|[ехм])(?!\p{L}))?/gu)) {
    const y = Number(m[1])
    spans.push(m[2] ? [y, y + 9] : [y, y])
  }
  return spans
}

/**
 * An artifact's date agrees with its texts: the years its label names span exactly its dated
 * years (so "Poster, 1950s" fits 1950-1959 and "Poster, 14 February 1950" cannot sit on a date of
 * 1953), and its description names at least one year within them.
 */
export function dateAgreement(manifest: Manifest): TextProblem[] {
  const problems: TextProblem[] = []
  manifest.artifacts.forEach((artifact, i) => {
    const from = Number(artifact.date.start.slice(0, 4))
    const to = Number((artifact.date.end ?? artifact.date.start).slice(0, 4))
    for (const lang of manifest.exhibition.languages) {
      const label = (artifact.label as Texts)[lang]
      if (label !== undefined) {
        const spans = yearsIn(label)
        if (spans.length === 0) problems.push({ path: `$.artifacts[${i}].label.${lang}`, message: `names no year; the date says ${from === to ? from : `${from}–${to}`}` })
        else {
          const lo = Math.min(...spans.map((s) => s[0]))
          const hi = Math.max(...spans.map((s) => s[1]))
          if (lo !== from || hi !== to) {
            problems.push({ path: `$.artifacts[${i}].label.${lang}`, message: `names ${lo === hi ? lo : `${lo}–${hi}`}, but the date says ${from === to ? from : `${from}–${to}`}` })
          }
        }
      }
      const description = (artifact.description as Texts)[lang]
      if (description !== undefined && !yearsIn(description).some(([lo, hi]) => hi >= from && lo <= to)) {
        problems.push({ path: `$.artifacts[${i}].description.${lang}`, message: `names no year within the date ${from === to ? from : `${from}–${to}`}` })
      }
    }
  })
  return problems
}

export interface LoadedTerm {
  lang: string
  pattern: string
  reason: string
}

/** The collection's own names (the exhibition's and the rooms' titles) in every language, longest first. */
export function collectionNames(manifest: Manifest): string[] {
  const names = [manifest.exhibition.title, ...manifest.rooms.map((r) => r.title)].flatMap((t) => Object.values(t as Texts))
  return [...new Set(names)].sort((a, b) => b.length - a.length)
}

/** No visitor-facing text uses a loaded term in its own voice; quoting one of the collection's names is allowed. */
export function loadedTerms(manifest: Manifest, terms: LoadedTerm[]): TextProblem[] {
  const problems: TextProblem[] = []
  const names = collectionNames(manifest)
  for (const { path, text } of localizedTexts(manifest)) {
    for (const [lang, value] of Object.entries(text)) {
      let own = value
      for (const name of names) own = own.split(name).join(' ')
      for (const term of terms) {
        if (term.lang !== lang) continue
        const found = new RegExp(term.pattern, 'iu').exec(own)
        if (found) problems.push({ path: `${path}.${lang}`, message: `uses “${found[0]}” (${term.reason})` })
      }
    }
  }
  return problems
}

/** How a medium line and a credit line say, in each language, that a work was made for the exhibition. */
export const MADE_FOR_EXHIBITION: Record<string, { medium: RegExp; credit: RegExp }> = {
  en: { medium: /\b(digital|3D model)\b/i, credit: /\bmade for (this|the) exhibition\b/i },
  zh: { medium: /数字|三维模型/, credit: /本展览/ },
  ru: { medium: /цифров|3D-модел/i, credit: /для (этой )?выставки/i },
}

/** A work is made for the exhibition when its creator or its rights name the exhibition. */
export function madeForExhibition(artifact: Manifest['artifacts'][number]): boolean {
  return /exhibition/i.test(artifact.rights) || /exhibition/i.test(artifact.creator.en)
}

/** The medium and credit lines of every work made for the exhibition say so, in each language. */
export function exhibitionMadeDeclared(manifest: Manifest, markers = MADE_FOR_EXHIBITION): TextProblem[] {
  const problems: TextProblem[] = []
  manifest.artifacts.forEach((artifact, i) => {
    if (!madeForExhibition(artifact)) return
    for (const lang of manifest.exhibition.languages) {
      const marker = markers[lang]
      if (!marker) {
        problems.push({ path: `$.artifacts[${i}]`, message: `no rule for how ${lang} says "made for this exhibition"` })
        continue
      }
      const medium = (artifact.medium as Texts)[lang]
      const credit = (artifact.credit as Texts)[lang]
      if (medium !== undefined && !marker.medium.test(medium)) problems.push({ path: `$.artifacts[${i}].medium.${lang}`, message: 'does not say the work is a digital image or a 3D model' })
      if (credit !== undefined && !marker.credit.test(credit)) problems.push({ path: `$.artifacts[${i}].credit.${lang}`, message: 'does not say the work was made for this exhibition' })
    }
  })
  return problems
}
