/**
 * VR, end to end, in headless Chromium: IWER (Meta's WebXR emulator) stands in for a Quest 3 and
 * its controllers; the test moves them through IWER's remote-control API, exactly as hands would.
 * Positions given to IWER are relative to the XR origin (the play space), so world targets are
 * turned into origin-local ones with the same maths the app uses.
 */
import { createRequire } from 'node:module'
import type { Page } from '@playwright/test'
import { test, expect, openGallery, enter, state, SCREENSHOTS } from './fixtures'
import { localToWorld, worldToLocal, type OriginPose } from '../../src/xr/originMath'
import { aimAt } from '../../src/xr/teleportArc'
import type { Vec3 } from '../../src/layout/types'

const require = createRequire(import.meta.url)
const IWER_SCRIPT = require.resolve('iwer/build/iwer.min.js')

type Hand = 'left' | 'right'
type Quat = { x: number; y: number; z: number; w: number }

/** Installs IWER as the page's WebXR runtime before the app loads (Chromium's own navigator.xr is replaced). */
async function installHeadset(page: Page, options: { stereo?: boolean } = {}): Promise<void> {
  await page.addInitScript({ path: IWER_SCRIPT })
  await page.addInitScript((stereo) => {
    const IWER = (window as unknown as { IWER: any }).IWER
    const device = new IWER.XRDevice(IWER.metaQuest3, { stereoEnabled: stereo })
    device.installRuntime({ forceInstall: true })
    ;(window as unknown as { __iwer: unknown }).__iwer = device
  }, options.stereo ?? false)
}

const xr = (page: Page) => page.evaluate(() => window.__gallery.xr())

function remote(page: Page, method: string, params: Record<string, unknown>): Promise<unknown> {
  return page.evaluate(([m, p]) => (window as unknown as { __iwer: { remote: { dispatch: (m: string, p: unknown) => Promise<unknown> } } }).__iwer.remote.dispatch(m, p), [method, params] as const)
}

/** The rotation that points -z along `d` (yaw then pitch, as three's 'YXZ'). */
function lookRotation(d: Vec3): Quat {
  const yaw = Math.atan2(-d[0], -d[2])
  const pitch = Math.atan2(d[1], Math.hypot(d[0], d[2]))
  const [sy, cy, sp, cp] = [Math.sin(yaw / 2), Math.cos(yaw / 2), Math.sin(pitch / 2), Math.cos(pitch / 2)]
  return { x: cy * sp, y: sy * cp, z: -sy * sp, w: cy * cp }
}

async function originOf(page: Page): Promise<OriginPose> {
  const s = await xr(page)
  return { position: s.origin, yaw: s.yaw }
}

/** Puts a controller at a world point, its ray along a world direction. */
async function poseController(page: Page, hand: Hand, world: Vec3, direction: Vec3): Promise<void> {
  const origin = await originOf(page)
  const local = worldToLocal(origin, world)
  const c = Math.cos(-origin.yaw)
  const s = Math.sin(-origin.yaw)
  const localDir: Vec3 = [direction[0] * c + direction[2] * s, direction[1], -direction[0] * s + direction[2] * c]
  await remote(page, 'set_transform', { device: `controller-${hand}`, position: { x: local[0], y: local[1], z: local[2] }, orientation: lookRotation(localDir) })
  // Wait until the app has seen the new pose.
  await expect
    .poll(async () => {
      const ctrl = (await xr(page)).controllers.find((k) => k.handedness === hand)
      if (!ctrl) return Infinity
      const n = Math.hypot(...direction)
      return Math.hypot(ctrl.rayDirection[0] - direction[0] / n, ctrl.rayDirection[1] - direction[1] / n, ctrl.rayDirection[2] - direction[2] / n)
    })
    .toBeLessThan(1e-3)
}

