import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeLayout, isWalkable, roomAt, segmentBlocked, type GalleryLayout, type Vec2 } from '../../../src/layout'
import type { Tour, TourStop } from '../../../src/manifest/schema'
import {
  createTourState,
  hasVoiceFor,
  localVoices,
  pickLocalVoice,
  MAX_READING_MS,
  MIN_READING_MS,
  narrationFor,
  narrationMode,
  readingTimeMs,
  resolveStop,
  runTour,
  tourPath,
  tourTransition,
  type TourEvent,
  type TourState,
} from '../../../src/tours'
import { makeManifest } from '../fixtures/makeManifest'

const manifest = makeManifest([
  { id: 'hall', width: 10, depth: 8, artifacts: [{ id: 'poster', kind: 'poster', width: 60, height: 90 }] },
  { id: 'narrow', width: 4, depth: 6 },
  {
    id: 'works',
    width: 12,
    depth: 12,
    height: 5,
    artifacts: [
      { id: 'model', kind: 'object', width: 40, height: 50, depth: 40 },
      { id: 'book', kind: 'book', width: 20, height: 28, depth: 4 },
      { id: 'painting', kind: 'painting', width: 120, height: 90 },
    ],
  },
  { id: 'end', width: 8, depth: 10, artifacts: [{ id: 'letter', kind: 'letter', width: 21, height: 30 }] },
])
const layout: GalleryLayout = computeLayout(manifest)

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ')

const stops: TourStop[] = [
  { artifact: 'poster', narration: { en: words(30), zh: '这是一张海报。', ru: 'Это плакат.' }, audio: { ru: 'narration/poster-ru.mp3' } },
  { room: 'works', narration: { en: words(10) } },
  { viewpoint: { position: [33, 1], yaw: Math.PI / 2 }, narration: { en: 'The end of the tour.' } },
]
const tour: Tour = { id: 'friendship', title: { en: 'Friendship' }, description: { en: 'A short tour.' }, minutes: 10, stops }

/** Advances time in frame-sized ticks. */
function wait(s: TourState, seconds: number, fps = 50): TourState {
  let state = s
  for (let i = 0; i < Math.round(seconds * fps); i++) state = tourTransition(state, { type: 'tick', dt: 1 / fps })
  return state
}

