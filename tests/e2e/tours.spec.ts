import { test, expect, openGallery, enter } from './fixtures'
import type { Page } from '@playwright/test'

/** Records, in the page, each tour stop reached and the caption shown there. */
async function recordTour(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __tourLog: Array<{ stop: number; caption: string }> }
    w.__tourLog = []
    const timer = setInterval(() => {
      const tour = window.__gallery.tour()
      const caption = document.querySelector('[data-part="caption"]')?.textContent ?? ''
      if (!tour) {
        if (w.__tourLog.length > 0) clearInterval(timer)
        return
      }
      const last = w.__tourLog[w.__tourLog.length - 1]
      if (caption && (!last || last.stop !== tour.stop || last.caption !== caption)) w.__tourLog.push({ stop: tour.stop, caption })
    }, 20)
  })
}

test('the Highlights tour, sped up, visits every stop in order with its caption in Chinese', async ({ page }) => {
  test.setTimeout(240_000)
  await openGallery(page, './?lang=zh&tourTimeScale=0.05')
  const tours = await page.evaluate(() => window.__gallery.tours())
  const highlights = tours.find((t) => t.id === 'highlights')!
  expect(highlights.stops).toBeGreaterThanOrEqual(8)
  expect(tours.find((t) => t.id === 'field-trip')!.stops).toBeGreaterThanOrEqual(14)
  await enter(page)
  await recordTour(page)
  await page.getByRole('button', { name: '导览' }).click()
  await page.getByRole('button', { name: new RegExp(highlights.title) }).click()
  await expect.poll(() => page.evaluate(() => window.__gallery.tour()?.stop ?? -1), { timeout: 200_000, intervals: [250] }).toBe(highlights.stops - 1)
  await expect(page.getByText('导览结束', { exact: false })).toBeVisible({ timeout: 60_000 })
  const log = await page.evaluate(() => (window as unknown as { __tourLog: Array<{ stop: number; caption: string }> }).__tourLog)
  const stops = [...new Set(log.map((l) => l.stop))]
  expect(stops).toEqual([...Array(highlights.stops).keys()])
  for (const entry of log) expect(entry.caption).toMatch(/[\u4e00-\u9fff]/)
})

test('a tour link starts that tour at the stop it names, after Enter', async ({ page }) => {
  // Real reading times (the tour bar holds still long enough to be clicked), jumps instead of glides.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await openGallery(page, './#/tour/field-trip/3')
  await recordTour(page)
  await enter(page)
  await expect.poll(() => page.evaluate(() => window.__gallery.tour()?.id)).toBe('field-trip')
  // The first stop narrated is the one the link names (counted from 1 in the URL), not just any later one.
  await expect.poll(() => page.evaluate(() => (window as unknown as { __tourLog: Array<{ stop: number }> }).__tourLog[0]?.stop ?? null)).toBe(2)
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#\/tour\/field-trip\/\d+$/)
  await page.getByRole('button', { name: /leave the tour/i }).click()
  await expect.poll(() => page.evaluate(() => window.__gallery.tour())).toBeNull()
})

/**
 * Replaces the browser's voices and records what is spoken. A stubbed utterance never ends by
 * itself unless `speaksForMs` is given: then it "speaks" that long and ends, as a voice would.
 */
async function stubVoices(page: Page, voices: Array<{ lang: string; localService: boolean; name: string; default?: boolean }>, speaksForMs?: number) {
  await page.addInitScript(([list, speaksFor]) => {
    const w = window as unknown as { __spoken: Array<{ text: string; voice: string | null }>; __cancelled: number; __speaking: boolean }
    w.__spoken = []
    w.__cancelled = 0
    w.__speaking = false
    const fake = list.map((v) => ({ voiceURI: v.name, default: false, ...v }))
    // A real utterance only takes a real SpeechSynthesisVoice, which a page cannot make.
    ;(window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      lang = ''
      voice: { name: string } | null = null
      volume = 1
      onend: (() => void) | null = null
      onerror: (() => void) | null = null
      constructor(public text: string) {}
    }
    Object.defineProperty(speechSynthesis, 'getVoices', { value: () => fake })
    let speaking: SpeechSynthesisUtterance | null = null
    Object.defineProperty(speechSynthesis, 'speak', {
      value: (u: SpeechSynthesisUtterance) => {
        w.__spoken.push({ text: u.text, voice: u.voice?.name ?? null })
        speaking = u
        w.__speaking = true
        if (speaksFor === null) return
        setTimeout(() => {
          if (speaking !== u) return
          speaking = null
          w.__speaking = false
          u.onend?.(new Event('end') as SpeechSynthesisEvent)
        }, speaksFor)
      },
    })
    Object.defineProperty(speechSynthesis, 'cancel', {
      value: () => {
        w.__cancelled += 1
        speaking = null
        w.__speaking = false
      },
    })
  }, [voices, speaksForMs ?? null] as const)
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: Array<{ text: string; voice: string | null }> }).__spoken)

test('narration never goes to a cloud voice: with only network voices it is captioned', async ({ page }) => {
  await stubVoices(page, [{ lang: 'en-US', localService: false, name: 'Cloud English', default: true }])
  await openGallery(page, './?tourTimeScale=0.05#/tour/highlights/1')
  await enter(page)
  await expect(page.locator('[data-part="caption"]')).toBeVisible()
  // Nobody speaks it, so a screen reader reads it: it is inside a polite live region.
  expect(await page.locator('[data-part="caption"]').evaluate((el) => el.closest('[aria-live="polite"]') !== null)).toBe(true)
  // Captions move on by themselves; nothing was handed to the (cloud) voice.
  await expect.poll(() => page.evaluate(() => window.__gallery.tour()?.stop ?? -1), { timeout: 60_000 }).toBeGreaterThanOrEqual(1)
  expect(await spoken(page)).toEqual([])
})

