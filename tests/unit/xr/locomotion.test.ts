import * as THREE from 'three'
import { beforeEach, describe, expect, it } from 'vitest'
import { computeLayout, EYE_HEIGHT, isWalkable, wrapAngle, type Vec2 } from '../../../src/layout'
import { galleryStore } from '../../../src/store/galleryStore'
import { runtime } from '../../../src/store/runtime'
import { XRLocomotion } from '../../../src/xr/locomotion'
import { useXRSettings } from '../../../src/xr/settings'
import { xrRuntime } from '../../../src/xr/xrRuntime'
import { makeManifest } from '../fixtures/makeManifest'

const layout = computeLayout(makeManifest([{ id: 'hall', width: 12, depth: 12 }, { id: 'next', width: 8, depth: 8 }]))
const hall = layout.rooms[0]!
const centre: Vec2 = [(hall.bounds.min[0] + hall.bounds.max[0]) / 2, (hall.bounds.min[1] + hall.bounds.max[1]) / 2]
const space = {} as XRReferenceSpace
const identity = { x: 0, y: 0, z: 0, w: 1 }

/** A controller as an XR frame shows it: a stick (axes 2, 3), buttons, and a ray pitched down by `pitch`. */
function controller(handedness: XRHandedness) {
  const buttons = Array.from({ length: 6 }, () => ({ value: 0, pressed: false }))
  const source = { handedness, targetRaySpace: {}, gamepad: { axes: [0, 0, 0, 0], buttons }, hand: undefined }
  return { source: source as unknown as XRInputSource, stick: (x: number, y: number) => (source.gamepad.axes = [0, 0, x, y]), pitch: -0.6 }
}

type Hand = ReturnType<typeof controller>

/** One frame: the head at `head` (relative to the origin) looking along -z, and the controllers held at chest height. */
function frame(hands: Hand[], head: [number, number, number] = [0, 1.6, 0]): XRFrame {
  return {
    session: { inputSources: hands.map((h) => h.source) },
    getViewerPose: () => ({ transform: { position: { x: head[0], y: head[1], z: head[2] }, orientation: identity } }),
    getPose: (s: unknown) => {
      const hand = hands.find((h) => h.source.targetRaySpace === s)
      if (!hand) return null
      const q = new THREE.Quaternion().setFromAxisAngle(new THREE.Vector3(1, 0, 0), hand.pitch)
      return { transform: { position: { x: 0.2, y: 1.2, z: -0.2 }, orientation: q } }
    },
  } as unknown as XRFrame
}

const headFloor = (): Vec2 => [xrRuntime.head![0], xrRuntime.head![2]]