describe('tour sequencing', () => {
  it('runs start -> arrive -> narration -> dwell -> next stop ... -> finished', () => {
    let s = createTourState(tour, { voices: ['en-GB', 'zh-CN'] })
    expect(s.phase).toBe('idle')
    s = tourTransition(s, { type: 'start' })
    expect(s).toMatchObject({ phase: 'travelling', index: 0 })
    expect(s.effects).toEqual([{ type: 'travel', stop: 0 }])
    s = tourTransition(s, { type: 'arrived' })
    expect(s.phase).toBe('narrating')
    expect(s.effects).toEqual([{ type: 'narrate', stop: 0, plan: expect.objectContaining({ mode: 'speech', language: 'en' }) }])
    // Speech ends when the host says so, not on a timer.
    s = wait(s, 60)
    expect(s.phase).toBe('narrating')
    s = tourTransition(s, { type: 'narrationEnded' })
    expect(s.phase).toBe('dwelling')
    s = wait(s, 1.4)
    expect(s.phase).toBe('dwelling')
    s = tourTransition(s, { type: 'tick', dt: 0.11 })
    expect(s).toMatchObject({ phase: 'travelling', index: 1, effects: [{ type: 'travel', stop: 1 }] })
    s = runTour(s, [{ type: 'arrived' }, { type: 'narrationEnded' }])
    s = wait(s, 1.6)
    expect(s).toMatchObject({ phase: 'travelling', index: 2 })
    s = runTour(s, [{ type: 'arrived' }, { type: 'narrationEnded' }])
    s = wait(s, 1.48)
    expect(s.phase).toBe('dwelling')
    s = tourTransition(s, { type: 'tick', dt: 0.03 })
    expect(s.phase).toBe('finished')
    expect(s.effects).toEqual([{ type: 'finished' }])
    // Finished is final: time and stray events change nothing.
    expect(runTour(s, [{ type: 'tick', dt: 10 }, { type: 'arrived' }, { type: 'narrationEnded' }, { type: 'next' }]).phase).toBe('finished')
  })

  it('moves on by itself after the reading time when there are only captions', () => {
    const timeScale = 0.01
    let s = createTourState(tour, { voices: [], timeScale })
    s = runTour(s, [{ type: 'start' }, { type: 'arrived' }])
    expect(s.narration).toMatchObject({ mode: 'captions', readingMs: 30 * 200 })
    expect(s.remainingMs).toBeCloseTo(6000 * timeScale, 9)
    s = wait(s, 0.059, 1000)
    expect(s.phase).toBe('narrating')
    s = wait(s, 0.002, 1000)
    expect(s.phase).toBe('dwelling')
    s = wait(s, 1.5 * timeScale + 0.001, 1000)
    expect(s).toMatchObject({ phase: 'travelling', index: 1 })
  })

  it('captions narration that cannot be heard for its reading time instead of waiting for its end', () => {
    const timeScale = 0.01
    // A Russian recording that will not play, and English speech muted mid-sentence.
    for (const [language, voices, mode] of [['ru', [], 'recorded'], ['en', ['en-GB'], 'speech']] as const) {
      let s = runTour(createTourState(tour, { language, voices, timeScale }), [{ type: 'start' }, { type: 'arrived' }])
      expect(s.narration?.mode).toBe(mode)
      s = wait(s, 60)
      expect(s.phase).toBe('narrating')
      s = tourTransition(s, { type: 'narrationUnheard' })
      expect(s.narration?.mode).toBe('captions')
      expect(s.remainingMs).toBeCloseTo(s.narration!.readingMs * timeScale, 9)
      s = wait(s, (s.narration!.readingMs + 1500) * timeScale / 1000 + 0.05, 1000)
      expect(s).toMatchObject({ phase: 'travelling', index: 1 })
    }
    // Already captioned, or between stops: nothing changes.
    const captions = runTour(createTourState(tour, { voices: [] }), [{ type: 'start' }, { type: 'arrived' }])
    expect(tourTransition(captions, { type: 'narrationUnheard' }).remainingMs).toBe(captions.remainingMs)
    const travelling = tourTransition(createTourState(tour), { type: 'start' })
    expect(tourTransition(travelling, { type: 'narrationUnheard' })).toMatchObject({ phase: 'travelling', narration: null })
  })

  it('holds everything while paused, and picks up where it was', () => {
    let s = runTour(createTourState(tour, { voices: ['en'] }), [{ type: 'start' }, { type: 'arrived' }, { type: 'narrationEnded' }])
    s = wait(s, 1)
    const left = s.remainingMs!
    s = tourTransition(s, { type: 'pause' })
    expect(s).toMatchObject({ phase: 'paused', held: 'dwelling', effects: [] })
    s = wait(s, 30)
    expect(s.remainingMs).toBe(left)
    expect(tourTransition(s, { type: 'arrived' }).phase).toBe('paused')
    s = tourTransition(s, { type: 'resume' })
    expect(s.phase).toBe('dwelling')
    s = wait(s, 0.6)
    expect(s).toMatchObject({ phase: 'travelling', index: 1 })
    // Pausing a glide halts it; resuming sets it off again.
    s = tourTransition(s, { type: 'pause' })
    expect(s.effects).toEqual([{ type: 'haltTravel' }])
    s = tourTransition(s, { type: 'resume' })
    expect(s).toMatchObject({ phase: 'travelling', effects: [{ type: 'travel', stop: 1 }] })
    // Pausing narration pauses it; resuming resumes it.
    s = runTour(s, [{ type: 'arrived' }, { type: 'pause' }])
    expect(s.effects).toEqual([{ type: 'pauseNarration' }])
    s = tourTransition(s, { type: 'resume' })
    expect(s).toMatchObject({ phase: 'narrating', effects: [{ type: 'resumeNarration' }] })
  })

  it('skips back and forth, stopping what was under way', () => {
    let s = runTour(createTourState(tour, { voices: ['en'] }), [{ type: 'start', stop: 2 }, { type: 'arrived' }])
    expect(s.index).toBe(2)
    s = tourTransition(s, { type: 'previous' })
    expect(s).toMatchObject({ phase: 'travelling', index: 1, effects: [{ type: 'stopNarration' }, { type: 'travel', stop: 1 }] })
    s = runTour(s, [{ type: 'previous' }, { type: 'previous' }])
    expect(s.index).toBe(0)
    s = runTour(s, [{ type: 'next' }, { type: 'next' }])
    expect(s.index).toBe(2)
    s = tourTransition(s, { type: 'next' })
    expect(s.phase).toBe('finished')
    expect(s.effects).toEqual([{ type: 'haltTravel' }, { type: 'finished' }])
    s = tourTransition(s, { type: 'previous' })
    expect(s).toMatchObject({ phase: 'travelling', index: 2 })
    // A start index past the end is the last stop.
    expect(tourTransition(createTourState(tour), { type: 'start', stop: 99 }).index).toBe(2)
  })

  it('lets the visitor walk away and come back to the same stop', () => {
    let s = runTour(createTourState(tour, { voices: ['en'] }), [{ type: 'start' }, { type: 'arrived' }, { type: 'narrationEnded' }, { type: 'tick', dt: 2 }, { type: 'arrived' }])
    expect(s).toMatchObject({ phase: 'narrating', index: 1 })
    s = tourTransition(s, { type: 'visitorWalkedAway' })
    expect(s).toMatchObject({ phase: 'away', index: 1, effects: [{ type: 'stopNarration' }] })
    const ignored: TourEvent[] = [{ type: 'tick', dt: 100 }, { type: 'arrived' }, { type: 'narrationEnded' }, { type: 'pause' }, { type: 'resume' }]
    expect(runTour(s, ignored).phase).toBe('away')
    s = tourTransition(s, { type: 'returnToTour' })
    expect(s).toMatchObject({ phase: 'travelling', index: 1, effects: [{ type: 'travel', stop: 1 }] })
    s = tourTransition(s, { type: 'leave' })
    expect(s).toMatchObject({ phase: 'left', effects: [{ type: 'haltTravel' }, { type: 'left' }] })
  })

  it('restarts narration in a new language', () => {
    let s = runTour(createTourState(tour, { voices: ['en', 'zh-CN'] }), [{ type: 'start' }, { type: 'arrived' }])
    s = tourTransition(s, { type: 'setLanguage', language: 'zh' })
    expect(s.effects[0]).toEqual({ type: 'stopNarration' })
    expect(s.effects[1]).toMatchObject({ type: 'narrate', plan: { mode: 'speech', language: 'zh', text: '这是一张海报。' } })
  })
})

