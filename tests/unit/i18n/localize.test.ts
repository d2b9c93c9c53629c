import { describe, expect, it } from 'vitest'
import { baseLanguage, localize, pickLocalized } from '../../../src/i18n/localize'

describe('localize', () => {
  const text = { en: 'Entrance hall', zh: '序厅', ru: 'Вестибюль' }

  it('returns the text in the asked language', () => {
    expect(localize(text, 'en')).toBe('Entrance hall')
    expect(localize(text, 'zh')).toBe('序厅')
    expect(localize(text, 'ru')).toBe('Вестибюль')
  })

  it('falls back to English when the language is missing', () => {
    expect(localize({ en: 'Poster', ru: 'Плакат' }, 'zh')).toBe('Poster')
  })

  it('falls back to English for an unknown language', () => {
    expect(localize(text, 'de')).toBe('Entrance hall')
    expect(localize(text, 'xx-YY')).toBe('Entrance hall')
  })

  it('uses the base language of a regional tag', () => {
    expect(localize(text, 'zh-CN')).toBe('序厅')
    expect(localize(text, 'ru-RU')).toBe('Вестибюль')
  })

  it('uses a regional variant when only that exists', () => {
    expect(localize({ en: 'Title', 'zh-Hans': '标题' }, 'zh')).toBe('标题')
  })

  it('is empty for no text, never undefined', () => {
    expect(localize(undefined, 'en')).toBe('')
  })

  it('reports which language it used, for lang attributes', () => {
    expect(pickLocalized({ en: 'Poster' }, 'ru')).toEqual({ text: 'Poster', lang: 'en' })
    expect(pickLocalized(text, 'ru')).toEqual({ text: 'Вестибюль', lang: 'ru' })
  })

  it('finds base languages', () => {
    expect(baseLanguage('zh-Hans-CN')).toBe('zh')
    expect(baseLanguage('EN')).toBe('en')
  })
})
