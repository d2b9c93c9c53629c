/**
 * Dates as a museum label writes them, in English, Chinese and Russian. Hand-written rather than
 * Intl.DateTimeFormat so labels are the same in every browser and in tests.
 */
import type { Dating } from '../manifest/schema'
import { baseLanguage } from './localize'

interface PartialDate {
  year: number
  month?: number
  day?: number
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const RU_MONTHS_NOMINATIVE = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь']
const RU_MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']

/** Parses "1950", "1950-02" or "1950-02-14". */
export function parsePartialDate(value: string): PartialDate {
  const [y, m, d] = value.split('-')
  const date: PartialDate = { year: Number(y) }
  if (m !== undefined) date.month = Number(m)
  if (d !== undefined) date.day = Number(d)
  return date
}

const sameDate = (a: PartialDate, b: PartialDate) => a.year === b.year && a.month === b.month && a.day === b.day

function monthName(names: string[], month: number): string {
  return names[month - 1] ?? String(month)
}

// ---- English: "14 February 1950", "February–May 1950", "c. 1955" ----

function enDate(d: PartialDate, withYear = true): string {
  const parts: string[] = []
  if (d.day !== undefined) parts.push(String(d.day))
  if (d.month !== undefined) parts.push(monthName(EN_MONTHS, d.month))
  if (withYear) parts.push(String(d.year))
  return parts.join(' ')
}

function enRange(a: PartialDate, b: PartialDate): string {
  if (a.month === undefined && b.month === undefined) return `${a.year}–${b.year}`
  if (a.year === b.year && a.month !== undefined && b.month !== undefined) {
    if (a.day === undefined && b.day === undefined) return `${enDate(a, false)}–${enDate(b)}`
    if (a.month === b.month && a.day !== undefined && b.day !== undefined) return `${a.day}–${enDate(b)}`
    if (a.day !== undefined && b.day !== undefined) return `${enDate(a, false)} – ${enDate(b)}`
  }
  return `${enDate(a)} – ${enDate(b)}`
}

// ---- Chinese: "1950年2月14日", "1953—1957年", "约1955年" ----

function zhDate(d: PartialDate, withYear = true): string {
  let out = withYear ? `${d.year}年` : ''
  if (d.month !== undefined) out += `${d.month}月`
  if (d.day !== undefined) out += `${d.day}日`
  return out
}

function zhRange(a: PartialDate, b: PartialDate): string {
  // GB/T 15834: a span of time takes the one-em dash.
  if (a.month === undefined && b.month === undefined) return `${a.year}—${b.year}年`
  if (a.year === b.year && a.month !== undefined && b.month !== undefined) {
    if (a.day === undefined && b.day === undefined) return `${a.year}年${a.month}—${b.month}月`
    if (a.month === b.month && a.day !== undefined && b.day !== undefined) return `${a.year}年${a.month}月${a.day}—${b.day}日`
    if (a.day !== undefined && b.day !== undefined) return `${zhDate(a)}—${zhDate(b, false)}`
  }
  return `${zhDate(a)}—${zhDate(b)}`
}

// ---- Russian: "14 февраля 1950 г.", "1953–1957", "около 1955 г." ----

/** `genitive` after "около" (and always with a day: "14 февраля"). */
function ruDate(d: PartialDate, genitive: boolean, withYear = true): string {
  const parts: string[] = []
  if (d.day !== undefined) parts.push(String(d.day))
  if (d.month !== undefined) {
    parts.push(monthName(genitive || d.day !== undefined ? RU_MONTHS_GENITIVE : RU_MONTHS_NOMINATIVE, d.month))
  }
  if (withYear) parts.push(`${d.year} г.`)
  return parts.join(' ')
}

function ruSingle(d: PartialDate, approximate: boolean): string {
  if (d.month === undefined) return approximate ? `около ${d.year} г.` : String(d.year)
  return approximate ? `около ${ruDate(d, true)}` : ruDate(d, false)
}

function ruRange(a: PartialDate, b: PartialDate, approximate: boolean): string {
  const prefix = approximate ? 'около ' : ''
  if (a.month === undefined && b.month === undefined) {
    return approximate ? `около ${a.year}–${b.year} гг.` : `${a.year}–${b.year}`
  }
  if (a.year === b.year && a.month !== undefined && b.month !== undefined) {
    if (a.day === undefined && b.day === undefined) {
      return `${prefix}${ruDate(a, approximate, false)}–${ruDate(b, approximate)}`
    }
    if (a.month === b.month && a.day !== undefined && b.day !== undefined) return `${prefix}${a.day}–${ruDate(b, true)}`
    if (a.day !== undefined && b.day !== undefined) return `${prefix}${ruDate(a, true, false)} – ${ruDate(b, true)}`
  }
  const start = a.month === undefined ? `${a.year} г.` : ruDate(a, approximate)
  const end = b.month === undefined ? `${b.year} г.` : ruDate(b, approximate)
  return `${prefix}${start} – ${end}`
}

/**
 * A dating as a label line: "1950", "1953–1957", "c. 1955", "14 February 1950";
 * Chinese "1950年", "1953—1957年", "约1955年"; Russian "1950", "1953–1957", "около 1955 г.",
 * "14 февраля 1950 г.". Languages other than zh and ru get English.
 */
export function formatDating(dating: Dating, lang: string): string {
  const start = parsePartialDate(dating.start)
  const end = dating.end === undefined ? undefined : parsePartialDate(dating.end)
  const range = end !== undefined && !sameDate(start, end) ? end : undefined
  const approximate = dating.approximate === true
  switch (baseLanguage(lang)) {
    case 'zh': {
      const text = range ? zhRange(start, range) : zhDate(start)
      return approximate ? `约${text}` : text
    }
    case 'ru':
      return range ? ruRange(start, range, approximate) : ruSingle(start, approximate)
    default: {
      const text = range ? enRange(start, range) : enDate(start)
      return approximate ? `c. ${text}` : text
    }
  }
}
