/**
 * Start-up: which manifest, which language, then load, validate and lay out the exhibition.
 * Everything that can go wrong here ends on the error screen with a reason, never a blank page.
 */
import { computeLayout } from './layout'
import { galleryStore } from './store/galleryStore'
import { ensureGlyphs, stringsOf } from './i18n/fontCoverage'
import { isShippedManifest } from './manifest/fingerprint'
import type { Manifest } from './manifest/schema'
import type { ValidationResult } from './manifest/validate'

export const DEFAULT_MANIFEST = 'exhibition.json'

/** Resolves `?manifest=` against the page; only the page's own origin is accepted (schools filter networks, and children's privacy). */
export function manifestUrlFrom(search: string, pageUrl: string): { url: string } | { refused: { url: string; allowed: string } } {
  const requested = new URLSearchParams(search).get('manifest')
  const url = new URL(requested ?? DEFAULT_MANIFEST, pageUrl)
  const allowed = new URL(pageUrl).origin
  if (url.origin !== allowed) return { refused: { url: url.href, allowed } }
  return { url: url.href }
}

export async function loadExhibition(): Promise<void> {
  const store = galleryStore.getState()
  const target = manifestUrlFrom(location.search, location.href)
  if ('refused' in target) {
    store.setFatal({ kind: 'foreignManifest', ...target.refused })
    return
  }
  galleryStore.setState({ manifestUrl: target.url })
  let json: unknown
  let text: string
  try {
    const response = await fetch(target.url, { credentials: 'same-origin' })
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`)
    text = await response.text()
    try {
      json = JSON.parse(text)
    } catch (error) {
      store.setManifestErrors([{ path: '$', message: `not valid JSON: ${(error as Error).message}` }])
      return
    }
  } catch (error) {
    store.setFatal({ kind: 'manifestUnreachable', url: target.url, detail: (error as Error).message })
    return
  }
  let result: ValidationResult
  try {
    // The build validated the shipped manifest: the same text needs no second check, nor zod.
    if (await isShippedManifest(text)) result = { ok: true, manifest: json as Manifest }
    else {
      // Inside the try: a validator chunk that does not arrive is a failure to open, not a blank page.
      const { validateManifest } = await import('./manifest/validate')
      result = validateManifest(json)
    }
  } catch (error) {
    store.setFatal({ kind: 'notOpened', detail: (error as Error).message })
    return
  }
  if (!result.ok) {
    store.setManifestErrors(result.problems)
    return
  }
  let layout
  try {
    layout = computeLayout(result.manifest)
  } catch (error) {
    store.setManifestErrors([{ path: '$.artifacts', message: (error as Error).message }])
    return
  }
  // Another exhibition (?manifest=) may use characters the build's font subset lacks.
  void ensureGlyphs(stringsOf(result.manifest).join(''))
  const { languages, defaultLanguage } = result.manifest.exhibition
  const requested = new URLSearchParams(location.search).get('lang')
  const current = galleryStore.getState().language
  const language = [requested, current, defaultLanguage].find((l): l is string => !!l && languages.includes(l)) ?? 'en'
  galleryStore.setState({ language })
  store.setExhibition(result.manifest, layout)
}
