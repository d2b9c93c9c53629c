/**
 * The build's font subset (tools/fonts/): the character set, its slices and their unicode-ranges,
 * the page's check for text outside it (src/i18n/fontCoverage.ts), and a guard that every
 * character the exhibition and the interface show is in a slice and has a glyph in the font.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BASE_CHARACTERS, characterCounts, sliceCharacters, subsetTexts, unicodeRange } from '../../../tools/fonts/charset'
import { subsetPlan } from '../../../tools/fonts/subsetFonts'
import { hasGlyphs, SANS, SERIF } from '../../../tools/art/fonts'
import { parseUnicodeRange, stringsOf, uncovered } from '../../../src/i18n/fontCoverage'
import { resources } from '../../../src/i18n/resources'

describe('unicode-range', () => {
  it('joins consecutive code points and reads back to the same set', () => {
    const chars = ['a', 'b', 'c', 'x', '中', '文', 'Д']
    const range = unicodeRange(chars)
    expect(range).toBe('U+61-63, U+78, U+414, U+4E2D, U+6587')
    expect(uncovered(chars.join(''), parseUnicodeRange(range))).toEqual([])
    expect(uncovered('abd文字', parseUnicodeRange(range))).toEqual(['d', '字'])
  })
  it('reads wildcards, lower case and the browser spacing; skips nonsense', () => {
    expect(parseUnicodeRange('u+4??, U+20-7e,U+A0 , bogus')).toEqual([
      [0x400, 0x4ff],
      [0x20, 0x7e],
      [0xa0, 0xa0],
    ])
  })
  it('needs no glyph for whitespace or control characters', () => {
    expect(uncovered(' \n\t\u200b', [])).toEqual([])
    expect(uncovered('aa', [])).toEqual(['a'])
  })
})

describe('character set and slices', () => {
  it('counts characters, leaving out line breaks and controls but keeping spaces', () => {
    const counts = characterCounts(['ab a', 'a\n\u0007'])
    expect(Object.fromEntries(counts)).toEqual({ a: 3, b: 1, ' ': 1 })
  })
  it('takes every manifest string and only the non-ASCII characters of source files', () => {
    const texts = subsetTexts([{ title: { en: 'Hall', zh: '大厅' }, n: 3 }], ['const x = "Русский" // 中文'])
    expect(texts).toEqual([BASE_CHARACTERS, 'Hall', '大厅', 'Русский中文'])
  })
  it('cuts Latin, Cyrillic and CJK apart, the most frequent CJK characters in the first slice', () => {
    const counts = characterCounts(['Aé', 'Жж', '中中中国国文', '字'])
    const slices = sliceCharacters(counts, 2)
    expect(slices).toEqual([
      { name: 'latin', chars: ['A', 'é'] },
      { name: 'cyrillic', chars: ['Ж', 'ж'] },
      { name: 'cjk0', chars: ['中', '国'] },
      { name: 'cjk1', chars: ['字', '文'] },
    ])
  })
})

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`]))
}

describe('the shipped subset', () => {
  const plan = subsetPlan()
  const ranges = plan.flatMap((slice) => parseUnicodeRange(unicodeRange(slice.chars)))
  // Read independently of the plugin: the strings as the page shows them.
  const content = walk('content')
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .flatMap((f) => stringsOf(JSON.parse(readFileSync(f, 'utf8'))))
  const ui = stringsOf(resources)

  it('covers every character of every string in content/', () => {
    expect(content.length).toBeGreaterThan(100)
    expect(uncovered(content.join(''), ranges)).toEqual([])
  })
  it('covers every character of every interface string in src/i18n', () => {
    expect(ui.length).toBeGreaterThan(100)
    expect(uncovered(ui.join(''), ranges)).toEqual([])
  })
  it('holds no character twice and no slice over its size', () => {
    const all = plan.flatMap((s) => s.chars)
    expect(new Set(all).size).toBe(all.length)
    for (const slice of plan.filter((s) => s.name.startsWith('cjk'))) expect(slice.chars.length).toBeLessThanOrEqual(150)
  })
  it('has a glyph in both families for every character the content and the interface show (subsetting drops what the font lacks)', () => {
    const shown = [...new Set([...content, ...ui].join(''))]
    expect(shown.filter((c) => !hasGlyphs(c, SERIF))).toEqual([])
    expect(shown.filter((c) => !hasGlyphs(c, SANS))).toEqual([])
  })
  it('fails for a character the content does not use', () => {
    expect(uncovered('龘', ranges)).toEqual(['龘'])
  })
})
