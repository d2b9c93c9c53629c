import { useEffect, useRef, type RefObject } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import type * as THREE from 'three'
import { isWalkable, moveWithCollisions, roomAt } from '../layout/collision'
import { wrapAngle } from '../layout/geometry'
import { EYE_HEIGHT, type GalleryLayout, type Vec2, type Vec3 } from '../layout/types'
import { runtime } from '../store/runtime'
import { galleryStore } from '../store/galleryStore'
import { ARCHITECTURE } from '../scene/Room'
import { Grabber, type GripPose } from './grab'
import {
  headInWorld,
  localDirectionToWorld,
  localToWorld,
  originPlacingHead,
  shiftOrigin,
  turnOriginAboutHead,
  yawOfQuaternion,
} from './originMath'
import { useXRSettings } from './settings'
import { judgeLanding, sampleArc, type TeleportVerdict } from './teleportArc'
import { snapTurnDelta, stepStick, stickVelocity, type StickPhase } from './thumbstick'
import { xrRuntime, type ControllerPose } from './xrRuntime'
import { xrStore } from './xrStore'

/** Smooth walking speed, as on the desktop. */
const SMOOTH_SPEED = 1.4
/** Blink (fade from black) after a jump lasts about 1/BLINK_DECAY seconds. */
const BLINK_DECAY = 6

interface HandInput {
  phase: StickPhase
  verdict: TeleportVerdict | null
  squeezed: boolean
  menuButton: boolean
}

let grabber: Grabber | null = null
let pendingPlacement = false
let lastWritten: { x: number; z: number; yaw: number } | null = null
let lastSafe: Vec2 | null = null

/** Releases what is held and returns the works to their stands (leaving VR). */
export function resetGrabs(): void {
  grabber?.reset()
  xrRuntime.grabbed = null
}

/** The works that can be picked up, where they are now, for the automation API. */
export function grabbableWorks(): Array<{ id: string; position: Vec3; held: boolean; returning: boolean }> {
  return grabber?.works() ?? []
}

/** The first held work, for the automation API. */
export function heldWork(): { id: string; position: Vec3 } | null {
  return grabber?.current() ?? null
}

function pulse(source: XRInputSource, intensity: number, ms: number): void {
  try {
    const actuator = (source.gamepad as (Gamepad & { hapticActuators?: Array<{ pulse?: (i: number, d: number) => unknown }> }) | undefined)?.hapticActuators?.[0]
    void actuator?.pulse?.(intensity, ms)
  } catch {
    // Haptics are a nicety.
  }
}

/**
 * Pointer rays should stop at walls and not reach works in the next room, and the floor's
 * click-to-walk is a desktop gesture: while presenting, walls catch rays and the floor ignores them.
 */
function tagArchitecture(scene: THREE.Object3D, presenting: boolean): void {
  scene.traverse((o) => {
    if (o.userData.kind !== ARCHITECTURE) return
    const target = o as THREE.Object3D & { pointerEvents?: 'none' | 'auto' | 'listener' }
    target.pointerEvents = presenting ? (o.userData.floor ? 'none' : 'auto') : undefined
  })
}

/**
 * The XR session's clockwork, every frame: the head and controllers from the XR frame, where the
 * origin must be (entering, teleports, snap turns, smooth walking, jumps by goTo or the menu),
 * held works, and the visitor's place written back to `runtime` and the store.
 */
