/** The `?lang=` query parameter, so a shared link opens in the language it was shared in. */
import { LANGUAGE_CODE } from '../manifest/patterns'

/** The language a query string asks for (`?lang=zh`), or null when absent or malformed. */
export function languageFromSearch(search: string): string | null {
  const value = new URLSearchParams(search).get('lang')
  return value !== null && LANGUAGE_CODE.test(value) ? value : null
}

/** `href` with its `lang` parameter set to `language`; path, other parameters and hash kept. */
export function withLanguage(href: string, language: string): string {
  const url = new URL(href)
  url.searchParams.set('lang', language)
  return url.href
}

/** Writes `?lang=` into the address bar without a reload or a new history entry. */
export function replaceUrlLanguage(language: string): void {
  if (typeof window === 'undefined') return
  const next = withLanguage(window.location.href, language)
  if (next !== window.location.href) window.history.replaceState(window.history.state, '', next)
}
