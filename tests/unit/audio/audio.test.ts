import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ambientSourcesFor } from '../../../src/audio/ambientSources'
import { activeCue, parseTimestamp, parseVtt, VttError } from '../../../src/audio/captions'
import { activeRooms, crossfadeGains, DOORWAY_ZONE } from '../../../src/audio/crossfade'
import { equalPower, smoothStep } from '../../../src/audio/curves'
import { DUCK_ATTACK, DUCK_LEVEL, DUCK_RELEASE, duckGain } from '../../../src/audio/ducking'
import { mixerGain } from '../../../src/audio/mixer'
import { DEFAULT_MIXER } from '../../../src/store/mixer'
import { loopPointsFor, parseMusicIndex } from '../../../src/audio/musicIndex'
import { computeLayout, isWalkable, type GalleryLayout, type Vec2 } from '../../../src/layout'
import { makeManifest } from '../fixtures/makeManifest'

/** Four rooms of different sizes (one only 4 m wide), a plinth in one of them. */
const gallery: GalleryLayout = computeLayout(
  makeManifest([
    { id: 'hall', width: 10, depth: 8 },
    { id: 'narrow', width: 4, depth: 6 },
    { id: 'big', width: 12, depth: 12, height: 5, artifacts: [{ kind: 'object', width: 40, height: 50, depth: 40 }] },
    { id: 'end', width: 8, depth: 6 },
  ]),
)
const ids = gallery.rooms.map((r) => r.id)

/** Gains sampled every 5 cm along a straight line. */
function sampleLine(from: Vec2, to: Vec2, step = 0.05): Array<{ p: Vec2; g: Record<string, number> }> {
  const n = Math.ceil(Math.hypot(to[0] - from[0], to[1] - from[1]) / step)
  const out: Array<{ p: Vec2; g: Record<string, number> }> = []
  for (let i = 0; i <= n; i++) {
    const p: Vec2 = [from[0] + ((to[0] - from[0]) * i) / n, from[1] + ((to[1] - from[1]) * i) / n]
    out.push({ p, g: crossfadeGains(p, gallery, ids) })
  }
  return out
}

/** Uniform in [0, 1] (fast-check's doubles crowd near zero). */
const fraction = fc.integer({ min: 0, max: 10000 }).map((i) => i / 10000)

const sumOfSquares = (g: Record<string, number>) => Object.values(g).reduce((s, x) => s + x * x, 0)

