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
import { Group, PositionalAudio, type AudioListener } from 'three'
import type { GalleryLayout, Vec2, Vec3 } from '../layout/types'
import type { AmbientSourceSpec } from './ambientSources'
import { activeRooms, crossfadeGains, roomFor } from './crossfade'
import { duckGain } from './ducking'
import { DEFAULT_MIXER, type MixerSettings } from '../store/mixer'
import { mixerGain } from './mixer'
import { ClipChannel, type ClipSpec } from './clipChannel'
import { ContextPower } from './contextPower'
import { bufferCache, clampVolume, detachAudio, loopWindow, placeAmbient, positionalAudio } from './positionalAudio'

export type { AmbientSourceSpec } from './ambientSources'

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

export class AudioEngine {
  /** Holds every positional source; put it in the scene so their positions reach the panners. */
  readonly group = new Group()
  private readonly listener: AudioListener | null
  private readonly context: AudioContext | null
  private readonly sources = new Map<string, SourceEntry>()
  private readonly bufferFor: (url: string) => Promise<AudioBuffer>
  private readonly clips: ClipChannel
  private duck = 1
  private mixer: MixerSettings = DEFAULT_MIXER
  private disposed = false
  private readonly power: ContextPower

  constructor(listener: AudioListener | null) {
    this.listener = listener
    this.context = listener ? (listener.context as AudioContext) : null
    this.bufferFor = bufferCache(this.context)
    this.clips = new ClipChannel(listener, this.context, this.group, this.bufferFor)
    this.group.name = 'audio-sources'
    this.power = new ContextPower(this.context)
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
        if (entry.audio) placeAmbient(entry.audio, spec)
        continue
      }
      this.sources.set(spec.id, { spec, audio: null, buffer: null, loading: false, error: null, gain: 0, applied: -1 })
    }
  }

  /** Applies crossfade × duck × mixer to every source, starting the active rooms' and stopping the rest. */
  update(dt: number, frame: AudioFrame): void {
    if (this.disposed) return
    this.mixer = frame.mixer ?? this.mixer
    const clipPlaying = this.clips.playing
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
    this.clips.follow(mixerGain(this.mixer, 'voice'), GAIN_TAU)
  }

  /**
   * Plays a recording from a point (an artifact), on the voice channel, ducking the music; stops
   * any clip already playing. Resolves true once it has started, false if it could not.
   */
  playClip(spec: ClipSpec): Promise<boolean> {
    return this.clips.play(spec, mixerGain(this.mixer, 'voice'), () => this.disposed)
  }

  /** Stops the clip (a short fade, no click). */
  stopClip(): void {
    this.clips.stop()
  }

  /** Seconds into the current clip (for its captions), or null when none plays. */
  clipTime(): number | null {
    return this.clips.time()
  }

  /** Starts or resumes the AudioContext; call it from the "Enter" click (a user gesture). */
  resume(): Promise<void> {
    return this.power.resume()
  }

  /** Suspends the AudioContext (the page was hidden, or the visitor paused everything). */
  suspend(): Promise<void> {
    return this.power.suspend()
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
      clip: this.clips.state(),
    }
  }

  dispose(): void {
    this.disposed = true
    this.stopClip()
    for (const entry of this.sources.values()) this.release(entry)
    this.sources.clear()
    this.power.dispose()
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

  private start(entry: SourceEntry): void {
    const ctx = this.context
    if (!this.listener || !ctx || !entry.buffer) return
    let audio = entry.audio
    if (!audio) {
      audio = positionalAudio(this.listener, `ambient:${entry.spec.id}`, entry.buffer, true)
      entry.audio = audio
      this.group.add(audio)
    }
    placeAmbient(audio, entry.spec)
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
      setTimeout(() => detachAudio(this.group, audio), 250)
    } else {
      if (audio.isPlaying) audio.stop()
      detachAudio(this.group, audio)
    }
  }
}
