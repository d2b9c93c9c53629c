import { test, expect, openGallery, enter, state, SCREENSHOTS } from './fixtures'
import type { Page } from '@playwright/test'
import { writeFileSync } from 'node:fs'

const measured: Record<string, unknown> = {}

async function levels(page: Page, ms = 1200) {
  return page.evaluate((d) => window.__gallery.measureAudio(d), ms)
}

async function hall(page: Page) {
  const rooms = await page.evaluate(() => window.__gallery.rooms())
  const sources = (await page.evaluate(() => window.__gallery.audio())).sources
  const room = rooms[0]!
  const source = sources.find((s) => s.owner === room.id)!
  return { room, source }
}

/** Waits until the room's own source is audible at the listener (loaded, started, faded in). */
async function waitForSound(page: Page) {
  await expect.poll(async () => {
    const { left, right } = await levels(page, 300)
    return left + right
  }, { timeout: 60_000 }).toBeGreaterThan(0.002)
}

test.afterAll(() => {
  writeFileSync(`${SCREENSHOTS}/audio-levels.json`, JSON.stringify(measured, null, 2))
})

test('after Enter the sound runs, and a room source is heard from its side, louder near than far', async ({ page }) => {
  await openGallery(page)
  // Nothing sounds before the visitor's first gesture (the test browser would allow it: the app must not):
  // measured over a long window, from the moment the start room is ready.
  const before = await levels(page, 2000)
  measured.beforeEnter = before
  expect(before.left + before.right).toBeLessThan(0.0005)
  await enter(page)
  await expect.poll(async () => (await page.evaluate(() => window.__gallery.audio())).context).toBe('running')
  const { room, source } = await hall(page)
  const centre: [number, number] = [(room.bounds.min[0] + room.bounds.max[0]) / 2, (room.bounds.min[1] + room.bounds.max[1]) / 2]
  /** Levels once the panner has caught up with a teleport: polled until `holds`, then the last reading. */
  const settled = async (holds: (l: { left: number; right: number }) => boolean) => {
    let last = { left: 0, right: 0 }
    await expect.poll(async () => holds((last = await levels(page))), { timeout: 20_000 }).toBe(true)
    return last
  }
  // The loudspeaker is on the north wall. Facing east, north is on the left...
  await page.evaluate(([p]) => window.__gallery.teleport(p, -Math.PI / 2), [centre] as const)
  await waitForSound(page)
  const facingEast = await settled((l) => l.left > l.right * 1.15)
  // ...facing west, it is on the right.
  await page.evaluate(([p]) => window.__gallery.teleport(p, Math.PI / 2), [centre] as const)
  const facingWest = await settled((l) => l.right > l.left * 1.15)
  measured.facingEast = facingEast
  measured.facingWest = facingWest
  // Near the loudspeaker against the far corner of the room.
  const near: [number, number] = [source.position[0] - 1, source.position[2] + 1.5]
  const far: [number, number] = [room.bounds.min[0] + 1, room.bounds.max[1] - 1]
  await page.evaluate(([p]) => window.__gallery.teleport(p, 0), [near] as const)
  const nearLevels = await settled((l) => l.left + l.right > 0.002)
  await page.evaluate(([p]) => window.__gallery.teleport(p, 0), [far] as const)
  const farLevels = await settled((l) => l.left + l.right < (nearLevels.left + nearLevels.right) / 1.5)
  measured.near = nearLevels
  measured.far = farLevels
  expect(nearLevels.left + nearLevels.right).toBeGreaterThan((farLevels.left + farLevels.right) * 1.5)
})

test('crossing a doorway moves the gain from one room to the next without a gap', async ({ page }) => {
  await openGallery(page)
  await enter(page)
  const rooms = await page.evaluate(() => window.__gallery.rooms())
  const [a, b] = [rooms[0]!, rooms[1]!]
  const door = a.bounds.max[0]
  const samples: Array<{ x: number; a: number; b: number }> = []
  for (let x = door - 2.5; x <= door + 2.5 + 1e-6; x += 0.25) {
    await page.evaluate(([p]) => window.__gallery.teleport(p, -Math.PI / 2), [[x, 0] as [number, number]] as const)
    const sources = (await page.evaluate(() => window.__gallery.audio())).sources
    const gain = (owner: string) => sources.find((s) => s.owner === owner)?.gain ?? 0
    samples.push({ x, a: gain(a.id), b: gain(b.id) })
  }
  measured.doorway = samples
  expect(samples[0]!.a).toBeGreaterThan(0)
  expect(samples[0]!.b).toBe(0)
  expect(samples[samples.length - 1]!.b).toBeGreaterThan(0)
  expect(samples[samples.length - 1]!.a).toBe(0)
  for (let i = 1; i < samples.length; i++) {
    // No silence anywhere on the way, and the hand-over moves one way only.
    expect(Math.max(samples[i]!.a, samples[i]!.b)).toBeGreaterThan(0.2 * Math.max(samples[0]!.a, samples[samples.length - 1]!.b))
    expect(samples[i]!.a).toBeLessThanOrEqual(samples[i - 1]!.a + 1e-6)
    expect(samples[i]!.b).toBeGreaterThanOrEqual(samples[i - 1]!.b - 1e-6)
  }
  // And it is heard at the doorway itself.
  await page.evaluate(([p]) => window.__gallery.teleport(p, -Math.PI / 2), [[door, 0] as [number, number]] as const)
  await waitForSound(page)
})

