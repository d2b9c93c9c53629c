import { resolve } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { shippedManifest } from '../../tools/manifest/shippedManifest'

// The build's fingerprint (null in unit tests) stands in for the one vite.config.ts defines.
const build = vi.hoisted(() => ({ fingerprint: '', text: '', validated: 0 }))
vi.mock('../../src/manifest/fingerprint', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/manifest/fingerprint')>()
  return { ...actual, isShippedManifest: (text: string) => actual.isShippedManifest(text, build.fingerprint) }
})
vi.mock('../../src/manifest/validate', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/manifest/validate')>()
  return {
    ...actual,
    validateManifest: (input: unknown) => {
      build.validated += 1
      return actual.validateManifest(input)
    },
  }
})

const { loadExhibition } = await import('../../src/boot')
const { galleryStore } = await import('../../src/store/galleryStore')

describe('loading the manifest: zod only for a document the build did not validate', () => {
  beforeAll(() => Object.assign(build, shippedManifest(resolve(import.meta.dirname, '../../content/exhibition.json'))))
  let served = ''
  beforeEach(() => {
    build.validated = 0
    galleryStore.setState({ manifest: null, layout: null, manifestErrors: [], mode: 'loading' })
    vi.stubGlobal('location', { search: '', href: 'https://museum.example/' })
    vi.stubGlobal('fetch', async () => new Response(served))
  })
  afterEach(() => vi.unstubAllGlobals())

  it('opens the shipped text without the validator', async () => {
    served = build.text
    await loadExhibition()
    expect(build.validated).toBe(0)
    expect(galleryStore.getState().manifest).toEqual(JSON.parse(build.text))
    expect(galleryStore.getState().manifestErrors).toEqual([])
  })

  it('validates a tampered copy and lists every problem', async () => {
    const doc = JSON.parse(build.text)
    doc.artifacts[0].room = 'no-such-room'
    doc.artifacts[1].colour = 'red'
    served = JSON.stringify(doc)
    await loadExhibition()
    expect(build.validated).toBe(1)
    expect(galleryStore.getState().manifest).toBeNull()
    const paths = galleryStore.getState().manifestErrors.map((p) => p.path)
    expect(paths).toEqual(expect.arrayContaining(['$.artifacts[0].room', '$.artifacts[1].colour']))
  })

  it('validates the same document written differently (a foreign or hand-edited copy)', async () => {
    served = JSON.stringify(JSON.parse(build.text), null, 2)
    await loadExhibition()
    expect(build.validated).toBe(1)
    expect(galleryStore.getState().manifest).toEqual(JSON.parse(build.text))
  })
})
