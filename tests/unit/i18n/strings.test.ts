import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { resources, UI_LANGUAGES } from '../../../src/i18n/resources'
import { languageFromSearch, withLanguage } from '../../../src/i18n/url'

/** Every leaf of a nested strings object as [dotted key, value]. */
function leaves(value: unknown, prefix = ''): Array<[string, unknown]> {
  if (value === null || typeof value !== 'object') return [[prefix, value]]
  return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
}

/** A key without its plural suffix ("tours.stops_few" -> "tours.stops"). */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '')
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()

describe('interface strings', () => {
  const english = new Map(leaves(resources.en.translation))

  it('has a good number of keys', () => {
    expect(english.size).toBeGreaterThan(60)
  })

  for (const lang of UI_LANGUAGES) {
    describe(lang, () => {
      const own = new Map(leaves(resources[lang].translation))

      it('has exactly the English keys (plurals in its own forms)', () => {
        expect([...new Set([...own.keys()].map(base))].sort()).toEqual([...new Set([...english.keys()].map(base))].sort())
      })

      it('gives every plural exactly the forms its language has', () => {
        const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort()
        const plurals = new Set([...english.keys()].filter((k) => k !== base(k)).map(base))
        expect(plurals.size).toBeGreaterThanOrEqual(4)
        for (const key of plurals) {
          const own_ = [...own.keys()].filter((k) => base(k) === key && k !== key).map((k) => k.slice(key.length + 1)).sort()
          expect(own_, `${lang}: ${key}`).toEqual(forms)
        }
      })

      it('has non-empty text for every key', () => {
        for (const [key, value] of own) {
          expect(typeof value, key).toBe('string')
          expect((value as string).trim(), key).not.toBe('')
        }
      })

      it('keeps the English placeholders', () => {
        for (const [key, value] of own) {
          const en = english.get(key) ?? english.get(`${base(key)}_other`)
          expect(placeholders(String(value)), `${lang}: ${key}`).toEqual(placeholders(String(en)))
        }
      })
    })
  }

  it('are translated, not copied (apart from key names)', () => {
    const same = leaves(resources.zh.translation).filter(([k, v]) => v === english.get(k)).map(([k]) => k)
    expect(same.every((k) => k.startsWith('controls.') && k.endsWith('Key'))).toBe(true)
  })

  it('work through i18next in every language, with interpolation', async () => {
    const i18n = i18next.createInstance()
    await i18n.init({ resources, lng: 'ru', fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: false } })
    expect(i18n.t('inspect.counter', { index: 2, total: 7 })).toBe('Экспонат 2 из 7')
    await i18n.changeLanguage('zh')
    expect(i18n.t('inspect.counter', { index: 2, total: 7 })).toBe('第 2 件，共 7 件')
    await i18n.changeLanguage('en')
    expect(i18n.t('inspect.counter', { index: 2, total: 7 })).toBe('Artifact 2 of 7')
    // Plurals follow each language's rules: no more "1 stops".
    expect(i18n.t('tours.stops', { count: 1 })).toBe('1 stop')
    expect(i18n.t('tours.stops', { count: 3 })).toBe('3 stops')
    await i18n.changeLanguage('ru')
    expect([1, 3, 5, 21].map((count) => i18n.t('tours.stops', { count }))).toEqual(['1 остановка', '3 остановки', '5 остановок', '21 остановка'])
    await i18n.changeLanguage('de')
    expect(i18n.t('start.enter')).toBe('Enter the exhibition')
  })
})

describe('?lang= in the address', () => {
  it('reads a language code', () => {
    expect(languageFromSearch('?lang=zh')).toBe('zh')
    expect(languageFromSearch('?a=1&lang=ru')).toBe('ru')
    expect(languageFromSearch('')).toBeNull()
    expect(languageFromSearch('?lang=<script>')).toBeNull()
  })

  it('writes it, keeping other parameters and the hash', () => {
    expect(withLanguage('https://example.org/museum/?room=hall#artifact-3', 'ru')).toBe(
      'https://example.org/museum/?room=hall&lang=ru#artifact-3',
    )
    expect(withLanguage('https://example.org/?lang=en', 'zh')).toBe('https://example.org/?lang=zh')
  })
})

describe('the store drives i18next', () => {
  it('switches i18next when the store’s language changes', async () => {
    const { i18n } = await import('../../../src/i18n')
    const { galleryStore } = await import('../../../src/store/galleryStore')
    galleryStore.getState().setLanguage('ru')
    expect(i18n.language).toBe('ru')
    expect(i18n.t('start.enter')).toBe('Войти на выставку')
    galleryStore.getState().setLanguage('zh')
    expect(i18n.t('start.enter')).toBe('进入展览')
    galleryStore.getState().setLanguage('en')
    expect(i18n.t('start.enter')).toBe('Enter the exhibition')
  })
})