export function XRDriver({ layout, origin }: { layout: GalleryLayout; origin: RefObject<THREE.Group | null> }) {
  const scene = useThree((s) => s.scene)
  const hands = useRef(new Map<XRInputSource, HandInput>())
  const frameCount = useRef(0)

  useEffect(() => {
    const own = new Grabber(scene, layout)
    grabber = own
    return () => {
      own.reset()
      if (grabber === own) grabber = null
    }
  }, [scene, layout])

  useEffect(() => {
    const start = () => {
      xrRuntime.presenting = true
      pendingPlacement = true
      lastWritten = null
      lastSafe = [runtime.position[0], runtime.position[2]]
      xrRuntime.teleport = { ...xrRuntime.teleport, aiming: false, points: [], valid: false, target: null, reason: null }
      hands.current.clear()
      const s = galleryStore.getState()
      s.setMapOpen(false)
      s.setHovered(null)
      s.setMode('xr')
      tagArchitecture(scene, true)
    }
    const end = () => {
      resetGrabs()
      tagArchitecture(scene, false)
      // Back on the desktop where the headset stood (or the last spot one could stand on).
      const head = xrRuntime.head
      const spot: Vec2 | null = head && isWalkable(layout, [head[0], head[2]]) ? [head[0], head[2]] : lastSafe
      if (spot) runtime.position = [spot[0], EYE_HEIGHT, spot[1]]
      if (head) runtime.yaw = xrRuntime.headYaw
      runtime.pitch = 0
      runtime.glide = null
      xrRuntime.presenting = false
      xrRuntime.head = null
      xrRuntime.headLocal = null
      xrRuntime.controllers = []
      xrRuntime.menuOpen = false
      xrRuntime.teleport = { ...xrRuntime.teleport, aiming: false, points: [], valid: false, target: null, reason: null }
      const s = galleryStore.getState()
      if (s.inspecting) s.closeInspect()
      s.setHovered(null)
      s.setMode('walk')
      const room = roomAt(layout, [runtime.position[0], runtime.position[2]])
      if (room) s.setRoom(room)
    }
    if (xrStore.getState().session) start()
    return xrStore.subscribe((state, previous) => {
      if (state.session && !previous.session) start()
      else if (!state.session && previous.session) end()
    })
  }, [scene, layout])

  useFrame((_, delta, frame: XRFrame | undefined) => {
    const xr = xrStore.getState()
    const space = xr.originReferenceSpace
    if (!xr.session || !frame || !space) return
    const dt = Math.min(delta, 0.1)
    const viewer = frame.getViewerPose(space)
    if (!viewer) return
    const { position: p, orientation: o } = viewer.transform
    const headLocal: Vec3 = [p.x, p.y, p.z]
    const headLocalYaw = yawOfQuaternion([o.x, o.y, o.z, o.w])
    const settings = useXRSettings.getState()
    const floorY = settings.seated ? settings.seatedOffset : 0

    // Entering, or someone else moved the visitor (goTo, a deep link, the menu): put the head there.
    const moved =
      lastWritten !== null &&
      (Math.hypot(runtime.position[0] - lastWritten.x, runtime.position[2] - lastWritten.z) > 1e-3 || Math.abs(wrapAngle(runtime.yaw - lastWritten.yaw)) > 1e-3)
    if (pendingPlacement || moved) {
      xrRuntime.origin = originPlacingHead(headLocal, headLocalYaw, [runtime.position[0], runtime.position[2]], runtime.yaw, floorY)
      if (moved) xrRuntime.blink = 1
      pendingPlacement = false
    }
    xrRuntime.origin = { position: [xrRuntime.origin.position[0], floorY, xrRuntime.origin.position[2]], yaw: xrRuntime.origin.yaw }
    let head = headInWorld(xrRuntime.origin, headLocal, headLocalYaw)
    let headXZ: Vec2 = [head.position[0], head.position[2]]

    const smooth = settings.locomotion === 'smooth'
    const poses: ControllerPose[] = []
    const grips = new Map<unknown, GripPose>()
    let aimingBy: XRInputSource | null = null
    for (const [source, input] of hands.current) if (input.phase === 'aiming') aimingBy = source
    let vignette = 0
    const seen = new Set<XRInputSource>()

    for (const source of frame.session.inputSources) {
      const rayPose = frame.getPose(source.targetRaySpace, space)
      if (!rayPose) continue
      seen.add(source)
      const rp = rayPose.transform.position
      const ro = rayPose.transform.orientation
      const forwardLocal: Vec3 = [-(2 * (ro.x * ro.z + ro.w * ro.y)), -(2 * (ro.y * ro.z - ro.w * ro.x)), -(1 - 2 * (ro.x * ro.x + ro.y * ro.y))]
      const rayOrigin = localToWorld(xrRuntime.origin, [rp.x, rp.y, rp.z])
      const rayDirection = localDirectionToWorld(xrRuntime.origin, forwardLocal)
      let grip: GripPose | null = null
      const gripPose = source.gripSpace ? frame.getPose(source.gripSpace, space) : null
      if (gripPose) {
        const gp = gripPose.transform.position
        const go = gripPose.transform.orientation
        // World rotation = origin yaw * local rotation.
        const half = xrRuntime.origin.yaw / 2
        const sy = Math.sin(half)
        const cy = Math.cos(half)
        grip = {
          position: localToWorld(xrRuntime.origin, [gp.x, gp.y, gp.z]),
          quaternion: [cy * go.x + sy * go.z, cy * go.y + sy * go.w, cy * go.z - sy * go.x, cy * go.w - sy * go.y],
        }
        grips.set(source, grip)
      }
      poses.push({
        handedness: source.handedness,
        rayOrigin,
        rayDirection,
        grip,
        trigger: source.gamepad?.buttons[0]?.value ?? 0,
        squeeze: source.gamepad?.buttons[1]?.value ?? 0,
        buttons: source.gamepad ? Array.from(source.gamepad.buttons, (b) => b?.value ?? 0) : [],
      })

      const gamepad = source.gamepad
      if (!gamepad || source.hand) continue
      let input = hands.current.get(source)
      if (!input) {
        input = { phase: 'idle', verdict: null, squeezed: false, menuButton: false }
        hands.current.set(source, input)
      }
      const x = gamepad.axes[2] ?? 0
      const y = gamepad.axes[3] ?? 0

      if (smooth && source.handedness === 'left') {
        // Left stick walks; the comfort vignette narrows the view with speed.
        const [vx, vz] = stickVelocity(x, y, head.yaw, SMOOTH_SPEED)
        const speed = Math.hypot(vx, vz)
        if (speed > 1e-3) {
          const next = moveWithCollisions(layout, headXZ, [headXZ[0] + vx * dt, headXZ[1] + vz * dt])
          xrRuntime.origin = shiftOrigin(xrRuntime.origin, headXZ, next)
          head = headInWorld(xrRuntime.origin, headLocal, headLocalYaw)
          headXZ = [head.position[0], head.position[2]]
          vignette = Math.max(vignette, Math.min(1, speed / SMOOTH_SPEED) * 0.85)
        }
      } else {
        const canAim = aimingBy === null || aimingBy === source
        const step = stepStick(input.phase, x, y, { teleport: canAim, turn: true })
        if (step.phase === 'aiming') {
          aimingBy = source
          const arc = sampleArc(layout.walls, rayOrigin, rayDirection)
          const verdict = judgeLanding(layout, headXZ, arc)
          input.verdict = verdict
          const end = arc.points[arc.points.length - 1] ?? null
          xrRuntime.teleport = {
            ...xrRuntime.teleport,
            aiming: true,
            points: arc.points,
            valid: verdict.ok,
            target: verdict.target ? [verdict.target[0], 0, verdict.target[1]] : end,
            reason: verdict.ok ? null : verdict.reason,
          }
        } else if (input.phase === 'aiming') {
          // The stick left aiming this frame: jump (if the last aim was good) or call it off.
          if (step.action === 'teleport' && input.verdict?.ok) {
            xrRuntime.origin = originPlacingHead(headLocal, headLocalYaw, input.verdict.target, head.yaw, floorY)
            head = headInWorld(xrRuntime.origin, headLocal, headLocalYaw)
            headXZ = [head.position[0], head.position[2]]
            xrRuntime.teleport.done += 1
            xrRuntime.blink = 1
            pulse(source, 0.3, 30)
          } else if (step.action === 'teleport') {
            xrRuntime.teleport.refused += 1
            pulse(source, 0.6, 60)
          }
          input.verdict = null
          aimingBy = aimingBy === source ? null : aimingBy
          xrRuntime.teleport = { ...xrRuntime.teleport, aiming: false, points: [], valid: false, target: null, reason: null }
        }
        const turn = snapTurnDelta(step.action, settings.snapTurnDegrees)
        if (turn !== 0) {
          xrRuntime.origin = turnOriginAboutHead(xrRuntime.origin, headXZ, turn)
          head = headInWorld(xrRuntime.origin, headLocal, headLocalYaw)
          pulse(source, 0.2, 20)
        }
        input.phase = step.phase
      }

      // Grip: take a work at the hand (or on the ray); let go and it returns to its stand.
      const squeezed = (gamepad.buttons[1]?.value ?? 0) > 0.5
      if (squeezed && !input.squeezed && grip && grabber) {
        const id = grabber.grab(source, grip, { origin: rayOrigin, direction: rayDirection })
        if (id) pulse(source, 0.5, 40)
      } else if (!squeezed && input.squeezed) grabber?.release(source)
      input.squeezed = squeezed

      // X on the left controller opens and closes the wrist menu.
      const menuButton = source.handedness === 'left' && (gamepad.buttons[4]?.pressed ?? false)
      if (menuButton && !input.menuButton) xrRuntime.menuOpen = !xrRuntime.menuOpen
      input.menuButton = menuButton
    }
    for (const source of [...hands.current.keys()]) {
      if (!seen.has(source)) {
        grabber?.release(source)
        hands.current.delete(source)
      }
    }
    if (![...hands.current.values()].some((h) => h.phase === 'aiming') && xrRuntime.teleport.aiming) {
      xrRuntime.teleport = { ...xrRuntime.teleport, aiming: false, points: [], valid: false, target: null, reason: null }
    }
    grabber?.update(dt, grips)
    xrRuntime.grabbed = grabber?.current() ?? null

    const group = origin.current
    if (group) {
      group.position.set(...xrRuntime.origin.position)
      group.rotation.set(0, xrRuntime.origin.yaw, 0)
      group.updateMatrixWorld(true)
    }
    xrRuntime.controllers = poses
    xrRuntime.headLocal = headLocal
    xrRuntime.headLocalYaw = headLocalYaw
    xrRuntime.head = head.position
    xrRuntime.headYaw = head.yaw
    xrRuntime.vignette = vignette
    xrRuntime.blink = Math.max(0, xrRuntime.blink - dt * BLINK_DECAY)

    // The visitor, as the rest of the app knows them: eye position, heading, room.
    // Pitch as three's 'YXZ' Euler reads it: asin(-m23).
    const pitch = Math.asin(Math.max(-1, Math.min(1, 2 * (o.w * o.x - o.y * o.z))))
    runtime.position = [head.position[0], head.position[1], head.position[2]]
    runtime.yaw = head.yaw
    runtime.pitch = pitch
    lastWritten = { x: head.position[0], z: head.position[2], yaw: head.yaw }
    if (isWalkable(layout, [head.position[0], head.position[2]])) lastSafe = [head.position[0], head.position[2]]
    const room = roomAt(layout, [head.position[0], head.position[2]])
    if (room && room !== galleryStore.getState().roomId) galleryStore.getState().setRoom(room)
    // Rooms come and go with the visitor: keep the new ones' walls catching rays.
    if (++frameCount.current % 30 === 0) tagArchitecture(scene, true)
  }, -100)

  return null
}
