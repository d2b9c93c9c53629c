/** The visitor's volume settings and what they make of each channel's gain. */
import { clamp01 } from './curves'

export type Channel = 'music' | 'voice'

export interface MixerSettings {
  /** 0..1, over everything. */
  master: number
  /** 0..1, room music and ambience. */
  music: number
  /** 0..1, narration and artifact recordings. */
  voice: number
  muted: boolean
}

export const DEFAULT_MIXER: MixerSettings = { master: 0.8, music: 0.6, voice: 1, muted: false }

/** The gain a channel gets from the settings: 0 when muted, else master × channel. */
export function mixerGain(settings: MixerSettings, channel: Channel): number {
  if (settings.muted) return 0
  return clamp01(settings.master) * clamp01(channel === 'music' ? settings.music : settings.voice)
}
