/**
 * The gallery's sound: room music as positional sources, crossfaded at doorways and ducked under
 * speech, plus one positional clip at a time (a recording played from an artifact's panel).
 * Uses three's AudioListener/PositionalAudio and Web Audio; no React. The maths it applies lives
 * in the pure modules beside it (crossfade, ducking, mixer).
 *
 * ```ts
 * const listener = createAudioListener()          // null where Web Audio is missing
 * if (listener) camera.add(listener)
 * const engine = new AudioEngine(listener)
 * scene.add(engine.group)
 * engine.setSources([{ id: 'entrance-hall', owner: 'entrance-hall', url, position: [4, 1.6, -3], volume: 0.6, refDistance: 2.5, loopStart, loopEnd }])
 * enterButton.onclick = () => engine.resume()
 * // every frame:
 * engine.update(dt, { position: [x, z], roomId, layout, speechActive, mixer })
 * ```
 *
 * Without an AudioContext (old browsers, tests in Node) every method still works and does
 * nothing audible; `state().context` is then 'unavailable'.
 */
import { AudioListener, Group, PositionalAudio } from 'three'
import { LRUCache } from 'lru-cache'
import type { GalleryLayout, Vec2, Vec3 } from '../layout/types'
import type { AmbientSourceSpec } from './ambientSources'
import { activeRooms, crossfadeGains, roomFor } from './crossfade'
import { duckGain } from './ducking'
import { DEFAULT_MIXER, mixerGain, type MixerSettings } from './mixer'

/** The decoded sound kept for rooms one may walk back into: about three rooms of ambience. */
const DECODED_BYTES = 64 * 2 ** 20

export type { AmbientSourceSpec } from './ambientSources'

export interface ClipSpec {
  id: string
  url: string
  position: Vec3
  /** 0..1, the manifest's `clip.volume`. */
  volume?: number
  refDistance?: number
  /** Called once when the clip plays to its end (not when it is stopped). */
  onEnded?: () => void
}

export interface AudioFrame {
  /** The listener on the floor: world x, z. */
  position: Vec2
  /** The visitor's room; derived from the position when null. */
  roomId: string | null
  layout: GalleryLayout | null
  /** Narration (speech synthesis or a recording outside this engine) is playing: duck the music. */
  speechActive?: boolean
  mixer?: MixerSettings
}

export interface AudioEngineState {
  context: AudioContextState | 'unavailable'
  /** The current duck gain on music (1: none, 0.25: under speech). */
  duck: number
  sources: Array<{ id: string; owner: string; position: Vec3; gain: number; playing: boolean; loaded: boolean; error: string | null }>
  clip: { id: string; playing: boolean; time: number; duration: number } | null
}

/** Rolloff of the inverse distance model, and the distance past which nothing changes. */
export const ROLLOFF = 1.2
export const MAX_DISTANCE = 25
/** Time constant of gain changes, seconds: fast enough to follow walking, slow enough not to zip. */
const GAIN_TAU = 0.06
/** Fade before a source that left the active rooms is stopped, seconds. */
const STOP_FADE = 0.4

interface SourceEntry {
  spec: AmbientSourceSpec
  audio: PositionalAudio | null
  buffer: AudioBuffer | null
  loading: boolean
  error: string | null
  gain: number
  applied: number
}

interface ClipEntry {
  spec: ClipSpec
  audio: PositionalAudio
  startedAt: number
  duration: number
  playing: boolean
}

/** A listener for the camera, or null where the browser has no Web Audio. */
export function createAudioListener(): AudioListener | null {
  try {
    const w = globalThis as { AudioContext?: unknown; webkitAudioContext?: unknown }
    if (typeof w.AudioContext !== 'function' && typeof w.webkitAudioContext !== 'function') return null
    return new AudioListener()
  } catch {
    return null
  }
}