test('a local voice reads the narration, and M silences it while the tour goes on', async ({ page }) => {
  await stubVoices(page, [
    { lang: 'en-US', localService: false, name: 'Cloud English', default: true },
    { lang: 'en-GB', localService: true, name: 'Local English' },
  ])
  await openGallery(page, './?tourTimeScale=0.05#/tour/highlights/1')
  await enter(page)
  await expect.poll(() => spoken(page).then((s) => s.length)).toBe(1)
  expect((await spoken(page))[0]!.voice).toBe('Local English')
  // While the voice speaks, the caption shows but sits outside any live region (no screen reader over the voice).
  const caption = page.locator('[data-part="caption"]')
  await expect(caption).toBeVisible()
  expect(await caption.evaluate((el) => el.closest('[aria-live]:not([aria-live="off"])') === null)).toBe(true)
  // The stubbed voice never finishes: only M can end this stop's speech.
  expect(await page.evaluate(() => window.__gallery.tour()?.stop)).toBe(0)
  const cancelled = await page.evaluate(() => (window as unknown as { __cancelled: number }).__cancelled)
  await page.keyboard.press('m')
  await expect.poll(() => page.evaluate(() => (window as unknown as { __cancelled: number }).__cancelled)).toBeGreaterThan(cancelled)
  await expect(page.locator('[data-part="caption"]')).toBeVisible()
  await expect.poll(() => page.evaluate(() => window.__gallery.tour()?.stop ?? -1), { timeout: 60_000 }).toBeGreaterThanOrEqual(1)
  // Muted, the next stops are captioned, not spoken.
  expect((await spoken(page)).length).toBe(1)
})

test('across a whole spoken tour, no caption the voice is speaking is in a live region', async ({ page }) => {
  test.setTimeout(240_000)
  await stubVoices(page, [{ lang: 'ru-RU', localService: true, name: 'Local Russian' }], 400)
  await openGallery(page, './?lang=ru&tourTimeScale=0.05#/tour/highlights/1')
  // Every caption shown, as a screen reader would meet it: inside a live region or not, and whether the voice was speaking.
  await page.evaluate(() => {
    const w = window as unknown as { __seen: Array<{ stop: number; text: string; live: boolean; speaking: boolean }>; __speaking: boolean }
    w.__seen = []
    new MutationObserver(() => {
      const el = document.querySelector('[data-part="caption"]')
      const stop = window.__gallery.tour()?.stop ?? -1
      if (!el?.textContent || stop < 0) return
      const entry = { stop, text: el.textContent, live: el.closest('[aria-live]:not([aria-live="off"])') !== null, speaking: w.__speaking }
      const last = w.__seen[w.__seen.length - 1]
      if (!last || last.stop !== entry.stop || last.text !== entry.text || last.live !== entry.live || last.speaking !== entry.speaking) w.__seen.push(entry)
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
  })
  await enter(page)
  const stops = (await page.evaluate(() => window.__gallery.tours())).find((t) => t.id === 'highlights')!.stops
  await expect.poll(() => page.evaluate(() => window.__gallery.tour()?.stop ?? -1), { timeout: 200_000, intervals: [250] }).toBe(stops - 1)
  await expect.poll(() => spoken(page).then((s) => s.length), { timeout: 60_000 }).toBe(stops)
  const seen = await page.evaluate(() => (window as unknown as { __seen: Array<{ stop: number; text: string; live: boolean; speaking: boolean }> }).__seen)
  const whileSpeaking = seen.filter((c) => c.speaking)
  // Each stop was spoken in Russian by the local voice, and its captions kept out of the live region meanwhile.
  expect(new Set(whileSpeaking.map((c) => c.stop)).size).toBe(stops)
  for (const c of whileSpeaking) expect(c.text).toMatch(/[\u0400-\u04ff]/)
  expect(whileSpeaking.filter((c) => c.live)).toEqual([])
  expect(new Set((await spoken(page)).map((s) => s.voice))).toEqual(new Set(['Local Russian']))
})

test('a tour goes on when its recorded narration cannot play', async ({ page }) => {
  // Every stop gets a recording, and the page's audio never starts (a browser that refuses sound).
  await page.route('**/exhibition.json', async (route) => {
    const response = await route.fetch()
    const manifest = await response.json()
    const file = manifest.rooms.find((r: { ambient?: { file: string } }) => r.ambient)!.ambient.file
    for (const tour of manifest.tours) for (const stop of tour.stops) stop.audio = { en: file }
    await route.fulfill({ response, json: manifest })
  })
  await page.addInitScript(() => {
    const Real = window.AudioContext
    window.AudioContext = class extends Real {
      constructor(options?: AudioContextOptions) {
        super(options)
        void this.suspend()
      }
      override resume() {
        return Promise.resolve()
      }
    }
  })
  await openGallery(page, './?tourTimeScale=0.05#/tour/highlights/1')
  await enter(page)
  await expect(page.locator('[data-part="caption"]')).toBeVisible()
  await expect.poll(() => page.evaluate(() => window.__gallery.tour()?.stop ?? -1), { timeout: 60_000 }).toBeGreaterThanOrEqual(1)
})
