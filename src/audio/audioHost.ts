/**
 * The one audio engine of the page, created with the scene and reachable from the interface
 * (Enter resumes it, panels play clips, the automation API reads it).
 */
import type { AudioListener } from 'three'
import type { AudioEngine } from './AudioEngine'
import { measureListener } from './measure'

let engine: AudioEngine | null = null
let listener: AudioListener | null = null

export function setAudioEngine(next: AudioEngine | null, nextListener: AudioListener | null = null): void {
  engine = next
  listener = nextListener
}

/** RMS of what reaches the listener, left and right, over `durationMs`; zeros without Web Audio. */
export function measureAudio(durationMs: number): Promise<{ left: number; right: number }> {
  return listener ? measureListener(listener, durationMs) : Promise.resolve({ left: 0, right: 0 })
}

export function audioEngine(): AudioEngine | null {
  return engine
}

/** Call from inside the visitor's click: browsers only start sound after a gesture. */
export function resumeAudio(): void {
  void engine?.resume()
}