describe('crossfadeGains', () => {
  it('crossfades every doorway continuously, with equal power, on straight and off-centre paths', () => {
    for (const d of gallery.doorways) {
      const [a, b] = d.rooms.map((id) => gallery.rooms.find((r) => r.id === id)!)
      for (const z of [0, 0.5, -0.6]) {
        const samples = sampleLine([a!.center[0], z], [b!.center[0], z])
        for (let i = 0; i < samples.length; i++) {
          const { g } = samples[i]!
          expect(Math.abs(sumOfSquares(g) - 1)).toBeLessThan(0.02)
          for (const v of Object.values(g)) {
            expect(v).toBeGreaterThanOrEqual(0)
            expect(v).toBeLessThanOrEqual(1)
          }
          if (i > 0) for (const id of ids) expect(Math.abs(g[id]! - samples[i - 1]!.g[id]!)).toBeLessThanOrEqual(0.05)
        }
        // The fade is complete: the walk starts all in the first room and ends all in the second.
        expect(samples[0]!.g[a!.id]).toBeGreaterThan(0.999)
        expect(samples[samples.length - 1]!.g[b!.id]).toBeGreaterThan(0.999)
      }
    }
  })

  it('gives both rooms √½ in the doorway and is symmetric about it', () => {
    for (const d of gallery.doorways) {
      const g = crossfadeGains(d.center, gallery, ids)
      expect(g[d.rooms[0]]).toBeCloseTo(Math.SQRT1_2, 6)
      expect(g[d.rooms[1]]).toBeCloseTo(Math.SQRT1_2, 6)
      for (const off of [0.3, 0.9, 1.5]) {
        const west = crossfadeGains([d.center[0] - off, 0], gallery, ids)
        const east = crossfadeGains([d.center[0] + off, 0], gallery, ids)
        expect(west[d.rooms[0]]).toBeCloseTo(east[d.rooms[1]]!, 9)
        expect(west[d.rooms[1]]).toBeCloseTo(east[d.rooms[0]]!, 9)
      }
    }
  })

  it('is 1 for the room and 0 for the rest away from doorways', () => {
    const hall = gallery.rooms[0]!
    const big = gallery.rooms[2]!
    for (const [room, p] of [
      [hall, [hall.bounds.min[0] + 2, 0]],
      [hall, [hall.bounds.max[0] - DOORWAY_ZONE - 0.01, 0]],
      [big, big.center],
      [big, [big.bounds.min[0] + 3, 4]],
    ] as const) {
      const g = crossfadeGains(p as Vec2, gallery, ids)
      for (const id of ids) expect(g[id]).toBe(id === room.id ? 1 : 0)
    }
  })

  it('does not leak through a solid wall next to a doorway', () => {
    const d = gallery.doorways[2]! // big -> end
    // In "big", against the shared wall but 2.5 m beside the opening.
    const g = crossfadeGains([d.center[0] - 0.4, 2.5 + d.width / 2], gallery, ids)
    expect(g.big).toBe(1)
    expect(g.end).toBe(0)
  })

  it('keeps equal power everywhere a visitor can stand', () => {
    const b = gallery.bounds
    fc.assert(
      fc.property(fraction, fraction, (fx, fz) => {
        const p: Vec2 = [b.min[0] + fx * (b.max[0] - b.min[0]), b.min[1] + fz * (b.max[1] - b.min[1])]
        fc.pre(isWalkable(gallery, p))
        expect(Math.abs(sumOfSquares(crossfadeGains(p, gallery)) - 1)).toBeLessThan(1e-9)
      }),
      { numRuns: 500 },
    )
  })

  it('reports only the rooms asked for, and nothing for a position that is not a number', () => {
    expect(Object.keys(crossfadeGains([5, 0], gallery, ['end']))).toEqual(['end'])
    expect(crossfadeGains([5, 0], gallery, ['end']).end).toBe(0)
    expect(crossfadeGains([Number.NaN, 0], gallery, ids)).toEqual({ hall: 0, narrow: 0, big: 0, end: 0 })
  })
})

describe('activeRooms', () => {
  it('is the room and its neighbours through doorways', () => {
    expect(activeRooms(gallery, 'hall')).toEqual(['hall', 'narrow'])
    expect(activeRooms(gallery, 'big')).toEqual(['big', 'narrow', 'end'])
    expect(activeRooms(gallery, 'end')).toEqual(['end', 'big'])
    expect(activeRooms(gallery, 'nowhere')).toEqual([])
    expect(activeRooms(gallery, null)).toEqual([])
  })

  it('covers every room a crossfade can make audible', () => {
    for (let x = gallery.bounds.min[0] + 0.05; x < gallery.bounds.max[0]; x += 0.1) {
      const g = crossfadeGains([x, 0], gallery, ids)
      const here = ids.find((id) => {
        const r = gallery.rooms.find((q) => q.id === id)!
        return x >= r.bounds.min[0] && x < r.bounds.max[0]
      })!
      const active = activeRooms(gallery, here)
      for (const id of ids) if (g[id]! > 0) expect(active).toContain(id)
    }
  })
})

