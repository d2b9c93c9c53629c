/**
 * What the first exhibition (content/exhibition.json) promises its visitors, checked by
 * `npm run content:check`: seven rooms in order, the collection, the 13 models, every text in
 * English, Chinese and Russian, the two tours and each room's music. These are facts about the
 * content, not about the engine, so they live here rather than in the engine's unit tests.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Manifest, Tour } from '../../src/manifest/schema'
import type { ManifestProblem } from '../../src/manifest/problem'

export const ROOM_IDS = ['entrance-hall', 'east-met-east', 'canvas-to-factory', 'brothers-iron-curtain', 'knowledge-bridge', 'breaking-point', 'forgotten-legacy']
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
const LANGUAGES = ['en', 'zh', 'ru'] as const
const MAX_AMBIENT_BYTES = 600 * 1024
const HAN = /[\u4e00-\u9fff]/
const CYRILLIC = /[А-Яа-яЁё]/

type Text = Record<string, string> | undefined

/** Every localized text of the exhibition, rooms and artifacts, with its JSON path. */
function localizedTexts(m: Manifest): Array<[string, Text]> {
  const out: Array<[string, Text]> = []
  for (const key of ['title', 'subtitle', 'intro', 'credits'] as const) out.push([`$.exhibition.${key}`, m.exhibition[key]])
  m.rooms.forEach((r, i) => out.push([`$.rooms[${i}].title`, r.title], [`$.rooms[${i}].intro`, r.intro]))
  m.artifacts.forEach((a, i) => {
    for (const field of ['title', 'label', 'description', 'creator', 'medium', 'credit'] as const) out.push([`$.artifacts[${i}].${field}`, a[field]])
  })
  m.tours.forEach((t, i) => {
    out.push([`$.tours[${i}].title`, t.title], [`$.tours[${i}].description`, t.description])
    t.stops.forEach((s, j) => out.push([`$.tours[${i}].stops[${j}].narration`, s.narration]))
  })
  return out
}

/** Problems with the shipped exhibition's promised content; empty when it keeps every promise. */
export function contentFacts(m: Manifest, servedRoot: string): ManifestProblem[] {
  const problems: ManifestProblem[] = []
  const fail = (path: string, message: string) => problems.push({ path, message })

  const ordered = [...m.rooms].sort((a, b) => a.order - b.order)
  if (ordered.map((r) => r.id).join() !== ROOM_IDS.join()) fail('$.rooms', `rooms should be, in order: ${ROOM_IDS.join(', ')}`)
  if (m.exhibition.startRoom !== 'entrance-hall') fail('$.exhibition.startRoom', 'the visit starts in the entrance hall')
  if (m.exhibition.languages.join() !== LANGUAGES.join()) fail('$.exhibition.languages', 'the exhibition is in en, zh and ru')
  const entranceHeight = m.rooms.find((r) => r.id === 'entrance-hall')?.size.height ?? 6
  m.rooms.forEach((r, i) => {
    const { width, depth, height } = r.size
    if (width < 12 || width > 16 || depth < 9 || depth > 12 || height < 4.5 || height > entranceHeight) fail(`$.rooms[${i}].size`, 'rooms are 12-16 m wide, 9-12 m deep, 4.5 m up to the hall\'s height')
  })

  if (m.artifacts.length < 42) fail('$.artifacts', `at least 42 artifacts (has ${m.artifacts.length})`)
  for (const room of ROOM_IDS.slice(1)) if (m.artifacts.filter((a) => a.room === room).length < 6) fail('$.artifacts', `at least six artifacts in ${room}`)

  const models = Object.fromEntries(m.artifacts.filter((a) => THREE_D.has(a.kind)).map((a) => [a.id, a.room]))
  if (JSON.stringify(models) !== JSON.stringify(EXPECTED_MODELS)) fail('$.artifacts', `the 3D objects should be exactly: ${Object.keys(EXPECTED_MODELS).join(', ')}`)
  m.artifacts.forEach((a, i) => {
    const at = `$.artifacts[${i}]`
    const want = THREE_D.has(a.kind) ? { model: `media/models/${a.id}.glb` } : { image: `media/art/${a.id}.webp`, thumbnail: `media/thumbs/${a.id}.webp` }
    if (JSON.stringify(a.assets) !== JSON.stringify(want)) fail(`${at}.assets`, `should be ${JSON.stringify(want)}`)
    if (a.rights !== 'CC BY 4.0, exhibition team') fail(`${at}.rights`, 'one rights line: "CC BY 4.0, exhibition team"')
    if (!a.creator.en.startsWith('Exhibition studio')) fail(`${at}.creator.en`, 'reconstructions are credited to the exhibition studio')
  })

  for (const [path, text] of localizedTexts(m)) {
    for (const language of LANGUAGES) if (!text?.[language]?.trim()) fail(`${path}.${language}`, 'missing translation')
    if (text?.zh && !HAN.test(text.zh)) fail(`${path}.zh`, 'is not written in Chinese')
    if (text?.ru && !CYRILLIC.test(text.ru)) fail(`${path}.ru`, 'is not written in Cyrillic')
  }

  problems.push(...tourFacts(m), ...musicFacts(m, servedRoot))
  return problems
}

