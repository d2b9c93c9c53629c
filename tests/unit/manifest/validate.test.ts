import { describe, expect, it } from 'vitest'
import { validateManifest, formatPath, migrate, FORMAT_VERSION } from '../../../src/manifest'
import { shippedJson } from '../fixtures/shipped'

const shipped = shippedJson

/** A small valid manifest that each broken case below spoils in one way. */
function minimal(): any {
  const text = (en: string) => ({ en, zh: `${en}（中）`, ru: `${en} (ру)` })
  const theme = {
    palette: { wall: '#F1E8D5', floor: '#E8E4DC', ceiling: '#F1E8D5', trim: '#5A3A22', accent: '#C9A227' },
    floor: 'marble',
    wall: 'plaster',
    lighting: 'warm',
  }
  const work = (id: string, room: string) => ({
    id,
    room,
    kind: 'poster',
    title: text(id),
    label: text('label'),
    description: text('description'),
    date: { start: '1950' },
    creator: text('studio'),
    medium: text('print'),
    dimensions: { width: 60, height: 85 },
    credit: text('Reconstruction made for this exhibition'),
    rights: 'CC BY 4.0',
    assets: { image: `media/art/${id}.webp` },
    alt: text(`What ${id} shows`),
  })
  return {
    formatVersion: FORMAT_VERSION,
    exhibition: { id: 'demo', title: text('Demo'), intro: text('Intro'), credits: text('Credits'), languages: ['en', 'zh', 'ru'] },
    rooms: [
      { id: 'hall', title: text('Hall'), intro: text('Intro'), order: 0, size: { width: 10, depth: 8, height: 5 }, theme },
      { id: 'second', title: text('Second'), intro: text('Intro'), order: 1, size: { width: 10, depth: 8, height: 5 }, theme },
    ],
    artifacts: [work('first-poster', 'hall'), work('second-poster', 'second')],
  }
}

function problemsOf(doc: unknown) {
  const result = validateManifest(doc)
  if (result.ok) throw new Error('expected the manifest to be refused')
  return result.problems
}

