/**
 * Interface strings (i18next) and the helpers that put manifest text into the visitor's
 * language. i18next is started synchronously with inline resources: no backend, no detector,
 * nothing fetched. The store's `language` is the one source of truth; this module follows it,
 * switching i18next and `<html lang>` whenever it changes.
 */
import i18next from 'i18next'
import { initReactI18next, useTranslation } from 'react-i18next'
import { useGallery } from '../store/useGallery'
import { galleryStore } from '../store/galleryStore'
import { htmlLang, resources, UI_LANGUAGES, type UiStrings } from './resources'
import { languageFromSearch } from './url'

export { localize, pickLocalized, baseLanguage, type LocalizedLike } from './localize'
export { formatDating } from './formatDating'
export { formatDimensions } from './formatDimensions'
export { resources, UI_LANGUAGES, LANGUAGE_ENDONYMS, endonym, htmlLang, type UiLanguage, type UiStrings } from './resources'
export { languageFromSearch, replaceUrlLanguage, withLanguage } from './url'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: UiStrings }
  }
}

export const i18n = i18next.createInstance()

// A shared link's ?lang= wins over the language remembered in this browser.
if (typeof window !== 'undefined') {
  const fromUrl = languageFromSearch(window.location.search)
  if (fromUrl && fromUrl !== galleryStore.getState().language) galleryStore.getState().setLanguage(fromUrl)
}

void i18n.use(initReactI18next).init({
  resources,
  lng: galleryStore.getState().language,
  fallbackLng: 'en',
  supportedLngs: [...UI_LANGUAGES],
  // "zh-CN" uses the "zh" strings.
  nonExplicitSupportedLngs: true,
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes.
  returnNull: false,
  react: { useSuspense: false },
})

function applyLanguage(language: string): void {
  if (i18n.language !== language) void i18n.changeLanguage(language)
  if (typeof document !== 'undefined') document.documentElement.lang = htmlLang(language)
}

applyLanguage(galleryStore.getState().language)

galleryStore.subscribe((state, previous) => {
  if (state.language !== previous.language) applyLanguage(state.language)
  // A newly loaded exhibition that is not offered in the chosen language opens in its default one.
  if (state.manifest && state.manifest !== previous.manifest) {
    const { languages, defaultLanguage } = state.manifest.exhibition
    if (!languages.includes(state.language)) state.setLanguage(languages.includes(defaultLanguage) ? defaultLanguage : (languages[0] ?? 'en'))
  }
})

/** The translate function for interface strings; re-renders the component when the language changes. */
export function useT() {
  return useTranslation().t
}

/** The visitor's language (for `localize`, `formatDating`, ...), from the store. */
export function useLanguage(): string {
  return useGallery((s) => s.language)
}
