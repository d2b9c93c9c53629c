/**
 * The shipped exhibition manifest (content/exhibition.json): it validates, it has the
 * collection the first exhibition promises, and every visitor-facing text exists in English,
 * Chinese and Russian.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { validateManifest } from '../../src/manifest/validate'
import type { Manifest } from '../../src/manifest/schema'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const raw: unknown = JSON.parse(readFileSync(resolve(ROOT, 'content/exhibition.json'), 'utf8'))
const result = validateManifest(raw)
const manifest = (result.ok ? result.manifest : raw) as Manifest

const ROOM_IDS = [
  'entrance-hall',
  'east-met-east',
  'canvas-to-factory',
  'brothers-iron-curtain',
  'knowledge-bridge',
  'breaking-point',
  'forgotten-legacy',
]
const THREE_D = new Set(['object', 'book', 'notebook'])
const EXPECTED_MODELS: Record<string, string> = {
  'friendship-medal': 'entrance-hall',
  'gift-teapot': 'east-met-east',
  'friendship-badge': 'east-met-east',
  'locomotive-model': 'canvas-to-factory',
  'blast-furnace-model': 'canvas-to-factory',
  'yangtze-bridge-model': 'canvas-to-factory',
  'telegraph-key': 'brothers-iron-curtain',
  typewriter: 'brothers-iron-curtain',
  samovar: 'brothers-iron-curtain',
  'open-textbook': 'knowledge-bridge',
  'student-notebook': 'knowledge-bridge',
  'radio-receiver': 'knowledge-bridge',
  gramophone: 'forgotten-legacy',
}

/** Every localized text in the manifest, with a readable path. */
function localizedTexts(m: Manifest): Array<[string, Record<string, string> | undefined]> {
  const out: Array<[string, Record<string, string> | undefined]> = []
  const e = m.exhibition
  out.push(['exhibition.title', e.title], ['exhibition.subtitle', e.subtitle], ['exhibition.intro', e.intro], ['exhibition.credits', e.credits])
  for (const r of m.rooms) out.push([`${r.id}.title`, r.title], [`${r.id}.intro`, r.intro])
  for (const a of m.artifacts) {
    for (const field of ['title', 'label', 'description', 'creator', 'medium', 'credit'] as const) out.push([`${a.id}.${field}`, a[field]])
  }
  return out
}

describe('content/exhibition.json', () => {
  it('validates against the manifest schema', () => {
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  it('has the seven rooms in order, starting at the entrance hall', () => {
    expect([...manifest.rooms].sort((a, b) => a.order - b.order).map((r) => r.id)).toEqual(ROOM_IDS)
    expect(manifest.rooms.map((r) => r.order).sort()).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(manifest.exhibition.startRoom).toBe('entrance-hall')
    expect(manifest.exhibition.languages).toEqual(['en', 'zh', 'ru'])
    const entrance = manifest.rooms.find((r) => r.id === 'entrance-hall')
    for (const r of manifest.rooms) {
      expect(r.size.width).toBeGreaterThanOrEqual(12)
      expect(r.size.width).toBeLessThanOrEqual(16)
      expect(r.size.depth).toBeGreaterThanOrEqual(9)
      expect(r.size.depth).toBeLessThanOrEqual(12)
      expect(r.size.height).toBeGreaterThanOrEqual(4.5)
      expect(r.size.height).toBeLessThanOrEqual(entrance?.size.height ?? 6)
    }
  })

  it('has at least 42 artifacts and at least six in every chapter room', () => {
    expect(manifest.artifacts.length).toBeGreaterThanOrEqual(42)
    for (const room of ROOM_IDS.slice(1)) {
      expect(manifest.artifacts.filter((a) => a.room === room).length, room).toBeGreaterThanOrEqual(6)
    }
  })

  it('has exactly the 13 3D objects, each with a model and no image', () => {
    const models = manifest.artifacts.filter((a) => THREE_D.has(a.kind))
    expect(models).toHaveLength(13)
    expect(Object.fromEntries(models.map((a) => [a.id, a.room]))).toEqual(EXPECTED_MODELS)
    for (const a of models) {
      expect(a.assets).toEqual({ model: `media/models/${a.id}.glb` })
    }
  })

  it('gives every wall work an image and a thumbnail that were built', () => {
    const walls = manifest.artifacts.filter((a) => !THREE_D.has(a.kind))
    expect(walls.length).toBeGreaterThan(0)
    for (const a of walls) {
      expect(a.assets).toEqual({ image: `media/art/${a.id}.webp`, thumbnail: `media/thumbs/${a.id}.webp` })
      expect(existsSync(resolve(ROOT, 'public', a.assets.image as string)), a.id).toBe(true)
      expect(existsSync(resolve(ROOT, 'public', a.assets.thumbnail as string)), a.id).toBe(true)
    }
  })

  it('has every visitor-facing string in English, Chinese and Russian', () => {
    const missing: string[] = []
    for (const [path, text] of localizedTexts(manifest)) {
      for (const lang of ['en', 'zh', 'ru']) {
        if (!text || typeof text[lang] !== 'string' || text[lang].trim() === '') missing.push(`${path}.${lang}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('writes Chinese texts in Chinese and Russian texts in Cyrillic', () => {
    for (const [path, text] of localizedTexts(manifest)) {
      if (!text) continue
      expect(/[\u4e00-\u9fff]/.test(text.zh ?? ''), `${path}.zh`).toBe(true)
      expect(/[А-Яа-яЁё]/.test(text.ru ?? ''), `${path}.ru`).toBe(true)
    }
  })

  it('credits reconstructions as such and uses one rights line', () => {
    for (const a of manifest.artifacts) {
      expect(a.rights).toBe('CC BY 4.0, exhibition team')
      expect(a.creator.en).toMatch(/^Exhibition studio/)
    }
  })
})
