/**
 * The pieces of Web Audio every gallery sound is made of: a listener for the camera, positional
 * sources with one distance model, decoded buffers loaded once, and taking a source out of the
 * graph. Used by AudioEngine; no state of its own beyond the buffer cache it hands out.
 */
import { AudioListener, PositionalAudio, type Object3D } from 'three'
import { LRUCache } from 'lru-cache'
import type { AmbientSourceSpec } from './ambientSources'

/** Rolloff of the inverse distance model, and the distance past which nothing changes. */
export const ROLLOFF = 1.2
export const MAX_DISTANCE = 25

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

/** A source heard from where it stands: HRTF panning, inverse distance, the gallery's rolloff. */
export function positionalAudio(listener: AudioListener, name: string, buffer: AudioBuffer, loop: boolean): PositionalAudio {
  const audio = new PositionalAudio(listener)
  audio.name = name
  audio.panner.panningModel = 'HRTF'
  audio.setDistanceModel('inverse')
  audio.setRolloffFactor(ROLLOFF)
  audio.setMaxDistance(MAX_DISTANCE)
  audio.setBuffer(buffer)
  audio.setLoop(loop)
  return audio
}

/** Puts an ambient source where its spec says, with its reach and loop points. */
export function placeAmbient(audio: PositionalAudio, spec: AmbientSourceSpec): void {
  audio.position.set(spec.position[0], spec.position[1], spec.position[2])
  audio.setRefDistance(spec.refDistance)
  const { loopStart, loopEnd } = loopWindow(spec, audio.buffer?.duration ?? Infinity)
  audio.setLoopStart(loopStart)
  audio.setLoopEnd(loopEnd)
}

/** Loop points within the buffer; 0/0 (the whole buffer) when none are given or they do not fit. */
export function loopWindow(spec: AmbientSourceSpec, duration: number): { loopStart: number; loopEnd: number } {
  const s = spec.loopStart
  const e = spec.loopEnd
  if (s === undefined || e === undefined || !(s >= 0) || !(e > s) || e > duration + 1e-6) return { loopStart: 0, loopEnd: 0 }
  return { loopStart: s, loopEnd: e }
}

export function clampVolume(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0
}

/** Takes a source out of the scene and the audio graph (it may already be out). */
export function detachAudio(group: Object3D, audio: PositionalAudio): void {
  group.remove(audio)
  try {
    if (audio.source) audio.disconnect()
    audio.gain.disconnect()
  } catch {
    // Already out of the graph.
  }
}

/** The decoded sound kept for rooms one may walk back into: about three rooms of ambience. */
const DECODED_BYTES = 64 * 2 ** 20

/**
 * Decoded buffers by URL, each fetched and decoded once. Decoded sound is large (a minute of
 * stereo is about 20 MB of samples), so the cache keeps about three rooms' worth, least recently
 * heard out; a playing source holds its own buffer. A failed load is not kept (fetch drops it),
 * so a flaky network may succeed later. Without an AudioContext every load fails.
 */
export function bufferCache(context: AudioContext | null): (url: string) => Promise<AudioBuffer> {
  const buffers = new LRUCache<string, AudioBuffer>({
    maxSize: DECODED_BYTES,
    sizeCalculation: (b) => Math.max(1, b.length * b.numberOfChannels * 4),
    fetchMethod: async (url) => {
      if (!context) throw new Error('no AudioContext')
      const response = await fetch(url)
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
      return await context.decodeAudioData(await response.arrayBuffer())
    },
  })
  return (url) => {
    if (!context) return Promise.reject(new Error('no AudioContext'))
    return buffers.fetch(url).then((buffer) => buffer ?? Promise.reject(new Error(`${url}: not decoded`)))
  }
}
