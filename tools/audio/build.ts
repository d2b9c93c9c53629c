/**
 * Builds the room loops into public/media/audio: one MP3 per room plus music.json, the sidecar
 * with each loop's points, size, loudness, melodies, credits and captions.
 *
 * Incremental: a room is rebuilt only when the hash of its inputs (the synthesis and encoding
 * sources, the room's score and texts, the encoder's version) differs from the one recorded in
 * music.json, or its file is missing or has another size. Deterministic: every random choice comes from a
 * seed derived from the room id.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { peakOf, rmsOf, seamReport, toDb, type SeamReport } from './dsp'
import { seedFromText } from '../../src/layout/random'
import { decodeMp3, encodeLoop, scanFrames } from './encode'
import type { MusicIndex, MusicTrack } from '../../src/audio/musicIndex'
import { MELODIES } from './melodies'
import { renderScore } from './render'
import { creditFor, ROOM_MUSIC, type RoomMusic } from './rooms'

const HERE = dirname(fileURLToPath(import.meta.url))
export const ROOT = resolve(HERE, '..', '..')
export const AUDIO_DIR = join(ROOT, 'public', 'media', 'audio')
export const INDEX_FILE = join(AUDIO_DIR, 'music.json')
/** Mono MP3 bit rate: enough for synthesized instruments heard through a panner. */
export const KBPS = 64
/** The most a file may weigh. */
export const MAX_BYTES = 600 * 1024

/** The pipeline's engine: a change here can change every file. */
const ENGINE_FILES = ['dsp.ts', 'instruments.ts', 'render.ts', 'score.ts', 'encode.ts', 'build.ts', '../../src/layout/random.ts']

/**
 * The hash of everything a room's file and entry are made from: the engine's sources, the room's
 * score (so editing one arrangement rebuilds only that room), its texts, the encoder's version
 * and bit rate. music.json records it per track.
 */
export function inputsHash(room: RoomMusic): string {
  const h = createHash('sha256')
  for (const f of ENGINE_FILES) {
    h.update(f)
    h.update(readFileSync(join(HERE, f)))
  }
  const lame = JSON.parse(readFileSync(join(ROOT, 'node_modules', '@breezystack', 'lamejs', 'package.json'), 'utf8')) as { version: string }
  h.update(`lamejs@${lame.version}|${KBPS}|${room.roomId}`)
  h.update(
    JSON.stringify({
      score: room.score(),
      title: room.title,
      caption: room.caption,
      credit: creditFor(room),
      instruments: room.instruments,
      melodies: room.melodies.map((id) => MELODIES[id]),
    }),
  )
  return h.digest('hex').slice(0, 16)
}

export function readIndex(): MusicIndex | null {
  if (!existsSync(INDEX_FILE)) return null
  return JSON.parse(readFileSync(INDEX_FILE, 'utf8')) as MusicIndex
}

export interface BuiltLoop {
  samples: Float32Array
  sampleRate: number
  seam: SeamReport
}

/** Renders one room's loop (no encoding). */
export function renderRoom(room: RoomMusic): BuiltLoop {
  const { samples, sampleRate } = renderScore(room.score(), seedFromText(room.roomId))
  return { samples, sampleRate, seam: seamReport(samples) }
}

export interface BuildReport {
  built: string[]
  skipped: string[]
  problems: string[]
  tracks: MusicTrack[]
}

export async function buildAudio(options: { force?: boolean; only?: string[]; log?: (line: string) => void } = {}): Promise<BuildReport> {
  const log = options.log ?? (() => {})
  mkdirSync(AUDIO_DIR, { recursive: true })
  const previous = readIndex()
  const report: BuildReport = { built: [], skipped: [], problems: [], tracks: [] }
  const tracks: Record<string, MusicTrack> = {}
  for (const room of ROOM_MUSIC) {
    const hash = inputsHash(room)
    const file = `${room.roomId}.mp3`
    const path = join(AUDIO_DIR, file)
    const old = previous?.tracks[room.roomId]
    const wanted = options.only === undefined || options.only.includes(room.roomId)
    const upToDate = old && old.inputsHash === hash && existsSync(path) && statSync(path).size === old.bytes
    if (old && (!wanted || (upToDate && !options.force))) {
      tracks[room.roomId] = old
      report.skipped.push(room.roomId)
      report.tracks.push(old)
      continue
    }
    const started = Date.now()
    const loop = renderRoom(room)
    const encoded = encodeLoop(loop.samples, loop.sampleRate, KBPS)
    const scan = scanFrames(encoded.bytes)
    if (!scan.clean) report.problems.push(`${file}: the encoder wrote something that is not a clean run of MP3 frames`)
    if (encoded.bytes.length > MAX_BYTES) report.problems.push(`${file}: ${encoded.bytes.length} bytes, over the ${MAX_BYTES}-byte budget`)
    // Measure what a browser will play: the decoded file, over the loop.
    const decoded = await decodeMp3(encoded.bytes)
    const from = Math.round(encoded.loopStart * decoded.sampleRate)
    const to = Math.round(encoded.loopEnd * decoded.sampleRate)
    const looped = decoded.samples.subarray(from, to)
    const rms = rmsOf(looped)
    const peak = peakOf(decoded.samples)
    if (peak >= 0.99) report.problems.push(`${file}: decoded peak ${peak.toFixed(3)} clips`)
    if (decoded.errors > 0) report.problems.push(`${file}: ${decoded.errors} decode errors`)
    writeFileSync(path, encoded.bytes)
    const track: MusicTrack = {
      roomId: room.roomId,
      file,
      title: room.title,
      loopStart: round(encoded.loopStart),
      loopEnd: round(encoded.loopEnd),
      loopDuration: round(loop.samples.length / loop.sampleRate),
      duration: round(encoded.duration),
      bytes: encoded.bytes.length,
      sampleRate: encoded.sampleRate,
      channels: 1,
      bitrateKbps: KBPS,
      melodies: room.melodies.map((id) => ({ id, name: MELODIES[id].name, origin: MELODIES[id].origin, publicDomain: MELODIES[id].publicDomain })),
      instruments: room.instruments,
      credit: creditFor(room),
      caption: room.caption,
      rms: round(rms),
      rmsDb: Math.round(toDb(rms) * 10) / 10,
      peak: round(peak),
      peakDb: Math.round(toDb(peak) * 10) / 10,
      inputsHash: hash,
    }
    tracks[room.roomId] = track
    report.built.push(room.roomId)
    report.tracks.push(track)
    log(
      `${file}: ${(track.bytes / 1024).toFixed(0)} KB, loop ${track.loopDuration.toFixed(2)} s, RMS ${track.rmsDb} dBFS, peak ${track.peak.toFixed(3)} (${track.peakDb} dBFS), seam step ${loop.seam.step.toFixed(4)} (typical ${loop.seam.typicalStep.toFixed(4)}) - ${((Date.now() - started) / 1000).toFixed(1)} s`,
    )
  }
  const index: MusicIndex = {
    version: 1,
    generator: 'tools/build-audio.ts',
    note: 'Each file holds its loop with a wrapped margin before and after; play it with loop = true, loopStart and loopEnd as given (offset = loopStart to begin at the top of the tune).',
    tracks,
  }
  writeFileSync(INDEX_FILE, `${JSON.stringify(index, null, 2)}\n`)
  return report
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6
