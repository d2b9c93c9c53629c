import { describe, expect, it } from 'vitest'
import { manifestUrlFrom } from '../../src/boot'

describe('choosing the manifest', () => {
  const page = 'https://museum.example/gallery/index.html?lang=zh'
  it('defaults to exhibition.json beside the page', () => {
    expect(manifestUrlFrom('', page)).toEqual({ url: 'https://museum.example/gallery/exhibition.json' })
  })
  it('resolves ?manifest= against the page', () => {
    expect(manifestUrlFrom('?manifest=other/show.json', page)).toEqual({ url: 'https://museum.example/gallery/other/show.json' })
    expect(manifestUrlFrom('?manifest=/shows/a.json', page)).toEqual({ url: 'https://museum.example/shows/a.json' })
  })
  it('refuses any other origin', () => {
    for (const m of ['https://evil.example/x.json', '//evil.example/x.json', 'http://museum.example/x.json']) {
      const result = manifestUrlFrom(`?manifest=${encodeURIComponent(m)}`, page)
      expect(result).toEqual({ refused: { url: new URL(m, page).href, allowed: 'https://museum.example' } })
    }
  })
})
