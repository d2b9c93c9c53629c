import { test, expect, openGallery, enter, state, withoutWebGL } from './fixtures'

test('a broken manifest shows the error screen listing every problem with its path', async ({ page }) => {
  const good = await (await page.request.get('./exhibition.json')).json()
  const broken = structuredClone(good)
  broken.rooms[1].size.width = -3
  broken.rooms[2].colour = 'red'
  broken.artifacts[0].room = 'no-such-room'
  delete broken.artifacts[1].title.en
  await page.route('**/broken/exhibition.json', (route) => route.fulfill({ json: broken }))
  await page.goto('./?manifest=broken/exhibition.json')
  // The page's own start screen has a heading before the app runs: wait for the validation's verdict itself.
  await expect.poll(() => state(page).then((s) => s.mode)).toBe('error')
  const errors = (await state(page)).manifestErrors
  expect(errors.map((e) => e.path)).toEqual(
    expect.arrayContaining(['$.rooms[1].size.width', '$.rooms[2].colour', '$.artifacts[0].room', '$.artifacts[1].title.en']),
  )
  for (const path of ['$.rooms[1].size.width', '$.rooms[2].colour', '$.artifacts[0].room', '$.artifacts[1].title.en']) {
    await expect(page.getByText(path, { exact: true })).toBeVisible()
  }
  await expect(page.locator('#gallery-canvas')).toHaveCount(0)
})

test('a manifest that is not JSON is reported, not a blank page', async ({ page }) => {
  await page.route('**/garbled/exhibition.json', (route) => route.fulfill({ body: '{ "formatVersion": 1, ', contentType: 'application/json' }))
  await page.goto('./?manifest=garbled/exhibition.json')
  await expect.poll(() => state(page).then((s) => s.manifestErrors.length)).toBeGreaterThan(0)
  await expect(page.getByText('not valid JSON', { exact: false })).toBeVisible()
})

test('a manifest from another origin is refused with a clear message', async ({ page }) => {
  await page.goto('./?manifest=https://example.org/exhibition.json')
  await expect.poll(() => state(page).then((s) => s.mode)).toBe('error')
  await expect(page.getByText('example.org', { exact: false }).first()).toBeVisible()
})

test('a missing image becomes a labelled placeholder while every other artifact renders', async ({ page }) => {
  const manifest = await (await page.request.get('./exhibition.json')).json()
  const victim = manifest.artifacts.find((a: { room: string; assets: { image?: string } }) => a.room === 'entrance-hall' && a.assets.image)
  await page.route(`**/${victim.assets.image}`, (route) => route.fulfill({ status: 404, body: 'gone' }))
  await openGallery(page)
  const artifacts = await page.evaluate(() => window.__gallery.artifacts())
  const inHall = artifacts.filter((a) => a.roomId === 'entrance-hall')
  expect(inHall.find((a) => a.id === victim.id)!.placeholder).toBe(true)
  expect(inHall.filter((a) => a.id !== victim.id).every((a) => !a.placeholder)).toBe(true)
  await expect(page.getByText(victim.assets.image, { exact: false }).first()).toBeVisible()
})

test('without WebGL the page says so instead of going blank', async ({ page }) => {
  await withoutWebGL(page)
  await page.goto('./')
  await expect(page.getByText(/WebGL/).first()).toBeVisible()
  expect((await state(page)).mode).toBe('error')
})

test('a link to a room that does not exist opens the start and says so, at load and later', async ({ page }) => {
  await openGallery(page, './#/room/unknown')
  await expect(page.locator('[data-notice="unknownLink"]')).toBeVisible()
  expect((await state(page)).mode).toBe('start')
  await enter(page)
  await page.locator('[data-notice="unknownLink"]').getByRole('button').click()
  await expect(page.locator('[data-notice="unknownLink"]')).toHaveCount(0)
  // Followed from inside the visit: no unhandled rejection (the fixture checks), a notice, the visit goes on.
  const before = await state(page)
  await page.evaluate(() => (location.hash = '#/artifact/no-such-work'))
  await expect(page.locator('[data-notice="unknownLink"]')).toBeVisible()
  expect(await state(page)).toMatchObject({ roomId: before.roomId, mode: 'walk' })
})

test('a caption file that is not WebVTT is reported while the recording and its transcript go on', async ({ page }) => {
  await page.route('**/exhibition.json', async (route) => {
    const response = await route.fetch()
    const manifest = await response.json()
    const artifact = manifest.artifacts.find((a: { room: string }) => a.room === 'entrance-hall')
    const music = manifest.rooms[0].ambient
    artifact.clips = [{ id: 'speech', kind: 'speech', title: { en: 'A speech' }, transcript: { en: 'The whole speech, word for word.' }, file: music.file, captions: { en: 'media/broken.vtt' }, credit: { en: 'Us' } }]
    await route.fulfill({ response, json: manifest })
  })
  await page.route('**/media/broken.vtt', (route) => route.fulfill({ body: '<html>not captions</html>', contentType: 'text/vtt' }))
  await openGallery(page)
  const id = await page.evaluate(() => window.__gallery.artifacts().find((a) => a.roomId === 'entrance-hall')!.id)
  await enter(page)
  await page.evaluate((artifact) => (location.hash = `#/artifact/${artifact}`), id)
  await page.getByRole('button', { name: /A speech/ }).click()
  await expect(page.locator('[data-notice="captionsUnreadable"]')).toBeVisible()
  await expect(page.getByText('The whole speech, word for word.')).toBeAttached()
  expect((await state(page)).inspecting).toBe(id)
})

test('a panel whose code did not arrive says so, and Try again loads it', async ({ page }) => {
  // The network refuses the panel's code until it comes back (a flaky school line): the browser
  // may ask more than once (a preload, then the import), so every request is refused until then.
  let network = false
  let refused = 0
  await page.route(/\/assets\/InspectPanel-[^/]+\.js$/, (route) => {
    if (network) return route.continue()
    refused += 1
    return route.abort('connectionreset')
  })
  await openGallery(page)
  await enter(page)
  // The panel's code is asked for when a panel first opens, not with the start room.
  const id = await page.evaluate(() => window.__gallery.artifacts().find((a) => a.roomId === 'entrance-hall')!.id)
  await page.evaluate((artifact) => (location.hash = `#/artifact/${artifact}`), id)
  await expect(page.locator('[data-notice="chunkFailed"]')).toBeVisible()
  expect(refused).toBeGreaterThanOrEqual(1)
  network = true
  await page.locator('[data-notice="chunkFailed"]').getByRole('button', { name: /try again/i }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expect(page.locator('[data-notice="chunkFailed"]')).toHaveCount(0)
})