/** Where a hand naturally is: in front of the head, a little to its side and down. */
async function handNearHead(page: Page, hand: Hand): Promise<Vec3> {
  const s = await xr(page)
  const head = s.head!
  const side = hand === 'right' ? 0.2 : -0.2
  const yaw = s.headYaw!
  // right of heading yaw is (cos yaw, -sin yaw); forward is (-sin yaw, -cos yaw)
  return [head[0] + Math.cos(yaw) * side - Math.sin(yaw) * 0.3, head[1] - 0.35, head[2] - Math.sin(yaw) * side - Math.cos(yaw) * 0.3]
}

/** Aims a controller's ray from near the head at a world point. */
async function pointAt(page: Page, hand: Hand, target: Vec3): Promise<void> {
  const from = await handNearHead(page, hand)
  await poseController(page, hand, from, [target[0] - from[0], target[1] - from[1], target[2] - from[2]])
}

/** What the app read from a controller's trigger and grip in its last frame. */
async function seen(page: Page, hand: Hand): Promise<{ trigger: number; squeeze: number }> {
  const c = (await xr(page)).controllers.find((k) => k.handedness === hand)
  return { trigger: c?.trigger ?? -1, squeeze: c?.squeeze ?? -1 }
}

/**
 * A trigger click: pressed, seen by the app, released, seen. (IWER's own 'select' runs press,
 * wait and release inside one frame when frames are slower than the wait, as software WebGL's are.)
 */
async function click(page: Page, hand: Hand): Promise<void> {
  await remote(page, 'set_select_value', { device: `controller-${hand}`, value: 1 })
  await expect.poll(async () => (await seen(page, hand)).trigger).toBe(1)
  await remote(page, 'set_select_value', { device: `controller-${hand}`, value: 0 })
  // Released, or gone: a click on "Exit VR" ends the session, controllers and all.
  await expect.poll(async () => (await seen(page, hand)).trigger).toBeLessThanOrEqual(0)
}

async function stick(page: Page, hand: Hand, x: number, y: number): Promise<void> {
  await remote(page, 'set_gamepad_state', { device: `controller-${hand}`, axes: [{ index: 0, value: x }, { index: 1, value: y }] })
}

async function button(page: Page, hand: Hand, index: number, value: number): Promise<void> {
  await remote(page, 'set_gamepad_state', { device: `controller-${hand}`, buttons: [{ index, value }] })
}

/** X on the left controller toggles the wrist menu: pressed, seen, released, seen (or two presses merge). */
async function toggleMenu(page: Page, open: boolean): Promise<void> {
  const x = async () => (await xr(page)).controllers.find((k) => k.handedness === 'left')?.buttons[4] ?? -1
  await button(page, 'left', 3, 1)
  await expect.poll(x).toBe(1)
  await button(page, 'left', 3, 0)
  await expect.poll(x).toBe(0)
  await expect.poll(async () => (await xr(page)).menu.open).toBe(open)
  await expect.poll(async () => (await xr(page)).menu.items.length).toBeGreaterThan(0)
}

/** Opens the gallery with the emulated headset and enters VR from the start screen. */
async function enterVR(page: Page, options: { stereo?: boolean; path?: string } = {}): Promise<void> {
  await installHeadset(page, options)
  await openGallery(page, options.path)
  const enterButton = page.getByRole('button', { name: 'Enter VR', exact: true })
  await expect(enterButton).toBeVisible()
  await enterButton.click()
  await expect.poll(async () => (await state(page)).mode).toBe('xr')
  await expect.poll(async () => (await xr(page)).inputSources).toBe(2)
  await expect.poll(async () => (await xr(page)).head !== null).toBe(true)
}

