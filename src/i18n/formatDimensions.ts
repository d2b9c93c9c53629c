/** Sizes as a museum label writes them. */
import type { Dimensions } from '../manifest/schema'
import { baseLanguage } from './localize'

const UNITS: Record<string, string> = { en: 'cm', zh: '厘米', ru: 'см' }

function formatNumber(value: number, lang: string): string {
  // One decimal at most; Russian writes a decimal comma. No grouping: "2000 cm", not "2,000 cm".
  const rounded = Math.round(value * 10) / 10
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1)
  return lang === 'ru' ? text.replace('.', ',') : text
}

/**
 * The size of a work in centimetres, in the museum order height × width (× depth):
 * `{ width: 85, height: 60 }` is "60 × 85 cm", Chinese "60 × 85 厘米", Russian "60 × 85 см".
 */
export function formatDimensions(dimensions: Dimensions, lang: string): string {
  const base = baseLanguage(lang)
  const unit = UNITS[base] ?? UNITS.en
  const values = [dimensions.height, dimensions.width]
  if (dimensions.depth !== undefined) values.push(dimensions.depth)
  return `${values.map((v) => formatNumber(v, base)).join(' × ')} ${unit}`
}