describe('the manifest', () => {
  it('shipped with the app validates', () => {
    const result = validateManifest(shipped())
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  it('minimal fixture validates', () => {
    expect(validateManifest(minimal()).ok).toBe(true)
  })

  const cases: Array<[string, (m: any) => void, string, RegExp]> = [
    ['a missing required field', (m) => delete m.rooms[0].intro, '$.rooms[0].intro', /expected object, received undefined/],
    ['an unknown field', (m) => (m.artifacts[1].colour = 'red'), '$.artifacts[1].colour', /unknown field "colour"/],
    ['a wrong type', (m) => (m.rooms[1].size.width = '10'), '$.rooms[1].size.width', /number/],
    ['a value out of range', (m) => (m.rooms[0].size.height = 1), '$.rooms[0].size.height', />=\s*2\.6/],
    ['a missing English text', (m) => delete m.artifacts[0].title.en, '$.artifacts[0].title.en', /expected string, received undefined/],
    ['an empty translation', (m) => (m.artifacts[0].description.zh = ' '), '$.artifacts[0].description.zh', /empty/],
    ['a bad language key', (m) => (m.artifacts[0].label.english = 'x'), '$.artifacts[0].label.english', /language code/],
    ['an id that is not kebab-case', (m) => (m.rooms[1].id = 'Second Room'), '$.rooms[1].id', /kebab-case/],
    ['a repeated artifact id', (m) => (m.artifacts[1].id = 'first-poster'), '$.artifacts[1].id', /repeats/],
    ['a repeated room id', (m) => ((m.rooms[1].id = 'hall'), (m.artifacts[1].room = 'hall')), '$.rooms[1].id', /repeats/],
    ['a reference to no room', (m) => (m.artifacts[1].room = 'attic'), '$.artifacts[1].room', /does not exist/],
    ['an unknown kind', (m) => (m.artifacts[0].kind = 'sculpture'), '$.artifacts[0].kind', /expected one of .*"poster".*"object"/],
    ['a malformed date', (m) => (m.artifacts[0].date.start = '14/02/1950'), '$.artifacts[0].date.start', /date/],
    ['an end before the start', (m) => (m.artifacts[0].date = { start: '1957', end: '1953' }), '$.artifacts[0].date.end', /before/],
    ['a bad colour', (m) => (m.rooms[0].theme.palette.wall = 'ivory'), '$.rooms[0].theme.palette.wall', /colour/],
    ['an asset on another origin', (m) => (m.artifacts[0].assets.image = 'https://cdn.example/x.webp'), '$.artifacts[0].assets.image', /origin/],
    ['an artifact with no asset', (m) => (m.artifacts[0].assets = {}), '$.artifacts[0].assets', /image or a model/],
    ['a work with an image and no alt text', (m) => delete m.artifacts[1].alt, '$.artifacts[1].alt', /alt text/],
    ['a start room that does not exist', (m) => (m.exhibition.startRoom = 'lobby'), '$.exhibition.startRoom', /does not exist/],
    ['a repeated room order', (m) => (m.rooms[1].order = 0), '$.rooms[1].order', /repeats/],
    ['a missing format version', (m) => delete m.formatVersion, '$.formatVersion', /expected 1/],
    ['a tour stop that names nothing', (m) => (m.tours = [{ id: 'walk', title: { en: 'Walk' }, description: { en: 'd' }, minutes: 5, stops: [{ narration: { en: 'n' } }] }]), '$.tours[0].stops[0]', /exactly one/],
    ['a tour stop at a missing artifact', (m) => (m.tours = [{ id: 'walk', title: { en: 'Walk' }, description: { en: 'd' }, minutes: 5, stops: [{ artifact: 'ghost', narration: { en: 'n' } }] }]), '$.tours[0].stops[0].artifact', /does not exist/],
    ['an ambient sound from an artifact in another room', (m) => (m.rooms[0].ambient = { file: 'a.mp3', description: { en: 'd' }, credit: { en: 'c' }, emitter: { artifact: 'second-poster' } }), '$.rooms[0].ambient.emitter.artifact', /not in this room/],
  ]
  for (const [name, spoil, path, message] of cases) {
    it(`refuses ${name}, naming ${path}`, () => {
      const doc = minimal()
      spoil(doc)
      const problems = problemsOf(doc)
      const match = problems.find((p) => p.path === path)
      expect(match, JSON.stringify(problems)).toBeDefined()
      expect(match!.message).toMatch(message)
    })
  }

  it('lists every problem, not just the first', () => {
    const doc = minimal()
    doc.rooms[0].size.width = -1
    doc.artifacts[0].room = 'nowhere'
    doc.artifacts[1].wobble = true
    delete doc.exhibition.title
    const paths = problemsOf(doc).map((p) => p.path)
    expect(paths).toEqual(expect.arrayContaining(['$.rooms[0].size.width', '$.artifacts[0].room', '$.artifacts[1].wobble', '$.exhibition.title']))
  })

  it('refuses a document newer than the app, and migrates through registered steps', () => {
    expect(problemsOf({ ...minimal(), formatVersion: FORMAT_VERSION + 1 })[0]!.message).toMatch(/newer/)
    const upgraded = migrate({ formatVersion: 0, old: true }, { 0: ({ old, ...rest }) => ({ ...rest, upgraded: old }) })
    expect(upgraded).toEqual({ ok: true, document: { formatVersion: 1, upgraded: true } })
    expect(problemsOf('not an object')[0]!.path).toBe('$')
  })

  it('formats JSON paths the way editors show them', () => {
    expect(formatPath(['artifacts', 3, 'title', 'en'])).toBe('$.artifacts[3].title.en')
    expect(formatPath(['a b'])).toBe('$["a b"]')
  })
})
