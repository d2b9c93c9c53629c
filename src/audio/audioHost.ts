/**
 * The one audio engine of the page, created with the scene and reachable from the interface
 * (Enter resumes it, panels play clips, the automation API reads it).
 */
import type { AudioListener } from 'three'
import { createSlot } from '../store/slot'
import type { AudioEngine } from './AudioEngine'
import { measureListener } from './measure'

/** Filled by the scene's audio layer while it is mounted. */
export const audioSlot = createSlot<{ engine: AudioEngine; listener: AudioListener | null }>()

/** RMS of what reaches the listener, left and right, over `durationMs`; zeros without Web Audio. */
export function measureAudio(durationMs: number): Promise<{ left: number; right: number }> {
  const listener = audioSlot.get()?.listener
  return listener ? measureListener(listener, durationMs) : Promise.resolve({ left: 0, right: 0 })
}

export function audioEngine(): AudioEngine | null {
  return audioSlot.get()?.engine ?? null
}

/** Call from inside the visitor's click: browsers only start sound after a gesture. */
export function resumeAudio(): void {
  void audioEngine()?.resume()
}
