/**
 * Vite plugin (build): index.html paints the start screen itself (title, intro, language choice,
 * the Enter button saying "Loading…" with a progress bar), so a visitor reads it while the
 * scripts and the first room arrive. The markup is React's own StartScreen rendered at build
 * time from content/exhibition.json and the interface strings, once per language, so the app
 * takes the same screen over without a visible jump (ui/StartScreen.tsx, ui/Overlay.tsx).
 * A small classic script (start.js) picks the language and moves the bar until then.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createServer, type Plugin } from 'vite'
import type { Manifest } from '../../src/manifest'

const ROOT = resolve(import.meta.dirname, '../..')

export async function renderStartScreens(): Promise<{ html: string; defaultLanguage: string }> {
  const server = await createServer({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'error' })
  try {
    const { validateManifest } = (await server.ssrLoadModule('/src/manifest/validate.ts')) as typeof import('../../src/manifest/validate')
    const { renderStart } = (await server.ssrLoadModule('/tools/start/render.tsx')) as typeof import('./render')
    const { UI_LANGUAGES, htmlLang } = (await server.ssrLoadModule('/src/i18n/resources.ts')) as typeof import('../../src/i18n/resources')
    const { DEFAULT_SETTINGS } = (await server.ssrLoadModule('/src/store/persistedSettings.ts')) as typeof import('../../src/store/persistedSettings')
    const { default: primitives } = (await server.ssrLoadModule('/src/ui/primitives.module.css')) as { default: Record<string, string> }
    const result = validateManifest(JSON.parse(readFileSync(join(ROOT, 'content/exhibition.json'), 'utf8')))
    if (!result.ok) throw new Error(`content/exhibition.json does not validate: ${result.problems[0]?.path} ${result.problems[0]?.message}`)
    const manifest: Manifest = result.manifest
    const { languages, defaultLanguage } = manifest.exhibition
    // As boot.ts chooses for a first visit: the store's default language if offered, else the exhibition's.
    const first = [DEFAULT_SETTINGS.language, defaultLanguage].find((l) => languages.includes(l)) ?? languages[0] ?? 'en'
    const shown = languages.filter((l) => (UI_LANGUAGES as readonly string[]).includes(l) || l === first)
    // Ids made unique per language (the app's own screen, which replaces these, has the plain ones).
    const markup = (l: string) => renderStart(manifest, l).replace(/\b(id|aria-labelledby|aria-describedby|aria-controls)="vm-/g, `$1="vm-static-${l}-`)
    const variants = shown.map((l) => `<div data-start-lang="${l}" lang="${htmlLang(l)}"${l === first ? '' : ' hidden'}>${markup(l)}</div>`)
    return { html: `<div id="vm-start-static" class="${primitives.overlay}" data-part="start-static" data-default-lang="${first}">${variants.join('')}</div>`, defaultLanguage: first }
  } finally {
    await server.close()
  }
}

export function startScreen(): Plugin {
  let base = './'
  let script = ''
  let scriptName = ''
  return {
    name: 'start-screen',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    buildStart() {
      script = readFileSync(join(ROOT, 'tools/start/start.js'), 'utf8')
      scriptName = `assets/start-${createHash('sha256').update(script).digest('hex').slice(0, 8)}.js`
    },
    async transformIndexHtml(html) {
      const { html: markup, defaultLanguage } = await renderStartScreens()
      // No inline script (the CSP allows none): the language and the bar are moved by start.js.
      return html
        .replace('<html lang="en">', `<html lang="${defaultLanguage === 'zh' ? 'zh-Hans' : defaultLanguage}">`)
        .replace('<div id="root"></div>', `<div id="root"></div>\n    ${markup}\n    <script src="${base}${scriptName}"></script>`)
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: scriptName, source: script })
    },
  }
}
