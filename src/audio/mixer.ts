/** What the visitor's volume settings (store/mixer.ts) make of each channel's gain. */
import type { MixerSettings } from '../store/mixer'
import { clamp01 } from './curves'

export type Channel = 'music' | 'voice'

/** The gain a channel gets from the settings: 0 when muted, else master × channel. */
export function mixerGain(settings: MixerSettings, channel: Channel): number {
  if (settings.muted) return 0
  return clamp01(settings.master) * clamp01(channel === 'music' ? settings.music : settings.voice)
}
