/**
 * The start screen index.html paints (tools/start/): React's own StartScreen rendered at build
 * time, per language, from the shipped manifest and the interface strings.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderStartScreens } from '../../../tools/start/startScreen'
import { resources } from '../../../src/i18n/resources'

describe('the static start screen', () => {
  it('holds every language with its title, a disabled Loading button and the language choice; the default shown, ids unique', async () => {
    const { html, defaultLanguage } = await renderStartScreens()
    const manifest = JSON.parse(readFileSync('content/exhibition.json', 'utf8')) as { exhibition: { languages: string[]; title: Record<string, string> } }
    expect(html.startsWith('<div id="vm-start-static"')).toBe(true)
    for (const lang of manifest.exhibition.languages) {
      const variant = html.split('<div data-start-lang="').find((part) => part.startsWith(`${lang}"`))
      expect(variant, lang).toBeDefined()
      const open = variant!.slice(0, variant!.indexOf('>') + 1)
      expect(open.includes(' hidden'), lang).toBe(lang !== defaultLanguage)
      const body = variant!
      expect(body).toContain(`<h1 id="vm-static-${lang}-start-title"`)
      expect(body).toContain(`>${manifest.exhibition.title[lang] ?? manifest.exhibition.title.en}</h1>`)
      const strings = resources[lang as 'en'].translation
      expect(body).toMatch(new RegExp(`<button[^>]*disabled=""[^>]*>${strings.start.loading}<span[^>]*data-part="start-progress"`))
      expect(body).toContain(`role="group" aria-label="${strings.language.label}"`)
    }
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])
    expect(new Set(ids).size).toBe(ids.length)
  }, 60_000)
})
