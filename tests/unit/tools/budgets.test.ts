import { describe, expect, it } from 'vitest'
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import sharp from 'sharp'
import { checkBudgets, glbTriangles, missingTranslations } from '../../../tools/budgets'
import type { Manifest } from '../../../src/manifest/schema'
import { shippedManifest } from '../fixtures/shipped'

const shipped = shippedManifest

/** A one-artifact exhibition in a temporary served root, with the image it names. */
async function tinyExhibition(width: number, height: number) {
  const root = mkdtempSync(join(tmpdir(), 'budget-'))
  mkdirSync(join(root, 'media/art'), { recursive: true })
  await sharp({ create: { width, height, channels: 3, background: '#a4161a' } }).webp().toFile(join(root, 'media/art/big.webp'))
  const m = shipped()
  const artifact = { ...m.artifacts.find((a) => a.assets.image)!, assets: { image: 'media/art/big.webp' } }
  return { root, manifest: { ...m, rooms: m.rooms.map((r) => ({ ...r, ambient: undefined })), artifacts: [artifact], tours: [] } as Manifest }
}

describe('asset budgets', () => {
  it('name the file whose texture is too large or not a power of two', async () => {
    const { root, manifest } = await tinyExhibition(4096, 1000)
    const { problems } = await checkBudgets(manifest, root)
    const named = problems.filter((p) => p.file.endsWith('media/art/big.webp'))
    expect(named.map((p) => p.message).join(' | ')).toMatch(/longest edge may be at most 2048/)
    expect(named.map((p) => p.message).join(' | ')).toMatch(/powers of two/)
  })

  it('pass a texture within budget, and flag a media file nobody references', async () => {
    const { root, manifest } = await tinyExhibition(1024, 512)
    writeFileSync(join(root, 'media/art/stray.webp'), 'x')
    const { problems, report } = await checkBudgets(manifest, root)
    expect(problems.map((p) => p.file)).toEqual([expect.stringMatching(/stray\.webp$/)])
    expect(report.totalBytes).toBeGreaterThan(0)
  })

  it('flag a room whose assets exceed its share', async () => {
    const { root, manifest } = await tinyExhibition(1024, 512)
    const { problems } = await checkBudgets(manifest, root, { textureEdge: 2048, modelTriangles: 50_000, roomBytes: 10, exhibitionBytes: 1e9 })
    expect(problems.some((p) => p.file.startsWith('room ') && /per room/.test(p.message))).toBe(true)
  })

  it('count the triangles of a shipped, Draco-compressed model', () => {
    const triangles = glbTriangles(new Uint8Array(readFileSync(new URL('../../../public/media/models/gift-teapot.glb', import.meta.url))))
    expect(triangles).toBeGreaterThan(1000)
    expect(triangles).toBeLessThanOrEqual(50_000)
  })

  it('find a text missing in one of the exhibition languages, with its path', () => {
    const m = shipped()
    const broken = structuredClone(m)
    delete (broken.artifacts[2]!.description as Record<string, string>).zh
    expect(missingTranslations(m)).toEqual([])
    expect(missingTranslations(broken)).toEqual([{ file: '$.artifacts[2].description', message: 'has no zh text' }])
  })
})