export class AudioEngine {
  /** Holds every positional source; put it in the scene so their positions reach the panners. */
  readonly group = new Group()
  private readonly listener: AudioListener | null
  private readonly context: AudioContext | null
  private readonly sources = new Map<string, SourceEntry>()
  /**
   * Decoded sound is large (a minute of stereo is about 20 MB of samples), so the cache keeps
   * about three rooms' worth, least recently heard out; a playing source holds its own buffer.
   */
  private readonly buffers = new LRUCache<string, AudioBuffer>({
    maxSize: DECODED_BYTES,
    sizeCalculation: (b) => Math.max(1, b.length * b.numberOfChannels * 4),
    fetchMethod: async (url) => {
      const ctx = this.context
      if (!ctx) throw new Error('no AudioContext')
      const response = await fetch(url)
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
      return await ctx.decodeAudioData(await response.arrayBuffer())
    },
  })
  private clip: ClipEntry | null = null
  private clipToken = 0
  private duck = 1
  private mixer: MixerSettings = DEFAULT_MIXER
  private wantRunning = false
  private hiddenSuspend = false
  private disposed = false
  private readonly onVisibility = () => this.visibilityChanged()

  constructor(listener: AudioListener | null) {
    this.listener = listener
    this.context = listener ? (listener.context as AudioContext) : null
    this.group.name = 'audio-sources'
    if (this.context && typeof document !== 'undefined') document.addEventListener('visibilitychange', this.onVisibility)
  }

  /** Replaces the set of ambient sources; unchanged ids keep playing, removed ones stop. */
  setSources(specs: readonly AmbientSourceSpec[]): void {
    const wanted = new Map(specs.map((s) => [s.id, s]))
    for (const [id, entry] of this.sources) {
      const next = wanted.get(id)
      if (!next || next.url !== entry.spec.url) {
        this.release(entry)
        this.sources.delete(id)
      }
    }
    for (const spec of specs) {
      const entry = this.sources.get(spec.id)
      if (entry) {
        entry.spec = spec
        if (entry.audio) this.configure(entry.audio, spec)
        continue
      }
      this.sources.set(spec.id, { spec, audio: null, buffer: null, loading: false, error: null, gain: 0, applied: -1 })
    }
  }

  /** Applies crossfade × duck × mixer to every source, starting the active rooms' and stopping the rest. */
  update(dt: number, frame: AudioFrame): void {
    if (this.disposed) return
    this.mixer = frame.mixer ?? this.mixer
    const clipPlaying = this.clip?.playing === true
    this.duck = duckGain(frame.speechActive === true || clipPlaying, this.duck, dt)
    const layout = frame.layout
    const roomId = frame.roomId ?? (layout ? (roomFor(layout, frame.position)?.id ?? null) : null)
    const owners = [...new Set([...this.sources.values()].map((e) => e.spec.owner))]
    const fades = layout ? crossfadeGains(frame.position, layout, owners) : {}
    const active = new Set(layout ? activeRooms(layout, roomId) : [])
    const music = mixerGain(this.mixer, 'music')
    for (const entry of this.sources.values()) {
      const on = active.has(entry.spec.owner)
      entry.gain = on ? (fades[entry.spec.owner] ?? 0) * this.duck * music * clampVolume(entry.spec.volume) : 0
      if (!this.context) continue
      if (on && !entry.buffer && !entry.loading && !entry.error) this.load(entry)
      const audio = entry.audio
      if (on && entry.buffer && !(audio && audio.isPlaying)) this.start(entry)
      else if (!on && audio?.isPlaying) {
        audio.gain.gain.setTargetAtTime(0, this.context.currentTime, STOP_FADE / 5)
        audio.stop(STOP_FADE)
        entry.applied = 0
      } else if (audio?.isPlaying && Math.abs(entry.gain - entry.applied) > 1e-3) {
        audio.gain.gain.setTargetAtTime(entry.gain, this.context.currentTime, GAIN_TAU)
        entry.applied = entry.gain
      }
    }
    if (this.clip && this.context) {
      const g = mixerGain(this.mixer, 'voice') * clampVolume(this.clip.spec.volume ?? 0.9)
      this.clip.audio.gain.gain.setTargetAtTime(g, this.context.currentTime, GAIN_TAU)
    }
  }

