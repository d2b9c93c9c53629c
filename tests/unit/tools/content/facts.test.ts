/** `content:check`'s facts about the first exhibition report a broken promise, with its path. */
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Manifest } from '../../../../src/manifest/schema'
import { contentFacts } from '../../../../tools/content/facts'
import { shippedManifest } from '../../fixtures/shipped'

const SERVED = fileURLToPath(new URL('../../../../public/', import.meta.url))
const shipped = shippedManifest

describe('content facts', () => {
  const cases: Array<[string, (m: Manifest) => void, string, RegExp]> = [
    ['a missing Russian title', (m) => delete (m.artifacts[2]!.title as Record<string, string>).ru, '$.artifacts[2].title.ru', /missing/],
    ['Chinese text in Latin letters', (m) => (m.rooms[1]!.intro.zh = 'Zhongwen'), '$.rooms[1].intro.zh', /Chinese/],
    ['a short narration', (m) => (m.tours[0]!.stops[1]!.narration.en = 'Too short.'), '$.tours[0].stops[1].narration.en', /60-90 words/],
    ['a wrong model path', (m) => (m.artifacts.find((a) => a.assets.model)!.assets = { model: 'x.glb' }), '$.artifacts[', /media\/models/],
    ['music that does not loop', (m) => (m.rooms[3]!.ambient!.loop = false), '$.rooms[3].ambient.loop', /loops/],
    ['a missing music file', (m) => (m.rooms[0]!.ambient!.file = 'media/audio/none.mp3'), '$.rooms[0].ambient.file', /not found/],
    ['rooms out of order', (m) => ([m.rooms[1]!.order, m.rooms[2]!.order] = [m.rooms[2]!.order, m.rooms[1]!.order]), '$.rooms', /in order/],
  ]
  for (const [name, spoil, path, message] of cases) {
    it(`reports ${name} at ${path}`, () => {
      const m = shipped()
      const before = contentFacts(m, SERVED).length
      spoil(m)
      const problems = contentFacts(m, SERVED)
      expect(problems.length).toBeGreaterThan(before)
      expect(problems.find((p) => p.path.startsWith(path) && message.test(p.message)), JSON.stringify(problems)).toBeDefined()
    })
  }
})
