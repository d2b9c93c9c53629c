import { describe, expect, it, afterEach, vi } from 'vitest'
import { validateManifest, resolveAsset } from '../../../src/manifest'
import { ForeignAssetError } from '../../../src/manifest/assets'
import { makeManifest } from '../fixtures/makeManifest'

const MANIFEST = 'http://127.0.0.1:4173/content/exhibition.json'

/** Forms that the URL parser turns into another host although none starts with "//". */
const LEAVING = [
  '\\\\host/x.webp',
  '/\\host/x.webp',
  ' //host/x.webp',
  '/\t/host/x.webp',
  '\n//host/x.webp',
  '\\/host/x.webp',
  '/\\/host/x.webp',
  '\f//host/x.webp',
  '//host/x.webp',
  'http:\\\\host/x.webp',
  'https://host/x.webp',
  'data:image/webp;base64,AAAA',
]

/** Percent-encoded and Unicode look-alike forms: they may be refused or resolve, but only at home. */
const LOOK_ALIKES = [
  '%2F%2Fhost/x.webp',
  '%5C%5Chost/x.webp',
  '%2f%5chost/x.webp',
  'https%3A%2F%2Fhost/x.webp',
  '\uFF0F\uFF0Fhost/x.webp', // fullwidth solidus
  '\u2215\u2215host/x.webp', // division slash
  '\uFE68\uFE68host/x.webp', // small reverse solidus
  '\uFF3C\uFF3Chost/x.webp', // fullwidth reverse solidus
  '\u00A0//host/x.webp', // no-break space
  '\u3000//host/x.webp', // ideographic space
  '\u200B//host/x.webp', // zero-width space
  '..//host/x.webp',
]

function withImage(path: string) {
  const doc = makeManifest([{ artifacts: [{ kind: "poster", width: 60, height: 85 }] }]) as any
  doc.artifacts[0].assets = { image: path }
  return validateManifest(doc)
}

afterEach(() => vi.unstubAllGlobals())

describe('asset paths stay on the exhibition origin', () => {
  it('a plain relative path is accepted and resolves beside the manifest', () => {
    expect(withImage('media/art/x.webp').ok).toBe(true)
    expect(resolveAsset(MANIFEST, 'media/art/x.webp')).toBe('http://127.0.0.1:4173/content/media/art/x.webp')
  })

  for (const path of LEAVING) {
    it(`refuses ${JSON.stringify(path)} in the schema and in resolveAsset`, () => {
      const result = withImage(path)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('$.artifacts[0].assets.image')
      expect(() => resolveAsset(MANIFEST, path)).toThrow(ForeignAssetError)
    })
  }

  for (const path of LOOK_ALIKES) {
    it(`${JSON.stringify(path)} never resolves to another origin`, () => {
      let resolved: string | null = null
      try {
        resolved = resolveAsset(MANIFEST, path)
      } catch (error) {
        expect(error).toBeInstanceOf(ForeignAssetError)
      }
      if (resolved !== null) expect(new URL(resolved).origin).toBe('http://127.0.0.1:4173')
      // The schema agrees with resolveAsset: accepted only if it resolves at home.
      expect(withImage(path).ok).toBe(resolved !== null)
    })
  }

  it('refuses a manifest on another origin than the page', () => {
    vi.stubGlobal('location', new URL('http://127.0.0.1:4173/'))
    expect(() => resolveAsset('https://elsewhere.example/exhibition.json', 'x.webp')).toThrow(ForeignAssetError)
    expect(resolveAsset('content/exhibition.json', 'x.webp')).toBe('http://127.0.0.1:4173/content/x.webp')
  })
})
