/**
 * The music pipeline (tools/audio): seamless loops, the notation's checks, and the built files in
 * public/media/audio - their size, their frames, that they decode, and that they loop gaplessly
 * at the points music.json gives.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseMusicIndex, type MusicIndex } from '../../../src/audio/musicIndex'
import { AUDIO_DIR, INDEX_FILE, inputsHash, MAX_BYTES } from '../../../tools/audio/build'
import { peakOf, rmsOf, seamReport } from '../../../tools/audio/dsp'
import { decodeMp3, encodeLoop, LEAD_IN, LOOP_MARGIN, MP3_DELAY, scanFrames } from '../../../tools/audio/encode'
import { MELODIES } from '../../../tools/audio/melodies'
import { chordChart, midiOf, phrase } from '../../../tools/audio/notation'
import { renderScore } from '../../../tools/audio/render'
import { ROOM_MUSIC } from '../../../tools/audio/rooms'
import { LOOP_UNIT, ScoreBuilder, type Score } from '../../../tools/audio/score'

const ROOM_IDS = ['entrance-hall', 'east-met-east', 'canvas-to-factory', 'brothers-iron-curtain', 'knowledge-bridge', 'breaking-point', 'forgotten-legacy']

/** A short score that puts every instrument on the loop, with notes ringing across the wrap. */
function wrapScore(): Score {
  const s = new ScoreBuilder()
  s.melody(phrase('A4:1 C5:.5 D5:.5 | F5:2', 2), { instrument: 'balalaika', at: 0 })
  s.note('pipa', 3.5, 1.5, midiOf('E5'), 0.8) // held past the end: wraps onto the start
  s.note('accordion', 3, 1, midiOf('A4'), 0.7)
  s.note('harmonium', 0, 2, midiOf('D4'), 0.6)
  s.note('strings', 2, 2.5, midiOf('F3'), 0.5)
  s.note('celesta', 3.75, 0.25, midiOf('C6'), 0.7)
  s.note('musicbox', 1, 1, midiOf('G5'), 0.7)
  s.note('bass', 0, 1, midiOf('D2'), 0.8)
  return { beats: 4, units: 2, events: s.events, effects: { reverb: { size: 0.8, damp: 0.4, mix: 0.4 }, gramophone: true, crackle: 1, air: 1, targetRmsDb: -20 } }
}

describe('synthesized loops', () => {
  const loop = renderScore(wrapScore(), 42)

  it('are a whole number of loop units, a whole number of samples at 48 kHz too', () => {
    expect(loop.samples.length).toBe(2 * LOOP_UNIT)
    expect((loop.samples.length * 48000) / 44100).toBe(Math.round((loop.samples.length * 48000) / 44100))
    expect(loop.samples.length % 1152).toBe(0)
  })

  it('join end to start without a click: no step or kink at the wrap beyond what the music has inside', () => {
    const x = loop.samples
    const seam = seamReport(x)
    expect(seam.step).toBeLessThan(0.05)
    expect(seam.step).toBeLessThanOrEqual(seam.typicalStep)
    expect(seam.curvature).toBeLessThanOrEqual(seam.typicalCurvature)
    // The slope carries on across the wrap: last step and first step agree.
    const n = x.length
    const slopeIn = x[n - 1]! - x[n - 2]!
    const slopeOut = x[1]! - x[0]!
    expect(Math.abs(slopeOut - slopeIn)).toBeLessThanOrEqual(seam.typicalCurvature * 2)
  })

  it('are deterministic, levelled, and keep under the clipping ceiling', () => {
    const again = renderScore(wrapScore(), 42)
    expect(Buffer.from(again.samples.buffer).equals(Buffer.from(loop.samples.buffer))).toBe(true)
    expect(peakOf(loop.samples)).toBeLessThan(0.8)
    expect(rmsOf(loop.samples)).toBeGreaterThan(0.02)
  })

  it('stay gapless through MP3 encoding: the decoded file repeats exactly one loop later', async () => {
    const encoded = encodeLoop(loop.samples, 44100, 64)
    expect(scanFrames(encoded.bytes).clean).toBe(true)
    const decoded = await decodeMp3(encoded.bytes)
    expect(decoded.errors).toBe(0)
    const start = Math.round(encoded.loopStart * 44100)
    const end = Math.round(encoded.loopEnd * 44100)
    expect(start).toBe(LEAD_IN + LOOP_MARGIN + MP3_DELAY)
    expect(end - start).toBe(loop.samples.length)
    let diff = 0
    let ref = 0
    for (let i = -2000; i < 2000; i++) {
      diff += (decoded.samples[start + i]! - decoded.samples[end + i]!) ** 2
      ref += decoded.samples[start + i]! ** 2
    }
    expect(Math.sqrt(diff / ref)).toBeLessThan(0.01)
    // And the decoded loop is the rendered one, delayed by exactly the assumed decoder delay.
    let err = 0
    for (let i = 0; i < loop.samples.length; i++) err += (decoded.samples[start + i]! - loop.samples[i]!) ** 2
    expect(Math.sqrt(err / loop.samples.length) / rmsOf(loop.samples)).toBeLessThan(0.3)
  })
})

