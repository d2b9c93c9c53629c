/**
 * The interface strings of every language, in i18next's resource shape. Pure data: tests import
 * it without starting i18next or the store.
 */
import { en } from './strings/en'
import type { UiStrings } from './strings/uiStrings'
import { zh } from './strings/zh'
import { ru } from './strings/ru'

export type { UiStrings }

/** Languages the interface itself is translated into (content may offer others; they fall back to English). */
export const UI_LANGUAGES = ['en', 'zh', 'ru'] as const
export type UiLanguage = (typeof UI_LANGUAGES)[number]

export const resources: Record<UiLanguage, { translation: UiStrings }> = {
  en: { translation: en },
  zh: { translation: zh },
  ru: { translation: ru },
}

/** Each language's name in itself, as a language switcher shows it. */
export const LANGUAGE_ENDONYMS: Record<string, string> = {
  en: 'English',
  zh: '中文',
  ru: 'Русский',
}

/** The name of a language in that language: from the table above, else from Intl, else the code. */
export function endonym(code: string): string {
  const known = LANGUAGE_ENDONYMS[code]
  if (known) return known
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code)
    if (name && name !== code) return name.charAt(0).toLocaleUpperCase(code) + name.slice(1)
  } catch {
    // An odd code: show it as is.
  }
  return code
}

/** The value for an HTML `lang` attribute: our `zh` is Simplified Chinese. */
export function htmlLang(code: string): string {
  return code === 'zh' ? 'zh-Hans' : code
}
