/**
 * The visitor's volume settings: what the Sound panel shows and this browser remembers. Kept in
 * the store layer because the store persists them; src/audio/mixer.ts turns them into gains.
 */
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