describe('duckGain', () => {
  /** Runs the duck for `seconds` at `fps`, from `start`. */
  const run = (speech: boolean, start: number, seconds: number, fps = 60) => {
    let g = start
    const frames = Math.round(seconds * fps)
    for (let i = 0; i < frames; i++) g = duckGain(speech, g, 1 / fps)
    return g
  }

  it('ducks to -12 dB within the attack time, smoothly', () => {
    expect(DUCK_LEVEL).toBeCloseTo(10 ** (-12 / 20), 2)
    const oneFrame = run(true, 1, 1 / 60)
    expect(oneFrame).toBeLessThan(1)
    expect(oneFrame).toBeGreaterThan(0.8) // no jump
    expect(run(true, 1, DUCK_ATTACK / 3)).toBeGreaterThan(DUCK_LEVEL + 0.2 * (1 - DUCK_LEVEL))
    expect(run(true, 1, DUCK_ATTACK)).toBeLessThanOrEqual(DUCK_LEVEL + 0.05 * (1 - DUCK_LEVEL) + 1e-9)
    expect(run(true, 1, 5)).toBeCloseTo(DUCK_LEVEL, 6)
  })

  it('releases more slowly, back to 1 within the release time', () => {
    expect(DUCK_RELEASE).toBeGreaterThan(DUCK_ATTACK)
    expect(run(false, DUCK_LEVEL, DUCK_ATTACK)).toBeLessThan(0.75)
    expect(run(false, DUCK_LEVEL, DUCK_RELEASE)).toBeGreaterThanOrEqual(1 - 0.05 * (1 - DUCK_LEVEL) - 1e-9)
    expect(run(false, DUCK_LEVEL, 5)).toBeCloseTo(1, 6)
  })

  it('does not depend on the frame rate, never overshoots, and survives odd input', () => {
    expect(run(true, 1, 0.5, 30)).toBeCloseTo(run(true, 1, 0.5, 144), 9)
    let g = 1
    for (let i = 0; i < 200; i++) {
      g = duckGain(i < 100, g, 1 / 60)
      expect(g).toBeGreaterThanOrEqual(DUCK_LEVEL - 1e-12)
      expect(g).toBeLessThanOrEqual(1 + 1e-12)
    }
    expect(duckGain(true, 0.7, 0)).toBe(0.7)
    expect(duckGain(true, 0.7, -1)).toBe(0.7)
    expect(duckGain(false, Number.NaN, 0.1)).toBe(1)
  })
})

describe('mixerGain and curves', () => {
  it('multiplies master and channel, and mute silences both channels', () => {
    const s = { master: 0.5, music: 0.8, voice: 0.4, muted: false }
    expect(mixerGain(s, 'music')).toBeCloseTo(0.4, 12)
    expect(mixerGain(s, 'voice')).toBeCloseTo(0.2, 12)
    expect(mixerGain({ ...s, muted: true }, 'music')).toBe(0)
    expect(mixerGain({ ...s, muted: true }, 'voice')).toBe(0)
    expect(mixerGain({ master: 2, music: -1, voice: Number.NaN, muted: false }, 'music')).toBe(0)
    expect(mixerGain({ master: 2, music: 1, voice: 1, muted: false }, 'voice')).toBe(1)
    expect(mixerGain(DEFAULT_MIXER, 'music')).toBeGreaterThan(0)
  })

  it('smoothStep and equalPower', () => {
    expect(smoothStep(0, 1, -1)).toBe(0)
    expect(smoothStep(0, 1, 0.5)).toBe(0.5)
    expect(smoothStep(0, 1, 2)).toBe(1)
    expect(smoothStep(2, 2, 1)).toBe(0)
    for (let t = 0; t <= 1; t += 0.1) {
      const [a, b] = equalPower(t)
      expect(a * a + b * b).toBeCloseTo(1, 12)
    }
    expect(equalPower(0)).toEqual([1, 0])
  })
})