function tourFacts(m: Manifest): ManifestProblem[] {
  const problems: ManifestProblem[] = []
  const fail = (path: string, message: string) => problems.push({ path, message })
  const artifactRoom = new Map(m.artifacts.map((a) => [a.id, a.room]))
  const order = new Map(m.rooms.map((r) => [r.id, r.order]))
  const stopRoom = (stop: Tour['stops'][number]) => stop.room ?? (stop.artifact ? artifactRoom.get(stop.artifact) : undefined)
  const tourAt = (id: string) => m.tours.findIndex((t) => t.id === id)

  const highlights = tourAt('highlights')
  const trip = tourAt('field-trip')
  if (highlights < 0) fail('$.tours', 'a "highlights" tour')
  if (trip < 0) fail('$.tours', 'a "field-trip" tour')
  const h = m.tours[highlights]
  if (h && (h.minutes !== 10 || h.stops.length < 8)) fail(`$.tours[${highlights}]`, 'highlights: 10 minutes, at least 8 stops')
  if (h && (stopRoom(h.stops[0]!) !== ROOM_IDS[0] || stopRoom(h.stops.at(-1)!) !== ROOM_IDS.at(-1))) fail(`$.tours[${highlights}].stops`, 'highlights go from the entrance hall to the last room')
  const f = m.tours[trip]
  if (f && (f.minutes !== 30 || f.stops.length < 14)) fail(`$.tours[${trip}]`, 'field trip: 30 minutes, at least 14 stops')
  if (f) {
    const introduced = new Set(f.stops.map((s) => s.room).filter(Boolean))
    for (const room of m.rooms) if (!introduced.has(room.id)) fail(`$.tours[${trip}].stops`, `the field trip introduces ${room.id} with a room stop`)
    const questions = f.stops.filter((s) => s.narration.en.includes('?'))
    if (questions.length < Math.ceil(f.stops.length / 2)) fail(`$.tours[${trip}].stops`, 'half the field trip\'s stops ask a question')
    for (const s of questions) if (!/？/.test(s.narration.zh ?? '') || !/\?/.test(s.narration.ru ?? '')) fail(`$.tours[${trip}].stops`, 'a question is a question in every language')
  }
  const all: string[] = []
  m.tours.forEach((t, i) => {
    const orders = t.stops.map((s) => order.get(stopRoom(s) ?? '') ?? -1)
    if (orders.some((o, k) => k > 0 && o < orders[k - 1]!)) fail(`$.tours[${i}].stops`, 'a tour walks the rooms in exhibition order')
    t.stops.forEach((s, j) => {
      const words = s.narration.en.trim().split(/\s+/).length
      if (words < 60 || words > 90) fail(`$.tours[${i}].stops[${j}].narration.en`, `60-90 words (has ${words})`)
      all.push(s.narration.en)
    })
  })
  if (new Set(all).size !== all.length) fail('$.tours', 'no narration is a copy of another')
  return problems
}

function musicFacts(m: Manifest, servedRoot: string): ManifestProblem[] {
  const problems: ManifestProblem[] = []
  const fail = (path: string, message: string) => problems.push({ path, message })
  const artifactRoom = new Map(m.artifacts.map((a) => [a.id, a.room]))
  const musicFile = resolve(servedRoot, 'media/audio/music.json')
  const tracks = existsSync(musicFile)
    ? Object.values((JSON.parse(readFileSync(musicFile, 'utf8')) as { tracks: Record<string, { file: string; caption: Text; credit: Text }> }).tracks)
    : []
  m.rooms.forEach((room, i) => {
    const at = `$.rooms[${i}].ambient`
    const ambient = room.ambient
    if (!ambient) return void fail(at, 'every room has its music')
    const file = resolve(servedRoot, ambient.file)
    if (!existsSync(file) || !statSync(file).isFile() || statSync(file).size === 0) fail(`${at}.file`, 'file not found')
    else if (statSync(file).size > MAX_AMBIENT_BYTES) fail(`${at}.file`, 'at most 600 KB')
    if (!ambient.loop) fail(`${at}.loop`, 'room music loops')
    if (ambient.volume < 0.5 || ambient.volume > 0.7) fail(`${at}.volume`, 'between 0.5 and 0.7')
    const track = tracks.find((t) => ambient.file.endsWith(`/${t.file}`))
    if (!track) fail(`${at}.file`, 'not in media/audio/music.json')
    else if (JSON.stringify(track.caption) !== JSON.stringify(ambient.description) || JSON.stringify(track.credit) !== JSON.stringify(ambient.credit)) fail(at, 'description and credit as music.json gives them')
    const emitter = ambient.emitter
    if ('artifact' in emitter) {
      if (artifactRoom.get(emitter.artifact) !== room.id) fail(`${at}.emitter`, 'an artifact of this room')
    } else {
      const [x, y, z] = emitter.position
      if (x < 0 || x > room.size.width || y <= 0 || y >= room.size.height || z < 0 || z > room.size.depth) fail(`${at}.emitter`, 'a point inside the room')
    }
  })
  const byId = new Map(m.rooms.map((r) => [r.id, r]))
  if (JSON.stringify(byId.get('knowledge-bridge')?.ambient?.emitter) !== JSON.stringify({ artifact: 'radio-receiver' })) fail('$.rooms', 'the radio plays the knowledge bridge')
  if (JSON.stringify(byId.get('forgotten-legacy')?.ambient?.emitter) !== JSON.stringify({ artifact: 'gramophone' })) fail('$.rooms', 'the gramophone plays the forgotten legacy')
  const volumes = m.rooms.map((r) => r.ambient?.volume ?? 1)
  if (byId.get('breaking-point')?.ambient?.volume !== Math.min(...volumes)) fail('$.rooms', 'the breaking point is the quietest room')
  return problems
}