  /**
   * Plays a recording from a point (an artifact), on the voice channel, ducking the music; stops
   * any clip already playing. Resolves true once it has started, false if it could not.
   */
  async playClip(spec: ClipSpec): Promise<boolean> {
    this.stopClip()
    const token = ++this.clipToken
    if (!this.listener || !this.context) return false
    let buffer: AudioBuffer
    try {
      buffer = await this.bufferFor(spec.url)
    } catch {
      return false
    }
    if (token !== this.clipToken || this.disposed) return false
    const audio = new PositionalAudio(this.listener)
    audio.name = `clip:${spec.id}`
    audio.panner.panningModel = 'HRTF'
    audio.setDistanceModel('inverse')
    audio.setRefDistance(spec.refDistance ?? 1.5)
    audio.setRolloffFactor(ROLLOFF)
    audio.setMaxDistance(MAX_DISTANCE)
    audio.position.set(spec.position[0], spec.position[1], spec.position[2])
    audio.setBuffer(buffer)
    audio.setLoop(false)
    const entry: ClipEntry = { spec, audio, startedAt: this.context.currentTime, duration: buffer.duration, playing: true }
    audio.onEnded = () => {
      PositionalAudio.prototype.onEnded.call(audio)
      if (this.clip !== entry) return
      entry.playing = false
      this.detach(audio)
      this.clip = null
      spec.onEnded?.()
    }
    audio.gain.gain.value = mixerGain(this.mixer, 'voice') * clampVolume(spec.volume ?? 0.9)
    this.group.add(audio)
    audio.updateMatrixWorld(true)
    audio.play()
    this.clip = entry
    return true
  }

  /** Stops the clip (a short fade, no click). */
  stopClip(): void {
    this.clipToken += 1
    const clip = this.clip
    this.clip = null
    if (!clip || !this.context) return
    clip.playing = false
    clip.audio.onEnded = () => PositionalAudio.prototype.onEnded.call(clip.audio)
    if (clip.audio.isPlaying) {
      clip.audio.gain.gain.setTargetAtTime(0, this.context.currentTime, 0.02)
      clip.audio.stop(0.12)
    }
    const audio = clip.audio
    setTimeout(() => this.detach(audio), 200)
  }

  /** Seconds into the current clip (for its captions), or null when none plays. */
  clipTime(): number | null {
    if (!this.clip || !this.context || !this.clip.playing) return null
    return Math.max(0, this.context.currentTime - this.clip.startedAt)
  }

  /** Starts or resumes the AudioContext; call it from the "Enter" click (a user gesture). */
  async resume(): Promise<void> {
    this.wantRunning = true
    if (!this.context || this.context.state === 'closed') return
    try {
      await this.context.resume()
    } catch {
      // A browser may refuse outside a gesture; the next gesture's call will succeed.
    }
  }

  /** Suspends the AudioContext (the page was hidden, or the visitor paused everything). */
  async suspend(): Promise<void> {
    this.wantRunning = false
    if (!this.context || this.context.state !== 'running') return
    await this.context.suspend().catch(() => undefined)
  }

  state(): AudioEngineState {
    const ctx = this.context
    return {
      context: ctx ? ctx.state : 'unavailable',
      duck: this.duck,
      sources: [...this.sources.values()].map((e) => ({
        id: e.spec.id,
        owner: e.spec.owner,
        position: [...e.spec.position] as Vec3,
        gain: e.gain,
        playing: e.audio?.isPlaying === true,
        loaded: e.buffer !== null,
        error: e.error,
      })),
      clip: this.clip && ctx ? { id: this.clip.spec.id, playing: this.clip.playing, time: Math.max(0, ctx.currentTime - this.clip.startedAt), duration: this.clip.duration } : null,
    }
  }

  dispose(): void {
    this.disposed = true
    this.stopClip()
    for (const entry of this.sources.values()) this.release(entry)
    this.sources.clear()
    if (this.context && typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.onVisibility)
  }

  // ------------------------------------------------------------------ internals

  private visibilityChanged(): void {
    const ctx = this.context
    if (!ctx || typeof document === 'undefined') return
    if (document.hidden) {
      if (ctx.state === 'running') {
        this.hiddenSuspend = true
        ctx.suspend().catch(() => undefined)
      }
    } else if (this.hiddenSuspend) {
      this.hiddenSuspend = false
      if (this.wantRunning) ctx.resume().catch(() => undefined)
    }
  }