/** Teleports with the right stick: aim the arc at a floor point, push forward, let go. Returns the verdict the app showed. */
async function teleport(page: Page, target: Vec3): Promise<{ valid: boolean; reason: string | null }> {
  const before = await xr(page)
  const from = await handNearHead(page, 'right')
  const direction = aimAt(from, target)
  expect(direction, `target ${target} within reach of ${from}`).not.toBeNull()
  await poseController(page, 'right', from, direction!)
  await stick(page, 'right', 0, -1)
  // The pose was in place before the stick moved, so the first aiming frame already shows this arc.
  await expect.poll(async () => (await xr(page)).teleport.aiming).toBe(true)
  const shown = (await xr(page)).teleport
  await stick(page, 'right', 0, 0)
  await expect.poll(async () => {
    const t = (await xr(page)).teleport
    return t.done + t.refused
  }).toBe(before.teleport.done + before.teleport.refused + 1)
  return { valid: shown.valid, reason: shown.reason }
}

test.describe('VR with a Quest 3 (emulated)', () => {
  test('enters VR from the start screen where the visitor stood, with both controllers loaded from our own origin', async ({ page }) => {
    const profileRequests: string[] = []
    page.on('request', (r) => {
      if (r.url().includes('/xr/profiles/')) profileRequests.push(new URL(r.url()).pathname)
    })
    await installHeadset(page)
    await openGallery(page)
    const desk = await state(page)
    expect(desk.mode).toBe('start')
    await page.getByRole('button', { name: 'Enter VR', exact: true }).click()
    await expect.poll(async () => (await state(page)).mode).toBe('xr')
    await expect.poll(async () => (await xr(page)).inputSources).toBe(2)
    await expect.poll(async () => (await xr(page)).head !== null).toBe(true)
    const s = await xr(page)
    expect(s.presenting).toBe(true)
    // The headset's eye is where the desktop eye was, facing the same way.
    expect(Math.hypot(s.head![0] - desk.position[0], s.head![2] - desk.position[2])).toBeLessThan(0.01)
    expect(Math.abs(s.headYaw! - desk.yaw)).toBeLessThan(0.01)
    expect((await state(page)).roomId).toBe(desk.roomId)
    // Both controllers' models come from /xr/profiles (the fixture fails the test on any other origin).
    await expect.poll(() => profileRequests.filter((p) => p.endsWith('meta-quest-touch-plus/left.glb') || p.endsWith('meta-quest-touch-plus/right.glb')).length).toBe(2)
    expect(profileRequests).toContain(new URL('xr/profiles/profilesList.json', page.url()).pathname)
    expect(s.session?.frameRate).toBe(72)
    // The DOM interface steps aside while presenting.
    await expect(page.getByRole('button', { name: 'Enter VR', exact: true })).toHaveCount(0)
  })

  test('teleports along the floor through a doorway into the next room, and refuses a jump through a wall', async ({ page }) => {
    test.setTimeout(240_000)
    await enterVR(page)
    const rooms = await page.evaluate(() => window.__gallery.rooms())
    const [hall, next] = [rooms[0]!, rooms[1]!]
    expect((await state(page)).roomId).toBe(hall.id)
    const doorX = hall.bounds.max[0]
    // Hop along the free corridor (z = 0) to 1.5 m before the doorway, a few metres at a time.
    for (;;) {
      const head = (await xr(page)).head!
      const goal = doorX - 1.5
      if (Math.abs(goal - head[0]) < 0.3) break
      const x = head[0] + Math.sign(goal - head[0]) * Math.min(4.5, Math.abs(goal - head[0]))
      const verdict = await teleport(page, [x, 0, 0])
      expect(verdict).toEqual({ valid: true, reason: null })
      await expect.poll(async () => Math.abs((await xr(page)).head![0] - x)).toBeLessThan(0.6)
    }
    // Aimed at the next room through the solid wall beside the doorway: refused, nobody moves.
    const before = await xr(page)
    const blocked = await teleport(page, [doorX + 1.5, 0, -2.6])
    expect(blocked.valid).toBe(false)
    expect(blocked.reason).toBe('wall')
    const after = await xr(page)
    expect(after.teleport.refused).toBe(before.teleport.refused + 1)
    expect(Math.hypot(after.head![0] - before.head![0], after.head![2] - before.head![2])).toBeLessThan(0.05)
    expect((await state(page)).roomId).toBe(hall.id)
    // Through the doorway: lands in the next room.
    const landing: Vec3 = [doorX + 1.5, 0, 0.2]
    expect(await teleport(page, landing)).toEqual({ valid: true, reason: null })
    await expect.poll(async () => (await state(page)).roomId).toBe(next.id)
    const there = await xr(page)
    expect(Math.hypot(there.head![0] - landing[0], there.head![2] - landing[2])).toBeLessThan(0.6)
  })

  test('snap turn changes the heading by the chosen step, 30° by default and 45° once chosen in the wrist menu', async ({ page }) => {
    await enterVR(page)
    const start = await xr(page)
    expect(start.settings.snapTurnDegrees).toBe(30)
    await stick(page, 'right', 1, 0)
    await expect.poll(async () => (await xr(page)).headYaw).not.toBeCloseTo(start.headYaw!, 3)
    await stick(page, 'right', 0, 0)
    const turned = await xr(page)
    const step = (a: number, b: number) => Math.atan2(Math.sin(a - b), Math.cos(a - b)) * (180 / Math.PI)
    expect(step(turned.headYaw!, start.headYaw!)).toBeCloseTo(-30, 3) // right lowers yaw
    // The visitor turned on the spot.
    expect(Math.hypot(turned.head![0] - start.head![0], turned.head![2] - start.head![2])).toBeLessThan(1e-3)

    // X opens the wrist menu; the right ray chooses 45°.
    await toggleMenu(page, true)
    const item = (await xr(page)).menu.items.find((i) => i.id === 'snap:45')!
    await pointAt(page, 'right', item.position)
    await click(page, 'right')
    await expect.poll(async () => (await xr(page)).settings.snapTurnDegrees).toBe(45)

    const before = await xr(page)
    await stick(page, 'left', -1, 0)
    await expect.poll(async () => (await xr(page)).headYaw).not.toBeCloseTo(before.headYaw!, 3)
    await stick(page, 'left', 0, 0)
    expect(step((await xr(page)).headYaw!, before.headYaw!)).toBeCloseTo(45, 3)
  })

  test('pointing at a poster and selecting opens its panel beside it, in each language; its close button closes it', async ({ page }) => {
    test.setTimeout(420_000)
    await enterVR(page)
    const here = (await state(page)).roomId
    const works = (await page.evaluate(() => window.__gallery.artifacts())).filter((a) => a.roomId === here)
    const poster = works.find((a) => a.kind === 'poster') ?? works.find((a) => ['painting', 'photograph', 'document'].includes(a.kind))!
    // Stand before it, as its viewpoint says.
    await page.evaluate((id) => window.__gallery.goTo(id), poster.id)
    await pointAt(page, 'right', poster.world)
    await expect.poll(async () => (await xr(page)).hovered).toBe(poster.id)
    await click(page, 'right')
    await expect.poll(async () => (await state(page)).inspecting).toBe(poster.id)
    await expect.poll(async () => (await xr(page)).panel?.artifactId).toBe(poster.id)
    expect((await state(page)).mode).toBe('xr')
    const panel = (await xr(page)).panel!
    const head = (await xr(page)).head!
    // About an arm's length away, beside the work (not between the eye and it).
    const distance = Math.hypot(panel.position[0] - head[0], panel.position[2] - head[2])
    expect(distance).toBeGreaterThan(0.65)
    expect(distance).toBeLessThan(1.05)

    // Look at it from 1 m, straight on, in each language (switched from the wrist menu).
    const normal: Vec3 = [Math.sin(panel.yaw), 0, Math.cos(panel.yaw)]
    const origin = await originOf(page)
    const eye = worldToLocal(origin, [panel.position[0] + normal[0] * 1.0, panel.position[1] + 0.05, panel.position[2] + normal[2] * 1.0])
    const look = lookRotation([-Math.sin(panel.yaw - origin.yaw), -0.05, -Math.cos(panel.yaw - origin.yaw)])
    for (const lang of ['en', 'zh', 'ru']) {
      if ((await state(page)).language !== lang) {
        await toggleMenu(page, true)
        const item = (await xr(page)).menu.items.find((i) => i.id === `lang:${lang}`)!
        await pointAt(page, 'right', item.position)
        await click(page, 'right')
        await expect.poll(async () => (await state(page)).language).toBe(lang)
        await toggleMenu(page, false)
      }
      // Hands down, out of the view.
      for (const hand of ['left', 'right'] as const) {
        await remote(page, 'set_transform', { device: `controller-${hand}`, position: { x: eye[0] + (hand === 'left' ? -0.3 : 0.3), y: eye[1] - 0.9, z: eye[2] }, orientation: { x: 0, y: 0, z: 0, w: 1 } })
      }
      await remote(page, 'set_transform', { device: 'headset', position: { x: eye[0], y: eye[1], z: eye[2] }, orientation: look })
      await expect.poll(async () => {
        const h = (await xr(page)).head!
        const target = localToWorld(origin, eye)
        return Math.hypot(h[0] - target[0], h[2] - target[2])
      }).toBeLessThan(0.01)
      // Wait for the panel to be redrawn in this language, then for two more frames to show it.
      await expect.poll(async () => (await xr(page)).panel?.language).toBe(lang)
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
      // While presenting, IWER shows the canvas in its own full-window container: the page is the headset view.
      await page.screenshot({ path: `${SCREENSHOTS}/xr-panel-${lang}.png` })
    }

    // The close button under the panel closes it.
    const close = (await xr(page)).panel!.controls.close
    await pointAt(page, 'right', close)
    await click(page, 'right')
    await expect.poll(async () => (await state(page)).inspecting).toBeNull()
    await expect.poll(async () => (await xr(page)).panel).toBeNull()
    expect((await state(page)).mode).toBe('xr')
  })

  test('a 3D object can be picked up with the grip, turned in the hand, and goes back onto its stand when let go', async ({ page }) => {
    await enterVR(page)
    const all = await page.evaluate(() => window.__gallery.artifacts())
    const here = (await state(page)).roomId
    const objects = all.filter((a) => a.kind === 'object')
    const work = objects.find((a) => a.roomId === here) ?? objects[0]!
    if (work.roomId !== here) await page.evaluate((id) => window.__gallery.goTo(id), work.id)
    await expect.poll(async () => (await xr(page)).works.some((w) => w.id === work.id)).toBe(true)
    const home = (await xr(page)).works.find((w) => w.id === work.id)!.position
    // The hand at the object, then squeeze.
    await poseController(page, 'right', home, [0, 0, -1])
    await button(page, 'right', 1, 1)
    await expect.poll(async () => (await xr(page)).grabbed?.id).toBe(work.id)
    // Move the hand 30 cm up and 20 cm sideways and turn it: the object comes along.
    const moved: Vec3 = [home[0] + 0.2, home[1] + 0.3, home[2]]
    await poseController(page, 'right', moved, [1, 0, -1])
    await expect.poll(async () => {
      const g = (await xr(page)).grabbed
      return g ? Math.hypot(g.position[0] - moved[0], g.position[1] - moved[1], g.position[2] - moved[2]) : Infinity
    }).toBeLessThan(0.1)
    // Let go: it glides home.
    await button(page, 'right', 1, 0)
    await expect.poll(async () => (await xr(page)).grabbed).toBeNull()
    await expect.poll(async () => {
      const w = (await xr(page)).works.find((k) => k.id === work.id)!
      return w.returning ? Infinity : Math.hypot(w.position[0] - home[0], w.position[1] - home[1], w.position[2] - home[2])
    }).toBeLessThan(1e-6)
  })

  test('Exit VR in the wrist menu returns to walking at the same place', async ({ page }) => {
    await enterVR(page)
    const rooms = await page.evaluate(() => window.__gallery.rooms())
    // Go somewhere first: the second room, by teleport-free menu jump.
    await toggleMenu(page, true)
    const jump = (await xr(page)).menu.items.find((i) => i.id === `room:${rooms[1]!.id}`)!
    await pointAt(page, 'right', jump.position)
    await click(page, 'right')
    await expect.poll(async () => (await state(page)).roomId).toBe(rooms[1]!.id)
    // Then step 40 cm to the side in the real room (the headset moves).
    const origin = await originOf(page)
    const s = await xr(page)
    const local = worldToLocal(origin, s.head!)
    await remote(page, 'set_transform', { device: 'headset', position: { x: local[0] + 0.4, y: local[1], z: local[2] } })
    await expect.poll(async () => Math.abs(worldToLocal(origin, (await xr(page)).head!)[0] - (local[0] + 0.4))).toBeLessThan(0.01)
    const last = await xr(page)
    // Exit from the menu (it stayed open).
    const exit = last.menu.items.find((i) => i.id === 'exit')!
    await pointAt(page, 'right', exit.position)
    await click(page, 'right')
    await expect.poll(async () => (await state(page)).mode).toBe('walk')
    expect((await xr(page)).presenting).toBe(false)
    const walk = await state(page)
    expect(Math.hypot(walk.position[0] - last.head![0], walk.position[2] - last.head![2])).toBeLessThan(0.05)
    expect(walk.position[1]).toBeCloseTo(1.6, 5)
    expect(Math.abs(Math.atan2(Math.sin(walk.yaw - last.headYaw!), Math.cos(walk.yaw - last.headYaw!)))).toBeLessThan(0.05)
    expect(walk.roomId).toBe(rooms[1]!.id)
    // The walking interface is back.
    await expect(page.getByRole('button', { name: 'Enter VR', exact: true })).toBeVisible()
  })

  test('smooth walking (chosen in the menu) moves where the head looks, darkens the edges, and stops at walls; seated mode lifts a seated eye', async ({ page }) => {
    test.setTimeout(240_000)
    await enterVR(page)
    // Sit down (the headset drops 50 cm), then choose seated mode and smooth walking in the menu.
    let origin = await originOf(page)
    const standing = worldToLocal(origin, (await xr(page)).head!)
    await remote(page, 'set_transform', { device: 'headset', position: { x: standing[0], y: standing[1] - 0.5, z: standing[2] } })
    await expect.poll(async () => (await xr(page)).head![1]).toBeCloseTo(standing[1] - 0.5, 2)
    await toggleMenu(page, true)
    for (const id of ['seated:on', 'move:smooth']) {
      const item = (await xr(page)).menu.items.find((i) => i.id === id)!
      await pointAt(page, 'right', item.position)
      await click(page, 'right')
    }
    await expect.poll(async () => (await xr(page)).settings).toEqual({ snapTurnDegrees: 30, locomotion: 'smooth', seated: true })
    await toggleMenu(page, false)
    // The floor rose by what the eye dropped: the eye is back at standing height.
    await expect.poll(async () => (await xr(page)).origin[1]).toBeCloseTo(0.5, 2)
    expect((await xr(page)).head![1]).toBeCloseTo(standing[1], 2)

    // Face the solid north wall (world yaw 0) and push the left stick forward.
    origin = await originOf(page)
    const yaw = -origin.yaw
    await remote(page, 'set_transform', { device: 'headset', orientation: { x: 0, y: Math.sin(yaw / 2), z: 0, w: Math.cos(yaw / 2) } })
    await expect.poll(async () => Math.abs(Math.sin((await xr(page)).headYaw!))).toBeLessThan(1e-3)
    const start = (await xr(page)).head!
    await stick(page, 'left', 0, -1)
    await expect.poll(async () => (await xr(page)).vignette).toBeGreaterThan(0.5)
    await expect.poll(async () => start[2] - (await xr(page)).head![2]).toBeGreaterThan(0.5)
    const moved = (await xr(page)).head!
    expect(Math.abs(moved[0] - start[0])).toBeLessThan(0.05) // straight ahead, no drift
    // Keep going until the wall stops the visitor, inside the room.
    let last = moved
    for (;;) {
      // Still moving? (A few seconds without a change means stopped.)
      await expect.poll(async () => (await xr(page)).head![2] !== last[2], { timeout: 5_000 }).toBe(true).catch(() => undefined)
      const now = (await xr(page)).head!
      if (Math.abs(now[2] - last[2]) < 0.002) break
      last = now
    }
    await stick(page, 'left', 0, 0)
    await expect.poll(async () => (await xr(page)).vignette).toBe(0)
    const roomId = (await state(page)).roomId
    const hall = (await page.evaluate(() => window.__gallery.rooms())).find((r) => r.id === roomId)
    expect(last[2] - hall!.bounds.min[1]).toBeGreaterThan(0.28)
    expect(last[2] - hall!.bounds.min[1]).toBeLessThan(0.6)
  })

  test('a guided tour starts from the wrist menu and runs in VR, its narration captioned in the headset', async ({ page }) => {
    await enterVR(page, { path: './?tourTimeScale=0.05' })
    await toggleMenu(page, true)
    const item = (await xr(page)).menu.items.find((i) => i.id === 'tour:highlights')!
    expect(item).toBeDefined()
    await pointAt(page, 'right', item.position)
    await click(page, 'right')
    await expect.poll(() => page.evaluate(() => window.__gallery.tour()?.id ?? null)).toBe('highlights')
    // The tour moves the visitor on through the rooms without leaving VR.
    await expect.poll(() => page.evaluate(() => window.__gallery.tour()?.stop ?? 0), { timeout: 120_000 }).toBeGreaterThanOrEqual(2)
    expect((await state(page)).mode).toBe('xr')
    expect((await state(page)).roomId).not.toBe('entrance-hall')
    await page.screenshot({ path: `${SCREENSHOTS}/xr-tour-caption.png` })
  })

  test('a desktop browser without VR shows no Enter VR button and never loads the XR code', async ({ page }) => {
    const scripts: string[] = []
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
    })
    await openGallery(page)
    await enter(page)
    await expect.poll(() => page.evaluate(() => window.__gallery.xr().supported)).toBe(false)
    await expect(page.getByRole('button', { name: /VR/ })).toHaveCount(0)
    expect(scripts.length).toBeGreaterThan(0)
    expect(scripts.filter((s) => /XRLayer/.test(s))).toEqual([])
    expect((await page.evaluate(() => window.__gallery.xr())).presenting).toBe(false)
  })

  test('every room, seen in stereo in VR, stays within 200 draw calls a frame and 300k triangles an eye', async ({ page }) => {
    test.setTimeout(300_000)
    await enterVR(page, { stereo: true })
    const rooms = await page.evaluate(() => window.__gallery.rooms())
    const figures: Record<string, { calls: number; triangles: number; textures: number; geometries: number }> = {}
    for (const room of rooms) {
      await page.evaluate((id) => window.__gallery.goTo(id), room.id)
      await expect.poll(async () => (await state(page)).roomId).toBe(room.id)
      // Worst case in the room: also with the teleport arc up and a panel open.
      await stick(page, 'right', 0, -1)
      await expect.poll(async () => (await xr(page)).teleport.aiming).toBe(true)
      figures[room.id] = await page.evaluate(() => window.__gallery.renderStats())
      await stick(page, 'right', 0, 1)
      await stick(page, 'right', 0, 0)
    }
    console.log('XR render stats (stereo, both eyes):', figures)
    for (const [id, stats] of Object.entries(figures)) {
      expect(stats.calls, `${id} draw calls`).toBeLessThanOrEqual(200)
      expect(stats.calls, `${id} draws`).toBeGreaterThan(20)
      // Triangles are counted for both eyes together.
      expect(stats.triangles / 2, `${id} triangles per eye`).toBeLessThanOrEqual(300_000)
    }
  })
})
