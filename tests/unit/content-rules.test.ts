import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateManifest } from '../../src/manifest/validate'
import type { Manifest } from '../../src/manifest/schema'
import { missingAltText } from '../../tools/content-rules'

function shipped(): Manifest {
  const result = validateManifest(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content/exhibition.json'), 'utf8')))
  if (!result.ok) throw new Error('shipped manifest does not validate')
  return result.manifest
}

describe('alt text', () => {
  it('is present for every image in every language of the shipped exhibition', () => {
    expect(missingAltText(shipped())).toEqual([])
  })

  it('reports a work whose image lacks alt text in one language, with its path', () => {
    const m = shipped()
    const i = m.artifacts.findIndex((a) => a.assets.image)
    m.artifacts[i]!.alt = { en: 'A poster.', zh: '一张宣传画。' }
    expect(missingAltText(m)).toEqual([{ path: `$.artifacts[${i}].alt`, message: 'image has no alt text in ru' }])
  })

  it('does not ask a model-only work for alt text', () => {
    const m = shipped()
    const i = m.artifacts.findIndex((a) => !a.assets.image)
    delete m.artifacts[i]!.alt
    expect(missingAltText(m)).toEqual([])
  })
})