  private bufferFor(url: string): Promise<AudioBuffer> {
    if (!this.context) return Promise.reject(new Error('no AudioContext'))
    // A failed load is not kept (fetch drops it), so a flaky network may succeed later.
    return this.buffers.fetch(url).then((buffer) => buffer ?? Promise.reject(new Error(`${url}: not decoded`)))
  }

  private load(entry: SourceEntry): void {
    entry.loading = true
    const url = entry.spec.url
    this.bufferFor(url).then(
      (buffer) => {
        entry.loading = false
        if (this.sources.get(entry.spec.id) === entry && entry.spec.url === url) entry.buffer = buffer
      },
      (error: unknown) => {
        entry.loading = false
        entry.error = error instanceof Error ? error.message : String(error)
      },
    )
  }

  private configure(audio: PositionalAudio, spec: AmbientSourceSpec): void {
    audio.position.set(spec.position[0], spec.position[1], spec.position[2])
    audio.setRefDistance(spec.refDistance)
    const buffer = audio.buffer
    const { loopStart, loopEnd } = loopWindow(spec, buffer?.duration ?? Infinity)
    audio.setLoopStart(loopStart)
    audio.setLoopEnd(loopEnd)
  }

  private start(entry: SourceEntry): void {
    const ctx = this.context
    if (!this.listener || !ctx || !entry.buffer) return
    let audio = entry.audio
    if (!audio) {
      audio = new PositionalAudio(this.listener)
      audio.name = `ambient:${entry.spec.id}`
      audio.panner.panningModel = 'HRTF'
      audio.setDistanceModel('inverse')
      audio.setRolloffFactor(ROLLOFF)
      audio.setMaxDistance(MAX_DISTANCE)
      audio.setBuffer(entry.buffer)
      audio.setLoop(true)
      entry.audio = audio
      this.group.add(audio)
    }
    this.configure(audio, entry.spec)
    audio.updateMatrixWorld(true)
    // Join the music where a clock that never stopped would have it, so coming back to a room
    // does not restart its tune, and fade in from silence.
    const { loopStart, loopEnd } = loopWindow(entry.spec, entry.buffer.duration)
    const length = (loopEnd || entry.buffer.duration) - loopStart
    audio.offset = loopStart + (length > 0 ? ctx.currentTime % length : 0)
    audio.gain.gain.cancelScheduledValues(ctx.currentTime)
    audio.gain.gain.setValueAtTime(0, ctx.currentTime)
    audio.gain.gain.setTargetAtTime(entry.gain, ctx.currentTime, GAIN_TAU * 2)
    entry.applied = entry.gain
    audio.play()
  }

  /** Fades a source out, stops it and takes it out of the graph. */
  private release(entry: SourceEntry): void {
    const audio = entry.audio
    entry.audio = null
    if (!audio) return
    const ctx = this.context
    if (audio.isPlaying && ctx && !this.disposed) {
      audio.gain.gain.setTargetAtTime(0, ctx.currentTime, 0.03)
      audio.stop(0.15)
      setTimeout(() => this.detach(audio), 250)
    } else {
      if (audio.isPlaying) audio.stop()
      this.detach(audio)
    }
  }

  private detach(audio: PositionalAudio): void {
    this.group.remove(audio)
    try {
      if (audio.source) audio.disconnect()
      audio.gain.disconnect()
    } catch {
      // Already out of the graph.
    }
  }
}

function clampVolume(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0
}

/** Loop points within the buffer; 0/0 (the whole buffer) when none are given or they do not fit. */
function loopWindow(spec: AmbientSourceSpec, duration: number): { loopStart: number; loopEnd: number } {
  const s = spec.loopStart
  const e = spec.loopEnd
  if (s === undefined || e === undefined || !(s >= 0) || !(e > s) || e > duration + 1e-6) return { loopStart: 0, loopEnd: 0 }
  return { loopStart: s, loopEnd: e }
}
