/**
 * What this browser remembers of the visitor's preferences (nothing is sent anywhere), and how
 * an older build's copy is brought up to date. `migrate` honours the version it is given: each
 * step knows exactly which fields that version stored.
 */
import { DEFAULT_MIXER, type MixerSettings } from './mixer'

export interface PersistedSettings {
  language: string
  mixer: MixerSettings
  captions: boolean
}

/** Bump when the persisted shape changes, and teach `migrateSettings` the step. */
export const SETTINGS_VERSION = 2

export const DEFAULT_SETTINGS: PersistedSettings = { language: 'en', mixer: DEFAULT_MIXER, captions: true }

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Version 0 (no version) and 1 remembered only the language; 2 added the mixer and captions.
 * A copy from a newer build than this one cannot be read field by field: the defaults it is.
 */
export function migrateSettings(persisted: unknown, version: number): PersistedSettings {
  const stored = isRecord(persisted) ? persisted : {}
  const language = typeof stored.language === 'string' ? stored.language : DEFAULT_SETTINGS.language
  if (version <= 1) return { ...DEFAULT_SETTINGS, language }
  if (version === 2) {
    const mixer = isRecord(stored.mixer) ? { ...DEFAULT_MIXER, ...(stored.mixer as Partial<MixerSettings>) } : DEFAULT_MIXER
    return { language, mixer, captions: typeof stored.captions === 'boolean' ? stored.captions : DEFAULT_SETTINGS.captions }
  }
  return DEFAULT_SETTINGS
}