describe('notation', () => {
  it('reads notes and checks bar lengths', () => {
    expect(midiOf('A4')).toBe(69)
    expect(midiOf('Bb3')).toBe(58)
    expect(midiOf('C#5')).toBe(73)
    const p = phrase('r:1 G#4:1 A4:1 | Bb4:1.5 A4:.5 A4:1', 3)
    expect(p.beats).toBe(6)
    expect(p.notes.map((n) => n.midi)).toEqual([null, 68, 69, 70, 69, 69])
    expect(() => phrase('A4:2 | B4:1 C5:1 D5:1', 2)).toThrow(/bar 2 /)
    expect(() => phrase('H4:1')).toThrow()
    expect(chordChart('A7 | Dm Gm', 2).map((c) => [c.chord.symbol, c.start, c.beats])).toEqual([
      ['A7', 0, 2],
      ['Dm', 2, 1],
      ['Gm', 3, 1],
    ])
  })

  it('arranges only the public-domain melodies, each room 30-60 s long', () => {
    expect(ROOM_MUSIC.map((r) => r.roomId)).toEqual(ROOM_IDS)
    for (const room of ROOM_MUSIC) {
      for (const m of room.melodies) expect(Object.keys(MELODIES)).toContain(m)
      const score = room.score()
      const seconds = (score.units * LOOP_UNIT) / 44100
      expect(seconds).toBeGreaterThanOrEqual(30)
      expect(seconds).toBeLessThanOrEqual(60)
      for (const e of score.events) {
        expect(e.beat).toBeGreaterThanOrEqual(0)
        expect(e.beat).toBeLessThan(score.beats)
      }
    }
  })
})

describe('built music (public/media/audio)', () => {
  const present = existsSync(INDEX_FILE)
  it('exists (run `npx tsx tools/build-audio.ts`)', () => {
    expect(present).toBe(true)
  })
  if (!present) return
  const index: MusicIndex = parseMusicIndex(JSON.parse(readFileSync(INDEX_FILE, 'utf8')))

  it('has one track per room, up to date with its sources', () => {
    expect(Object.keys(index.tracks).sort()).toEqual([...ROOM_IDS].sort())
    for (const room of ROOM_MUSIC) expect(index.tracks[room.roomId]?.inputsHash, `${room.roomId} is stale: run npx tsx tools/build-audio.ts`).toBe(inputsHash(room))
  })

  it('credits and describes every track in three languages', () => {
    for (const t of Object.values(index.tracks)) {
      for (const lang of ['en', 'zh', 'ru']) {
        expect(t.caption[lang], `${t.roomId} caption ${lang}`).toBeTruthy()
        expect(t.credit[lang], `${t.roomId} credit ${lang}`).toBeTruthy()
      }
      expect(t.caption.en).toMatch(/^\[Music: .+\]$/)
      expect(t.melodies.length).toBeGreaterThan(0)
      for (const m of t.melodies) expect(m.publicDomain.length).toBeGreaterThan(40)
      // Songs of the 1930s-50s are under copyright and must never appear.
      expect(JSON.stringify(t)).not.toMatch(/katyusha|катюша|喀秋莎|moscow.beijing|москва.пекин/i)
    }
  })

  for (const id of ROOM_IDS) {
    it(`${id}.mp3 is at most 600 KB, clean MP3 frames, decodes, loops gaplessly and does not clip`, async () => {
      const t = index.tracks[id]!
      const path = join(AUDIO_DIR, t.file)
      const bytes = new Uint8Array(readFileSync(path))
      expect(bytes.length).toBe(statSync(path).size)
      expect(bytes.length).toBe(t.bytes)
      expect(bytes.length).toBeLessThanOrEqual(MAX_BYTES)
      const scan = scanFrames(bytes)
      expect(scan.clean).toBe(true)
      expect(scan.sampleRate).toBe(44100)
      expect(scan.bitrates).toEqual(new Set([t.bitrateKbps]))
      expect((scan.frames * 1152) / 44100).toBeCloseTo(t.duration, 4)
      const decoded = await decodeMp3(bytes)
      expect(decoded.errors).toBe(0)
      expect(decoded.sampleRate).toBe(44100)
      expect(decoded.samples.length / 44100).toBeCloseTo(t.duration, 4)
      expect(t.loopEnd - t.loopStart).toBeCloseTo(t.loopDuration, 5)
      expect(t.loopDuration).toBeGreaterThanOrEqual(30)
      expect(t.loopDuration).toBeLessThanOrEqual(60)
      expect(peakOf(decoded.samples)).toBeLessThan(0.99)
      const start = Math.round(t.loopStart * 44100)
      const end = Math.round(t.loopEnd * 44100)
      // Gapless: around loopStart and around loopEnd the decoded signal is the same.
      let diff = 0
      let ref = 0
      for (let i = -3000; i < 3000; i++) {
        diff += (decoded.samples[start + i]! - decoded.samples[end + i]!) ** 2
        ref += decoded.samples[start + i]! ** 2
      }
      expect(Math.sqrt(diff / Math.max(ref, 1e-9))).toBeLessThan(0.01)
      expect(rmsOf(decoded.samples, start, end)).toBeCloseTo(t.rms, 3)
    })
  }
})