describe('reading time', () => {
  it('is 200 ms a word in languages written in words', () => {
    expect(readingTimeMs(words(50))).toBe(10_000)
    const ru = 'Это   плакат  дружбы,\nнапечатанный в 1950 году и показанный на выставке в Пекине и Москве —  двух столицах. '
    expect(readingTimeMs(ru.repeat(2))).toBe(2 * 17 * 200)
  })

  it('is 120 ms a Chinese character, punctuation not counted', () => {
    const text = '一九五四年，北京的苏联展览馆开幕了。这座建筑今天叫北京展览馆，里面展出了工业和农业的成就。'
    const han = [...text].filter((c) => /\p{Script=Han}/u.test(c)).length
    expect(readingTimeMs(text)).toBe(han * 120)
    expect(readingTimeMs('1957年 Wuhan 长江大桥通车。'.repeat(4))).toBe(4 * 2 * 200 + 4 * 7 * 120)
  })

  it('is at least 4 s and at most 40 s', () => {
    expect(readingTimeMs('Hi.')).toBe(MIN_READING_MS)
    expect(readingTimeMs('')).toBe(MIN_READING_MS)
    expect(readingTimeMs(words(1000))).toBe(MAX_READING_MS)
    expect(readingTimeMs('字'.repeat(1000))).toBe(MAX_READING_MS)
  })
})

describe('narration mode', () => {
  const stop = stops[0]!
  it('prefers a recording in the language, then a voice, then captions', () => {
    expect(narrationMode(stop, 'ru', [])).toBe('recorded')
    expect(narrationFor(stop, 'ru', []).audio).toBe('narration/poster-ru.mp3')
    expect(narrationMode(stop, 'zh', ['zh-CN', 'en-US'])).toBe('speech')
    expect(narrationMode(stop, 'zh', ['zh_TW'])).toBe('speech')
    expect(narrationMode(stop, 'zh', ['en-US'])).toBe('captions')
    expect(narrationMode(stop, 'en', [])).toBe('captions')
  })

  it('falls back to English text (and its voice) when the language has none', () => {
    const plan = narrationFor(stops[1]!, 'ru', ['en-US'])
    expect(plan).toMatchObject({ mode: 'speech', language: 'en', text: words(10) })
    expect(narrationFor(stops[1]!, 'ru', ['ru-RU'])).toMatchObject({ mode: 'captions', language: 'en' })
    const withEnglishAudio: TourStop = { room: 'hall', narration: { en: 'Welcome.' }, audio: { en: 'welcome.mp3' } }
    expect(narrationFor(withEnglishAudio, 'zh', [])).toMatchObject({ mode: 'recorded', language: 'en', audio: 'welcome.mp3' })
  })

  it('speaks only with voices on the device, never a cloud voice', () => {
    const voices = [
      { lang: 'en-US', localService: false, name: 'Cloud English', default: true },
      { lang: 'en-GB', localService: true, name: 'Local English' },
      { lang: 'zh-CN', localService: false, name: 'Cloud Chinese' },
      { lang: 'ru-RU', localService: true, name: 'Local Russian', default: true },
      { lang: 'ru-RU', localService: true, name: 'Other Russian' },
    ]
    expect(localVoices(voices).map((v) => v.name)).toEqual(['Local English', 'Local Russian', 'Other Russian'])
    expect(pickLocalVoice(voices, 'en')?.name).toBe('Local English')
    expect(pickLocalVoice(voices, 'ru')?.name).toBe('Local Russian')
    expect(pickLocalVoice(voices, 'zh')).toBeNull()
    expect(pickLocalVoice([], 'en')).toBeNull()
  })

  it('matches voices by primary language', () => {
    expect(hasVoiceFor(['zh-CN'], 'zh')).toBe(true)
    expect(hasVoiceFor(['ZH-cn'], 'zh-Hans')).toBe(true)
    expect(hasVoiceFor(['ru-RU'], 'en')).toBe(false)
    expect(hasVoiceFor([], 'en')).toBe(false)
  })
})

