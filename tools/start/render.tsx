// Rendered at build time by tools/start/startScreen.ts (through Vite's SSR loader): the start
// screen exactly as React draws it while the gallery loads, one language at a time, as static
// markup that index.html paints before any script has arrived.
import { renderToStaticMarkup } from 'react-dom/server'
import { galleryStore } from '../../src/store/galleryStore'
import { offlineStore } from '../../src/ui/offline/offlineStore'
import { i18n } from '../../src/i18n'
import { StartScreen } from '../../src/ui/StartScreen'
import type { Manifest } from '../../src/manifest'

// React renders a store's *initial* state on the server: render the state set here instead.
galleryStore.getInitialState = galleryStore.getState
offlineStore.getInitialState = offlineStore.getState

export function renderStart(manifest: Manifest, language: string): string {
  // As a first visit in a browser that can save for offline (any https page, or localhost).
  offlineStore.setState({ supported: true })
  galleryStore.setState({ manifest, language, mode: 'loading' })
  void i18n.changeLanguage(language)
  // The bar starts empty: start.js fills its first half as the scripts arrive.
  return renderToStaticMarkup(<StartScreen onEnter={() => undefined} />).replace(/transform:scaleX\([0-9.]+\)/, 'transform:scaleX(0)')
}