describe('parseVtt and activeCue', () => {
  const vtt = [
    '\ufeffWEBVTT - narration',
    'Kind: captions',
    '',
    'NOTE written for the tests',
    'over two lines',
    '',
    'STYLE',
    '::cue { color: white }',
    '',
    'intro',
    '00:00.000 --> 00:02.500 line:85% align:center',
    '<v Narrator>Welcome to the <i>exhibition</i>.',
    'It opened in 1954 &amp; travelled.',
    '',
    '00:02.500 --> 00:05.000',
    'Second cue &lt;one&gt; &#x4E2D;&#25991;',
    '',
    '00:00:04.000 --> 00:00:06.250',
    'Overlaps the second.',
    '',
    '00:07.000 --> 00:06.000',
    'Ends before it starts: skipped.',
    '',
    'not a timing line',
    'skipped too',
    '',
    '1:00:00.000 --> 1:00:01.000',
    'An hour in.',
  ].join('\r\n')

  it('reads cues, ids, timings, voices, tags and entities', () => {
    const cues = parseVtt(vtt)
    expect(cues).toHaveLength(4)
    expect(cues[0]).toEqual({ id: 'intro', start: 0, end: 2.5, text: 'Welcome to the exhibition.\nIt opened in 1954 & travelled.', voice: 'Narrator' })
    expect(cues[1]).toEqual({ start: 2.5, end: 5, text: 'Second cue <one> 中文' })
    expect(cues[2]).toMatchObject({ start: 4, end: 6.25 })
    expect(cues[3]).toMatchObject({ start: 3600, end: 3601, text: 'An hour in.' })
  })

  it('finds the cue at a time: start inclusive, end exclusive, the latest of overlapping ones', () => {
    const cues = parseVtt(vtt)
    expect(activeCue(cues, 0)?.id).toBe('intro')
    expect(activeCue(cues, 2.499)?.id).toBe('intro')
    expect(activeCue(cues, 2.5)?.text).toMatch(/^Second/)
    expect(activeCue(cues, 4.5)?.text).toBe('Overlaps the second.')
    expect(activeCue(cues, 6.5)).toBeNull()
    expect(activeCue([], 1)).toBeNull()
  })

  it('rejects a file without the signature and reads timestamps', () => {
    expect(() => parseVtt('1\n00:00.000 --> 00:01.000\nhi')).toThrow(VttError)
    expect(parseVtt('WEBVTT\n')).toEqual([])
    expect(parseTimestamp('01:02.500')).toBe(62.5)
    expect(parseTimestamp('02:00:00.001')).toBeCloseTo(7200.001, 9)
    expect(parseTimestamp('1:2.5')).toBeNaN()
  })
})

describe('parseMusicIndex', () => {
  it('accepts a well-formed index and finds loop points by file name', () => {
    const track = { file: 'hall.mp3', loopStart: 0.3, loopEnd: 40.3, duration: 41, caption: { en: '[Music: x]' } }
    const index = parseMusicIndex({ version: 1, tracks: { hall: track } })
    expect(loopPointsFor(index, 'media/audio/hall.mp3?v=2')).toEqual({ loopStart: 0.3, loopEnd: 40.3 })
    expect(loopPointsFor(index, 'other.mp3')).toBeNull()
    expect(() => parseMusicIndex({ version: 2, tracks: {} })).toThrow()
    expect(() => parseMusicIndex({ version: 1, tracks: { hall: { ...track, loopEnd: 50 } } })).toThrow(/loop points/)
  })
})

describe('ambientSourcesFor', () => {
  it('places each room\'s ambience at its artifact or room-local point, with loop points from music.json', () => {
    const manifest = makeManifest([
      { id: 'hall', width: 10, depth: 8, artifacts: [{ id: 'gramophone', kind: 'object', width: 40, height: 30, depth: 40 }] },
      { id: 'study', width: 8, depth: 6 },
      { id: 'quiet', width: 8, depth: 6 },
    ])
    const text = { en: '[Music: Kalinka]' }
    manifest.rooms[0]!.ambient = { file: 'media/audio/hall.mp3', description: text, credit: text, emitter: { artifact: 'gramophone' }, volume: 0.5, loop: true, refDistance: 3 }
    manifest.rooms[1]!.ambient = { file: 'media/audio/study.mp3', description: text, credit: text, emitter: { position: [1, 2.5, 1.5] }, volume: 0.6, loop: true, refDistance: 2.5 }
    const layout = computeLayout(manifest)
    const music = parseMusicIndex({ version: 1, tracks: { hall: { file: 'hall.mp3', loopStart: 1.07, loopEnd: 42.03, duration: 43, caption: text } } })
    const sources = ambientSourcesFor(manifest, layout, { resolveUrl: (p) => `/exhibition/${p}`, music })
    const gramophone = layout.placements.find((p) => p.artifactId === 'gramophone')!
    expect(sources).toEqual([
      { id: 'ambient:hall', owner: 'hall', url: '/exhibition/media/audio/hall.mp3', position: gramophone.position, volume: 0.5, refDistance: 3, loopStart: 1.07, loopEnd: 42.03 },
      { id: 'ambient:study', owner: 'study', url: '/exhibition/media/audio/study.mp3', position: [10 + 1, 2.5, -3 + 1.5], volume: 0.6, refDistance: 2.5 },
    ])
  })
})
