/**
 * The shipped exhibition's guided tours and room music: the content the tour player and the
 * audio engine will meet in production, checked against the manifest and the files in public/.
 */
import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { validateManifest } from '../../src/manifest/validate'
import type { Manifest, Tour } from '../../src/manifest/schema'

const MANIFEST_URL = new URL('../../content/exhibition.json', import.meta.url)
/** The manifest is served at /exhibition.json, so its asset paths resolve into public/. */
const SERVED_ROOT = new URL('../../public/', import.meta.url)
const LANGUAGES = ['en', 'zh', 'ru'] as const
const MAX_AMBIENT_BYTES = 600 * 1024

function shipped(): Manifest {
  const result = validateManifest(JSON.parse(readFileSync(MANIFEST_URL, 'utf8')))
  if (!result.ok) throw new Error(`manifest does not validate:\n${result.problems.map((p) => `${p.path} ${p.message}`).join('\n')}`)
  return result.manifest
}

const manifest = shipped()
const roomIds = new Set(manifest.rooms.map((r) => r.id))
const artifactRoom = new Map(manifest.artifacts.map((a) => [a.id, a.room]))
const tour = (id: string): Tour => {
  const found = manifest.tours.find((t) => t.id === id)
  if (!found) throw new Error(`tour "${id}" is missing`)
  return found
}
/** The room a stop takes the visitor to. */
const stopRoom = (stop: Tour['stops'][number]): string | undefined => stop.room ?? (stop.artifact ? artifactRoom.get(stop.artifact) : undefined)
const words = (text: string) => text.trim().split(/\s+/).length

describe('the shipped manifest with tours and room music', () => {
  it('validates', () => {
    const result = validateManifest(JSON.parse(readFileSync(MANIFEST_URL, 'utf8')))
    expect(result.ok ? [] : result.problems).toEqual([])
  })
})

describe('tours', () => {
  it('include a highlights tour of about 10 minutes with at least 8 stops', () => {
    const highlights = tour('highlights')
    expect(highlights.minutes).toBe(10)
    expect(highlights.stops.length).toBeGreaterThanOrEqual(8)
  })

  it('highlights span the exhibition from the entrance hall to the last room', () => {
    const ordered = [...manifest.rooms].sort((a, b) => a.order - b.order)
    const stops = tour('highlights').stops
    expect(stopRoom(stops.at(0)!)).toBe(ordered.at(0)!.id)
    expect(stopRoom(stops.at(-1)!)).toBe(ordered.at(-1)!.id)
  })

  it('include a field trip of about 30 minutes with at least 14 stops', () => {
    const trip = tour('field-trip')
    expect(trip.minutes).toBe(30)
    expect(trip.stops.length).toBeGreaterThanOrEqual(14)
  })

  it('the field trip visits every room and introduces each with a room stop', () => {
    const stops = tour('field-trip').stops
    const visited = new Set(stops.map(stopRoom))
    const introduced = new Set(stops.filter((s) => s.room !== undefined).map((s) => s.room))
    for (const room of manifest.rooms) {
      expect(visited.has(room.id), `field trip never reaches ${room.id}`).toBe(true)
      expect(introduced.has(room.id), `field trip has no room stop for ${room.id}`).toBe(true)
    }
  })

  it('walk through the rooms in exhibition order', () => {
    const order = new Map(manifest.rooms.map((r) => [r.id, r.order]))
    for (const t of manifest.tours) {
      const orders = t.stops.map((s) => order.get(stopRoom(s) ?? '') ?? -1)
      expect(orders, t.id).toEqual([...orders].sort((a, b) => a - b))
    }
  })

  it('every stop names exactly one existing artifact or room', () => {
    for (const t of manifest.tours) {
      t.stops.forEach((stop, i) => {
        const where = `${t.id} stop ${i}`
        expect([stop.artifact, stop.room, stop.viewpoint].filter((v) => v !== undefined), where).toHaveLength(1)
        if (stop.artifact !== undefined) expect(artifactRoom.has(stop.artifact), `${where}: artifact ${stop.artifact}`).toBe(true)
        if (stop.room !== undefined) expect(roomIds.has(stop.room), `${where}: room ${stop.room}`).toBe(true)
        expect(stop.audio, `${where} should rely on speech synthesis or captions`).toBeUndefined()
      })
    }
  })

  it('every title, description and narration is written in English, Chinese and Russian', () => {
    for (const t of manifest.tours) {
      for (const text of [t.title, t.description, ...t.stops.map((s) => s.narration)]) {
        for (const language of LANGUAGES) expect(text[language]?.trim(), `${t.id}: ${text.en.slice(0, 40)} (${language})`).toBeTruthy()
      }
    }
  })

  it('narrations are 60-90 words in English and are not copies of one another', () => {
    for (const t of manifest.tours) {
      t.stops.forEach((stop, i) => {
        const n = words(stop.narration.en)
        expect(n, `${t.id} stop ${i} has ${n} words`).toBeGreaterThanOrEqual(60)
        expect(n, `${t.id} stop ${i} has ${n} words`).toBeLessThanOrEqual(90)
        expect(stop.narration.zh).toMatch(/[\u4e00-\u9fff]/)
        expect(stop.narration.ru).toMatch(/[а-яё]/i)
      })
    }
    const all = manifest.tours.flatMap((t) => t.stops.map((s) => s.narration.en))
    expect(new Set(all).size).toBe(all.length)
  })

  it('the field trip asks questions to think about', () => {
    const questions = tour('field-trip').stops.filter((s) => s.narration.en.includes('?'))
    expect(questions.length).toBeGreaterThanOrEqual(Math.ceil(tour('field-trip').stops.length / 2))
    for (const stop of questions) {
      expect(stop.narration.zh).toMatch(/？/)
      expect(stop.narration.ru).toMatch(/\?/)
    }
  })
})