describe('XR locomotion', () => {
  let locomotion: XRLocomotion
  beforeEach(() => {
    useXRSettings.setState({ locomotion: 'teleport', snapTurnDegrees: 30, seated: false, seatedOffset: 0 })
    galleryStore.setState({ mode: 'walk', layout })
    runtime.position = [centre[0], EYE_HEIGHT, centre[1]]
    runtime.yaw = 0.5
    runtime.walkLocked = false
    xrRuntime.teleport = { ...xrRuntime.teleport, done: 0, refused: 0 }
    locomotion = new XRLocomotion(layout, new THREE.Scene())
    locomotion.start()
  })

  it('puts the head where the visitor stood on entering, facing the same way, and says so to the store', () => {
    locomotion.step(frame([], [0.4, 1.7, -0.3]), space, 1 / 72)
    expect(galleryStore.getState().mode).toBe('xr')
    expect(headFloor()[0]).toBeCloseTo(centre[0], 9)
    expect(headFloor()[1]).toBeCloseTo(centre[1], 9)
    expect(xrRuntime.headYaw).toBeCloseTo(0.5, 9)
    expect(runtime.position[1]).toBeCloseTo(1.7, 9)
    expect(galleryStore.getState().roomId).toBe('hall')
  })

  it('aims with the stick pushed forward and jumps to walkable floor on letting go', () => {
    const right = controller('right')
    locomotion.step(frame([right]), space, 1 / 72)
    right.stick(0, -1)
    locomotion.step(frame([right]), space, 1 / 72)
    expect(xrRuntime.teleport.aiming).toBe(true)
    expect(xrRuntime.teleport.valid).toBe(true)
    const target = xrRuntime.teleport.target!
    right.stick(0, 0)
    locomotion.step(frame([right]), space, 1 / 72)
    expect(xrRuntime.teleport.done).toBe(1)
    expect(xrRuntime.teleport.aiming).toBe(false)
    expect(headFloor()[0]).toBeCloseTo(target[0], 6)
    expect(headFloor()[1]).toBeCloseTo(target[2], 6)
    expect(isWalkable(layout, headFloor())).toBe(true)
    expect(xrRuntime.blink).toBeGreaterThan(0.8)
  })

  it('calls a jump off when the stick is pulled back', () => {
    const right = controller('right')
    right.stick(0, -1)
    locomotion.step(frame([right]), space, 1 / 72)
    const before = headFloor()
    right.stick(0, 1)
    locomotion.step(frame([right]), space, 1 / 72)
    right.stick(0, 0)
    locomotion.step(frame([right]), space, 1 / 72)
    expect(xrRuntime.teleport.done).toBe(0)
    expect(headFloor()).toEqual(before)
  })

  it('snap-turns about the head by the chosen step, once per flick', () => {
    const right = controller('right')
    locomotion.step(frame([right]), space, 1 / 72)
    const at = headFloor()
    right.stick(1, 0)
    locomotion.step(frame([right]), space, 1 / 72)
    locomotion.step(frame([right]), space, 1 / 72)
    expect(wrapAngle(xrRuntime.headYaw - 0.5)).toBeCloseTo(-Math.PI / 6, 9)
    expect(headFloor()[0]).toBeCloseTo(at[0], 9)
    expect(headFloor()[1]).toBeCloseTo(at[1], 9)
  })

  it('walks smoothly with the left stick, narrowing the view with speed, and never through a wall', () => {
    useXRSettings.setState({ locomotion: 'smooth' })
    const left = controller('left')
    left.stick(0, -1)
    for (let i = 0; i < 72 * 20; i++) locomotion.step(frame([left]), space, 1 / 72)
    expect(xrRuntime.vignette).toBeGreaterThan(0.5)
    expect(isWalkable(layout, headFloor())).toBe(true)
    left.stick(0, 0)
    locomotion.step(frame([left]), space, 1 / 72)
    expect(xrRuntime.vignette).toBe(0)
  })

  it('while following the teacher: no teleport and no smooth walk, snap turns still', () => {
    runtime.walkLocked = true
    const right = controller('right')
    locomotion.step(frame([right]), space, 1 / 72)
    const at = headFloor()
    right.stick(0, -1)
    locomotion.step(frame([right]), space, 1 / 72)
    expect(xrRuntime.teleport.aiming).toBe(false)
    right.stick(0, 0)
    locomotion.step(frame([right]), space, 1 / 72)
    expect(xrRuntime.teleport.done).toBe(0)
    useXRSettings.setState({ locomotion: 'smooth' })
    const left = controller('left')
    left.stick(0, -1)
    for (let i = 0; i < 72; i++) locomotion.step(frame([left, right]), space, 1 / 72)
    expect(headFloor()[0]).toBeCloseTo(at[0], 9)
    expect(headFloor()[1]).toBeCloseTo(at[1], 9)
    right.stick(1, 0)
    locomotion.step(frame([left, right]), space, 1 / 72)
    expect(wrapAngle(xrRuntime.headYaw - 0.5)).toBeCloseTo(-Math.PI / 6, 9)
    runtime.walkLocked = false
  })

  it('follows a move made elsewhere (goTo, the menu) with a blink, and stands the visitor at the head on leaving', () => {
    locomotion.step(frame([]), space, 1 / 72)
    runtime.position = [centre[0] + 2, EYE_HEIGHT, centre[1] + 1]
    locomotion.step(frame([]), space, 1 / 72)
    expect(headFloor()[0]).toBeCloseTo(centre[0] + 2, 9)
    expect(xrRuntime.blink).toBeGreaterThan(0.8)
    locomotion.end()
    expect(galleryStore.getState().mode).toBe('walk')
    expect(runtime.position).toEqual([centre[0] + 2, EYE_HEIGHT, centre[1] + 1])
    expect(xrRuntime.presenting).toBe(false)
  })
})
