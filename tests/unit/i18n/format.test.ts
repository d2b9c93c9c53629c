import { describe, expect, it } from 'vitest'
import { formatDating } from '../../../src/i18n/formatDating'
import { formatDimensions } from '../../../src/i18n/formatDimensions'

const d = (start: string, end?: string, approximate = false) => ({ start, end, approximate })

describe('formatDating', () => {
  it('writes a year', () => {
    expect(formatDating(d('1950'), 'en')).toBe('1950')
    expect(formatDating(d('1950'), 'zh')).toBe('1950年')
    expect(formatDating(d('1950'), 'ru')).toBe('1950')
  })

  it('writes a span of years', () => {
    expect(formatDating(d('1953', '1957'), 'en')).toBe('1953–1957')
    expect(formatDating(d('1953', '1957'), 'zh')).toBe('1953—1957年')
    expect(formatDating(d('1953', '1957'), 'ru')).toBe('1953–1957')
  })

  it('writes an approximate year', () => {
    expect(formatDating(d('1955', undefined, true), 'en')).toBe('c. 1955')
    expect(formatDating(d('1955', undefined, true), 'zh')).toBe('约1955年')
    expect(formatDating(d('1955', undefined, true), 'ru')).toBe('около 1955 г.')
  })

  it('writes an approximate span', () => {
    expect(formatDating(d('1953', '1957', true), 'en')).toBe('c. 1953–1957')
    expect(formatDating(d('1953', '1957', true), 'zh')).toBe('约1953—1957年')
    expect(formatDating(d('1953', '1957', true), 'ru')).toBe('около 1953–1957 гг.')
  })

  it('writes months and days in each language’s label style', () => {
    expect(formatDating(d('1950-02'), 'en')).toBe('February 1950')
    expect(formatDating(d('1950-02-14'), 'en')).toBe('14 February 1950')
    expect(formatDating(d('1950-02'), 'zh')).toBe('1950年2月')
    expect(formatDating(d('1950-02-14'), 'zh')).toBe('1950年2月14日')
    expect(formatDating(d('1950-02'), 'ru')).toBe('февраль 1950 г.')
    expect(formatDating(d('1950-02-14'), 'ru')).toBe('14 февраля 1950 г.')
    expect(formatDating(d('1950-02', undefined, true), 'ru')).toBe('около февраля 1950 г.')
  })

  it('shares the year (and month) of a span within one year', () => {
    expect(formatDating(d('1950-02', '1950-05'), 'en')).toBe('February–May 1950')
    expect(formatDating(d('1950-02', '1950-05'), 'zh')).toBe('1950年2—5月')
    expect(formatDating(d('1950-02', '1950-05'), 'ru')).toBe('февраль–май 1950 г.')
    expect(formatDating(d('1950-02-14', '1950-02-20'), 'en')).toBe('14–20 February 1950')
    expect(formatDating(d('1950-02-14', '1950-02-20'), 'zh')).toBe('1950年2月14—20日')
    expect(formatDating(d('1950-02-14', '1950-02-20'), 'ru')).toBe('14–20 февраля 1950 г.')
    expect(formatDating(d('1950-02-14', '1950-03-03'), 'en')).toBe('14 February – 3 March 1950')
    expect(formatDating(d('1950-02-14', '1950-03-03'), 'zh')).toBe('1950年2月14日—3月3日')
    expect(formatDating(d('1950-02-14', '1950-03-03'), 'ru')).toBe('14 февраля – 3 марта 1950 г.')
  })

  it('writes spans across years with months in full', () => {
    expect(formatDating(d('1950-02', '1951-05'), 'en')).toBe('February 1950 – May 1951')
    expect(formatDating(d('1950-02', '1951-05'), 'zh')).toBe('1950年2月—1951年5月')
    expect(formatDating(d('1950-02', '1951-05'), 'ru')).toBe('февраль 1950 г. – май 1951 г.')
    expect(formatDating(d('1950', '1951-05'), 'en')).toBe('1950 – May 1951')
  })

  it('treats an end equal to the start as one date', () => {
    expect(formatDating(d('1950', '1950'), 'en')).toBe('1950')
    expect(formatDating(d('1950-02-14', '1950-02-14'), 'zh')).toBe('1950年2月14日')
  })

  it('uses English for other languages and the base of regional tags', () => {
    expect(formatDating(d('1955', undefined, true), 'de')).toBe('c. 1955')
    expect(formatDating(d('1955', undefined, true), 'zh-CN')).toBe('约1955年')
  })
})

describe('formatDimensions', () => {
  it('writes height × width in centimetres', () => {
    expect(formatDimensions({ width: 85, height: 60 }, 'en')).toBe('60 × 85 cm')
    expect(formatDimensions({ width: 85, height: 60 }, 'zh')).toBe('60 × 85 厘米')
    expect(formatDimensions({ width: 85, height: 60 }, 'ru')).toBe('60 × 85 см')
  })

  it('adds the depth when given', () => {
    expect(formatDimensions({ width: 40, height: 30, depth: 12 }, 'en')).toBe('30 × 40 × 12 cm')
    expect(formatDimensions({ width: 40, height: 30, depth: 12 }, 'zh')).toBe('30 × 40 × 12 厘米')
    expect(formatDimensions({ width: 40, height: 30, depth: 12 }, 'ru')).toBe('30 × 40 × 12 см')
  })

  it('writes decimals as each language does, without grouping', () => {
    expect(formatDimensions({ width: 21, height: 29.7 }, 'en')).toBe('29.7 × 21 cm')
    expect(formatDimensions({ width: 21, height: 29.7 }, 'ru')).toBe('29,7 × 21 см')
    expect(formatDimensions({ width: 1500, height: 2000 }, 'en')).toBe('2000 × 1500 cm')
    expect(formatDimensions({ width: 10.04, height: 5 }, 'en')).toBe('5 × 10 cm')
  })

  it('falls back to English units for other languages', () => {
    expect(formatDimensions({ width: 85, height: 60 }, 'fr')).toBe('60 × 85 cm')
  })
})
