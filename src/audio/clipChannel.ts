/**
 * The engine's one recording at a time (a broadcast or a speech played from an artifact's
 * panel): positional, on the voice channel, started and stopped without a click. AudioEngine
 * owns one and ducks the music while it plays.
 */
import { PositionalAudio, type AudioListener, type Object3D } from 'three'
import type { Vec3 } from '../layout/types'
import { clampVolume, detachAudio, positionalAudio } from './positionalAudio'

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

interface ClipEntry {
  spec: ClipSpec
  audio: PositionalAudio
  startedAt: number
  duration: number
  playing: boolean
}

const DEFAULT_VOLUME = 0.9

export class ClipChannel {
  private clip: ClipEntry | null = null
  /** Bumped on every play and stop, so a load that finishes after either is dropped. */
  private token = 0

  constructor(
    private readonly listener: AudioListener | null,
    private readonly context: AudioContext | null,
    private readonly group: Object3D,
    private readonly bufferFor: (url: string) => Promise<AudioBuffer>,
  ) {}

  get playing(): boolean {
    return this.clip?.playing === true
  }

  /** Plays `spec` at `voice` gain (times its own volume), stopping any clip under way; true once it has started. */
  async play(spec: ClipSpec, voice: number, disposed: () => boolean): Promise<boolean> {
    this.stop()
    const token = ++this.token
    if (!this.listener || !this.context) return false
    let buffer: AudioBuffer
    try {
      buffer = await this.bufferFor(spec.url)
    } catch {
      return false
    }
    if (token !== this.token || disposed()) return false
    const audio = positionalAudio(this.listener, `clip:${spec.id}`, buffer, false)
    audio.setRefDistance(spec.refDistance ?? 1.5)
    audio.position.set(spec.position[0], spec.position[1], spec.position[2])
    const entry: ClipEntry = { spec, audio, startedAt: this.context.currentTime, duration: buffer.duration, playing: true }
    audio.onEnded = () => {
      PositionalAudio.prototype.onEnded.call(audio)
      if (this.clip !== entry) return
      entry.playing = false
      detachAudio(this.group, audio)
      this.clip = null
      spec.onEnded?.()
    }
    audio.gain.gain.value = voice * clampVolume(spec.volume ?? DEFAULT_VOLUME)
    this.group.add(audio)
    audio.updateMatrixWorld(true)
    audio.play()
    this.clip = entry
    return true
  }

  /** Stops the clip (a short fade, no click); its `onEnded` is not called. */
  stop(): void {
    this.token += 1
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
    setTimeout(() => detachAudio(this.group, audio), 200)
  }

  /** Follows a change of the voice channel's gain, easing over `tau` seconds. */
  follow(voice: number, tau: number): void {
    if (!this.clip || !this.context) return
    this.clip.audio.gain.gain.setTargetAtTime(voice * clampVolume(this.clip.spec.volume ?? DEFAULT_VOLUME), this.context.currentTime, tau)
  }

  /** Seconds into the current clip (for its captions), or null when none plays. */
  time(): number | null {
    if (!this.clip || !this.context || !this.clip.playing) return null
    return Math.max(0, this.context.currentTime - this.clip.startedAt)
  }

  state(): { id: string; playing: boolean; time: number; duration: number } | null {
    const { clip, context } = this
    return clip && context ? { id: clip.spec.id, playing: clip.playing, time: Math.max(0, context.currentTime - clip.startedAt), duration: clip.duration } : null
  }
}