test('M mutes everything and the setting is remembered', async ({ page }) => {
  await openGallery(page)
  await enter(page)
  const { room } = await hall(page)
  await page.evaluate(([p]) => window.__gallery.teleport(p, 0), [[(room.bounds.min[0] + room.bounds.max[0]) / 2, 0] as [number, number]] as const)
  await waitForSound(page)
  const playing = await levels(page)
  await page.keyboard.press('KeyM')
  await expect(page.getByRole('button', { name: /sound off/i })).toBeVisible()
  await expect.poll(async () => {
    const { left, right } = await levels(page, 300)
    return left + right
  }, { timeout: 20_000 }).toBeLessThan(0.0005)
  measured.muted = { before: playing, after: await levels(page) }
  await page.reload()
  await page.evaluate(() => window.__gallery.whenReady())
  await enter(page)
  // Muted from the first moment, over a long window: nothing leaks out before the setting applies.
  const after = await levels(page, 2000)
  expect(after.left + after.right).toBeLessThan(0.0005)
  expect((await state(page)).mode).toBe('walk')
})

test('an artifact clip plays from its panel with captions and transcript, and the music ducks under it', async ({ page }) => {
  const manifest = await (await page.request.get('./exhibition.json')).json()
  const teapot = manifest.artifacts.find((a: { id: string }) => a.id === 'gift-teapot')
  teapot.clips = [
    {
      id: 'toast',
      kind: 'speech',
      title: { en: 'A toast to friendship', zh: '友谊祝酒词', ru: 'Тост за дружбу' },
      transcript: { en: 'Test transcript of the toast.', zh: '祝酒词文字记录。', ru: 'Текст тоста.' },
      file: 'media/audio/entrance-hall.mp3',
      captions: { en: 'media/captions/toast.en.vtt' },
      credit: { en: 'Test recording' },
    },
  ]
  await page.route('**/exhibition.json', (route) => route.fulfill({ json: manifest }))
  await page.route('**/media/captions/toast.en.vtt', (route) =>
    route.fulfill({ body: 'WEBVTT\n\n00:00.000 --> 00:30.000\nTo our friendship!\n', contentType: 'text/vtt' }),
  )
  await openGallery(page)
  await enter(page)
  await page.evaluate(() => window.__gallery.goTo('gift-teapot'))
  const owner = 'east-met-east'
  await expect.poll(async () => (await page.evaluate(() => window.__gallery.audio())).sources.find((s) => s.owner === 'east-met-east')?.gain ?? 0, { timeout: 30_000 }).toBeGreaterThan(0.1)
  const before = (await page.evaluate(() => window.__gallery.audio())).sources.find((s) => s.owner === owner)!.gain
  const { screen } = (await page.evaluate(() => window.__gallery.artifacts())).find((a) => a.id === 'gift-teapot')!
  await page.mouse.click(screen!.x, screen!.y)
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: /play: a toast to friendship/i }).click()
  await expect(page.locator('[data-part="caption"]')).toHaveText('To our friendship!', { timeout: 20_000 })
  await expect.poll(async () => (await page.evaluate(() => window.__gallery.audio())).sources.find((s) => s.owner === owner)!.gain, { timeout: 20_000 }).toBeLessThan(before * 0.4)
  measured.ducking = { before, during: (await page.evaluate(() => window.__gallery.audio())).sources.find((s) => s.owner === owner)!.gain }
  await dialog.getByText('Transcript', { exact: true }).click()
  await expect(dialog.getByText('Test transcript of the toast.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Stop' }).click()
  await expect.poll(async () => (await page.evaluate(() => window.__gallery.audio())).sources.find((s) => s.owner === owner)!.gain, { timeout: 20_000 }).toBeGreaterThan(before * 0.8)
})
