import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, migrateSettings, SETTINGS_VERSION } from '../../../src/store/persistedSettings'
import { DEFAULT_MIXER } from '../../../src/store/mixer'

describe('remembered settings', () => {
  it('keeps only the language from versions 0 and 1, which stored nothing else', () => {
    for (const version of [0, 1]) {
      // A stray mixer in an old copy was never written by that version: it is not trusted.
      expect(migrateSettings({ language: 'ru', mixer: { master: 0 } }, version)).toEqual({ ...DEFAULT_SETTINGS, language: 'ru' })
    }
  })

  it('reads version 2 field by field, filling what is missing or malformed', () => {
    expect(migrateSettings({ language: 'zh', mixer: { master: 0.3, muted: true }, captions: false }, 2)).toEqual({
      language: 'zh',
      mixer: { ...DEFAULT_MIXER, master: 0.3, muted: true },
      captions: false,
    })
    expect(migrateSettings({ language: 7, mixer: 'loud', captions: 'yes' }, 2)).toEqual(DEFAULT_SETTINGS)
  })

  it('falls back to the defaults for a copy from a newer build, or for garbage', () => {
    expect(migrateSettings({ language: 'ru' }, SETTINGS_VERSION + 1)).toEqual(DEFAULT_SETTINGS)
    expect(migrateSettings(null, 1)).toEqual(DEFAULT_SETTINGS)
    expect(migrateSettings(['ru'], 2)).toEqual(DEFAULT_SETTINGS)
  })
})