describe('resolveStop', () => {
  it('stands before an artifact, at a room entry, or at a viewpoint', () => {
    const poster = layout.placements.find((p) => p.artifactId === 'poster')!
    expect(resolveStop(stops[0]!, layout)).toEqual({
      position: poster.viewpoint.position,
      yaw: poster.viewpoint.yaw,
      roomId: 'hall',
      pitch: poster.viewpoint.pitch,
      ...(poster.viewpoint.fov === undefined ? {} : { fov: poster.viewpoint.fov }),
    })
    const works = layout.rooms.find((r) => r.id === 'works')!
    expect(resolveStop(stops[1]!, layout)).toEqual({ position: works.entry.position, yaw: works.entry.yaw, roomId: 'works' })
    expect(resolveStop(stops[2]!, layout)).toEqual({ position: [33, 1], yaw: Math.PI / 2, roomId: roomAt(layout, [33, 1]) })
    expect(resolveStop({ artifact: 'missing', narration: { en: 'x' } }, layout)).toBeNull()
    expect(resolveStop({ room: 'missing', narration: { en: 'x' } }, layout)).toBeNull()
  })
})

describe('tourPath', () => {
  const fraction = fc.integer({ min: 0, max: 1000 }).map((i) => i / 1000)
  const spot = fc.tuple(fc.integer({ min: 0, max: layout.rooms.length - 1 }), fraction, fraction).map(([i, fx, fz]): Vec2 => {
    const r = layout.rooms[i]!
    return [r.bounds.min[0] + fx * r.width, r.bounds.min[1] + fz * r.depth]
  })

  it('never crosses a wall, from and to anywhere a visitor can stand', () => {
    fc.assert(
      fc.property(spot, spot, (from, to) => {
        fc.pre(isWalkable(layout, from) && isWalkable(layout, to))
        const path = tourPath(layout, from, to)
        expect(path[0]).toEqual(from)
        expect(path[path.length - 1]).toEqual(to)
        for (let k = 1; k < path.length; k++) expect(segmentBlocked(layout, path[k - 1]!, path[k]!)).toBe(false)
      }),
      { numRuns: 400 },
    )
  })

  it('goes through the doorway centres in order, and straight within a room', () => {
    const hall = layout.rooms[0]!
    const end = layout.rooms[3]!
    const from: Vec2 = [hall.bounds.min[0] + 1, hall.bounds.max[1] - 1]
    const to: Vec2 = [end.bounds.max[0] - 1, end.bounds.min[1] + 1]
    const path = tourPath(layout, from, to)
    const doorIndexes = layout.doorways.map((d) => path.findIndex((p) => p[0] === d.center[0] && p[1] === d.center[1]))
    for (const i of doorIndexes) expect(i).toBeGreaterThan(0)
    expect([...doorIndexes].sort((a, b) => a - b)).toEqual(doorIndexes)
    // Backwards too.
    const back = tourPath(layout, to, from)
    const backDoors = layout.doorways.map((d) => back.findIndex((p) => p[0] === d.center[0] && p[1] === d.center[1]))
    expect([...backDoors].sort((a, b) => b - a)).toEqual(backDoors)
    // Two points in plain view of each other in one room: a straight line.
    expect(tourPath(layout, [hall.bounds.min[0] + 2, 0], [hall.bounds.min[0] + 5, 1])).toEqual([
      [hall.bounds.min[0] + 2, 0],
      [hall.bounds.min[0] + 5, 1],
    ])
  })

  it('walks around a stand rather than through it when it can', () => {
    const stand = layout.obstacles[0]!
    const y = (stand.min[1] + stand.max[1]) / 2
    const from: Vec2 = [stand.min[0] - 1, y]
    const to: Vec2 = [stand.max[0] + 1, y]
    fc.pre(isWalkable(layout, from) && isWalkable(layout, to))
    const path = tourPath(layout, from, to)
    for (let k = 1; k < path.length; k++) expect(segmentBlocked(layout, path[k - 1]!, path[k]!, { obstacles: true })).toBe(false)
  })
})