describe('room music', () => {
  it('every room has an ambient whose file exists under public/ and is at most 600 KB', () => {
    for (const room of manifest.rooms) {
      const ambient = room.ambient
      expect(ambient, `${room.id} has no ambient`).toBeDefined()
      if (!ambient) continue
      const file = fileURLToPath(new URL(ambient.file, SERVED_ROOT))
      expect(existsSync(file) && statSync(file).isFile(), `${room.id}: ${ambient.file} not found`).toBe(true)
      const size = statSync(file).size
      expect(size, `${room.id}: ${ambient.file}`).toBeGreaterThan(0)
      expect(size, `${room.id}: ${ambient.file}`).toBeLessThanOrEqual(MAX_AMBIENT_BYTES)
      expect(ambient.loop).toBe(true)
      for (const language of LANGUAGES) {
        expect(ambient.description[language], `${room.id} description (${language})`).toBeTruthy()
        expect(ambient.credit[language], `${room.id} credit (${language})`).toBeTruthy()
      }
    }
  })

  it('descriptions and credits are the ones music.json gives for the file', () => {
    const music = JSON.parse(readFileSync(new URL('media/audio/music.json', SERVED_ROOT), 'utf8')) as {
      tracks: Record<string, { file: string; caption: Record<string, string>; credit: Record<string, string> }>
    }
    for (const room of manifest.rooms) {
      const ambient = room.ambient!
      const track = Object.values(music.tracks).find((t) => ambient.file.endsWith(`/${t.file}`))
      expect(track, `${room.id}: ${ambient.file} is not in music.json`).toBeDefined()
      expect(ambient.description).toEqual(track!.caption)
      expect(ambient.credit).toEqual(track!.credit)
    }
  })

  it('emitters are artifacts in the same room or points inside the room', () => {
    for (const room of manifest.rooms) {
      const emitter = room.ambient!.emitter
      if ('artifact' in emitter) {
        expect(artifactRoom.get(emitter.artifact), `${room.id}: emitter ${emitter.artifact}`).toBe(room.id)
      } else {
        const [x, y, z] = emitter.position
        expect(x).toBeGreaterThanOrEqual(0)
        expect(x).toBeLessThanOrEqual(room.size.width)
        expect(y).toBeGreaterThan(0)
        expect(y).toBeLessThan(room.size.height)
        expect(z).toBeGreaterThanOrEqual(0)
        expect(z).toBeLessThanOrEqual(room.size.depth)
      }
    }
  })

  it('the radio and the gramophone play their rooms, and the breaking point is the quietest', () => {
    const byId = new Map(manifest.rooms.map((r) => [r.id, r]))
    expect(byId.get('knowledge-bridge')?.ambient?.emitter).toEqual({ artifact: 'radio-receiver' })
    expect(byId.get('forgotten-legacy')?.ambient?.emitter).toEqual({ artifact: 'gramophone' })
    const volumes = manifest.rooms.map((r) => r.ambient!.volume)
    for (const v of volumes) {
      expect(v).toBeGreaterThanOrEqual(0.5)
      expect(v).toBeLessThanOrEqual(0.7)
    }
    expect(byId.get('breaking-point')!.ambient!.volume).toBe(Math.min(...volumes))
  })
})
