/**
 * The XR session's clockwork, one frame at a time, as plain TypeScript (XRDriver.tsx only calls
 * it): where the origin must be (entering, teleports, snap turns, smooth walking, jumps by goTo
 * or the menu), the controllers and what they hold, and the visitor's place written back to
 * `runtime` and the store.
 */
import type * as THREE from 'three'
import { isWalkable, moveWithCollisions, roomAt } from '../layout/collision'
import { wrapAngle } from '../layout/geometry'
import { EYE_HEIGHT, type GalleryLayout, type Vec2, type Vec3 } from '../layout/types'
import { WALK_SPEED } from '../navigation/walking'
import { runtime } from '../store/runtime'
import { galleryStore } from '../store/galleryStore'
import { headOf, readController } from './controllerPose'
import { grabberSlot, resetGrabs, type GripPose } from './grab'
import { pulse, tagArchitecture } from './sessionEffects'
import { headInWorld, originPlacingHead, shiftOrigin, turnOriginAboutHead } from './originMath'
import { useXRSettings, type XRSettings } from './settings'
import { judgeLanding, sampleArc, type TeleportVerdict } from './teleportArc'
import { snapTurnDelta, stepStick, stickVelocity, type StickPhase } from './thumbstick'
import { xrRuntime, type ControllerPose } from './xrRuntime'

/** Blink (fade from black) after a jump lasts about 1/BLINK_DECAY seconds. */
const BLINK_DECAY = 6

interface HandInput {
  phase: StickPhase
  verdict: TeleportVerdict | null
  squeezed: boolean
  menuButton: boolean
}

function stopAiming(): void {
  xrRuntime.teleport = { ...xrRuntime.teleport, aiming: false, points: [], valid: false, target: null, reason: null }
}

/** The head as this frame's steps move the origin under it: the headset's own reading, and where that puts it in the world. */
interface Head {
  local: Vec3
  localYaw: number
  world: { position: Vec3; yaw: number }
}

const floorPoint = (h: Head): Vec2 => [h.world.position[0], h.world.position[2]]

export class XRLocomotion {
  private readonly hands = new Map<XRInputSource, HandInput>()
  private pendingPlacement = false
  private lastWritten: { x: number; z: number; yaw: number } | null = null
  private lastSafe: Vec2 | null = null
  private frames = 0
  /** The hand whose stick is aiming a teleport this frame (one at a time). */
  private aimingBy: XRInputSource | null = null

  constructor(
    private readonly layout: GalleryLayout,
    private readonly scene: THREE.Object3D,
  ) {}

  /** A session began: the head will be put where the visitor stands. */
  start(): void {
    xrRuntime.presenting = true
    this.pendingPlacement = true
    this.lastWritten = null
    this.lastSafe = [runtime.position[0], runtime.position[2]]
    stopAiming()
    this.hands.clear()
    const s = galleryStore.getState()
    s.setMapOpen(false)
    s.setHovered(null)
    s.setMode('xr')
    tagArchitecture(this.scene, true)
  }

  /** The session ended: back on the desktop where the headset stood (or the last spot one could stand on). */
  end(): void {
    resetGrabs()
    tagArchitecture(this.scene, false)
    const head = xrRuntime.head
    const spot: Vec2 | null = head && isWalkable(this.layout, [head[0], head[2]]) ? [head[0], head[2]] : this.lastSafe
    // Standing again on the desktop: a close-up's bend taken in VR (a tour stop) is not kept.
    runtime.eyeHeight = EYE_HEIGHT
    if (spot) runtime.position = [spot[0], EYE_HEIGHT, spot[1]]
    if (head) runtime.yaw = xrRuntime.headYaw
    runtime.pitch = 0
    runtime.glide = null
    xrRuntime.presenting = false
    xrRuntime.head = null
    xrRuntime.headLocal = null
    xrRuntime.controllers = []
    xrRuntime.menuOpen = false
    stopAiming()
    const s = galleryStore.getState()
    if (s.inspecting) s.closeInspect()
    s.setHovered(null)
    s.setMode('walk')
    const room = roomAt(this.layout, [runtime.position[0], runtime.position[2]])
    if (room) s.setRoom(room)
  }

  /** One frame of the session, `delta` seconds after the last. */
  step(frame: XRFrame, space: XRReferenceSpace, delta: number): void {
    const dt = Math.min(delta, 0.1)
    const viewer = frame.getViewerPose(space)
    if (!viewer) return
    const reading = headOf(viewer.transform)
    const settings = useXRSettings.getState()
    const floorY = settings.seated ? settings.seatedOffset : 0
    this.placeOrigin(reading.local, reading.yaw, floorY)
    const head: Head = { local: reading.local, localYaw: reading.yaw, world: headInWorld(xrRuntime.origin, reading.local, reading.yaw) }

    const poses: ControllerPose[] = []
    const grips = new Map<unknown, GripPose>()
    this.aimingBy = [...this.hands].find(([, input]) => input.phase === 'aiming')?.[0] ?? null
    let vignette = 0
    const seen = new Set<XRInputSource>()
    for (const source of frame.session.inputSources) {
      const pose = readController(frame, source, space, xrRuntime.origin)
      if (!pose) continue
      seen.add(source)
      poses.push(pose)
      if (pose.grip) grips.set(source, pose.grip)
      const gamepad = source.gamepad
      if (!gamepad || source.hand) continue
      const input = this.handFor(source)
      const x = gamepad.axes[2] ?? 0
      const y = gamepad.axes[3] ?? 0
      // Smooth walking: the left stick walks, and the comfort vignette narrows the view with speed.
      if (settings.locomotion === 'smooth' && source.handedness === 'left') vignette = Math.max(vignette, this.walk(head, x, y, dt))
      else this.stick(head, source, input, pose, x, y, settings, floorY)
      this.buttons(source, input, pose, gamepad)
    }
    for (const source of [...this.hands.keys()]) {
      if (seen.has(source)) continue
      grabberSlot.get()?.release(source)
      this.hands.delete(source)
    }
    if (![...this.hands.values()].some((h) => h.phase === 'aiming') && xrRuntime.teleport.aiming) stopAiming()
    grabberSlot.get()?.update(dt, grips)
    xrRuntime.grabbed = grabberSlot.get()?.current() ?? null
    this.writeBack(head, reading.pitch, poses, vignette, dt)
  }

  /** Entering, or someone else moved the visitor (goTo, a deep link, the menu): put the head there. */
  private placeOrigin(headLocal: Vec3, headLocalYaw: number, floorY: number): void {
    const last = this.lastWritten
    const moved = last !== null && (Math.hypot(runtime.position[0] - last.x, runtime.position[2] - last.z) > 1e-3 || Math.abs(wrapAngle(runtime.yaw - last.yaw)) > 1e-3)
    if (this.pendingPlacement || moved) {
      xrRuntime.origin = originPlacingHead(headLocal, headLocalYaw, [runtime.position[0], runtime.position[2]], runtime.yaw, floorY)
      if (moved) xrRuntime.blink = 1
      this.pendingPlacement = false
    }
    xrRuntime.origin = { position: [xrRuntime.origin.position[0], floorY, xrRuntime.origin.position[2]], yaw: xrRuntime.origin.yaw }
  }

  private handFor(source: XRInputSource): HandInput {
    let input = this.hands.get(source)
    if (!input) {
      input = { phase: 'idle', verdict: null, squeezed: false, menuButton: false }
      this.hands.set(source, input)
    }
    return input
  }

  private moveOrigin(head: Head, origin: typeof xrRuntime.origin): void {
    xrRuntime.origin = origin
    head.world = headInWorld(origin, head.local, head.localYaw)
  }

  /** Smooth walking along the floor, sliding along walls; returns the vignette this speed asks for. */
  private walk(head: Head, x: number, y: number, dt: number): number {
    // A pupil following the teacher is carried along; they may look and turn, not walk away.
    if (runtime.walkLocked) return 0
    const [vx, vz] = stickVelocity(x, y, head.world.yaw, WALK_SPEED)
    const speed = Math.hypot(vx, vz)
    if (speed <= 1e-3) return 0
    const from = floorPoint(head)
    this.moveOrigin(head, shiftOrigin(xrRuntime.origin, from, moveWithCollisions(this.layout, from, [from[0] + vx * dt, from[1] + vz * dt])))
    return Math.min(1, speed / WALK_SPEED) * 0.85
  }

  /** Teleport (push to aim the arc, let go to jump) and snap turns. */
  private stick(head: Head, source: XRInputSource, input: HandInput, pose: ControllerPose, x: number, y: number, settings: XRSettings, floorY: number): void {
    // Following the teacher: snap turns still work, teleports do not (the same lock as walking in 2D).
    const step = stepStick(input.phase, x, y, { teleport: !runtime.walkLocked && (this.aimingBy === null || this.aimingBy === source), turn: true })
    if (step.phase === 'aiming') {
      this.aimingBy = source
      const arc = sampleArc(this.layout.walls, pose.rayOrigin, pose.rayDirection)
      const verdict = judgeLanding(this.layout, floorPoint(head), arc)
      input.verdict = verdict
      xrRuntime.teleport = {
        ...xrRuntime.teleport,
        aiming: true,
        points: arc.points,
        valid: verdict.ok,
        target: verdict.target ? [verdict.target[0], 0, verdict.target[1]] : (arc.points[arc.points.length - 1] ?? null),
        reason: verdict.ok ? null : verdict.reason,
      }
    } else if (input.phase === 'aiming') {
      // The stick left aiming this frame: jump (if the last aim was good) or call it off.
      if (step.action === 'teleport' && input.verdict?.ok) {
        this.moveOrigin(head, originPlacingHead(head.local, head.localYaw, input.verdict.target, head.world.yaw, floorY))
        xrRuntime.teleport.done += 1
        xrRuntime.blink = 1
        pulse(source, 0.3, 30)
      } else if (step.action === 'teleport') {
        xrRuntime.teleport.refused += 1
        pulse(source, 0.6, 60)
      }
      input.verdict = null
      if (this.aimingBy === source) this.aimingBy = null
      stopAiming()
    }
    const turn = snapTurnDelta(step.action, settings.snapTurnDegrees)
    if (turn !== 0) {
      this.moveOrigin(head, turnOriginAboutHead(xrRuntime.origin, floorPoint(head), turn))
      pulse(source, 0.2, 20)
    }
    input.phase = step.phase
  }

  /** Grip takes a work at the hand (or on the ray), letting go returns it; X on the left controller opens the wrist menu. */
  private buttons(source: XRInputSource, input: HandInput, pose: ControllerPose, gamepad: Gamepad): void {
    const grabber = grabberSlot.get()
    const squeezed = (gamepad.buttons[1]?.value ?? 0) > 0.5
    if (squeezed && !input.squeezed && pose.grip && grabber) {
      if (grabber.grab(source, pose.grip, { origin: pose.rayOrigin, direction: pose.rayDirection })) pulse(source, 0.5, 40)
    } else if (!squeezed && input.squeezed) grabber?.release(source)
    input.squeezed = squeezed
    const menuButton = source.handedness === 'left' && (gamepad.buttons[4]?.pressed ?? false)
    if (menuButton && !input.menuButton) xrRuntime.menuOpen = !xrRuntime.menuOpen
    input.menuButton = menuButton
  }

  /** The frame's results into the XR runtime, and the visitor as the rest of the app knows them: eye, heading, room. */
  private writeBack(head: Head, pitch: number, poses: ControllerPose[], vignette: number, dt: number): void {
    const { position, yaw } = head.world
    xrRuntime.controllers = poses
    xrRuntime.headLocal = head.local
    xrRuntime.headLocalYaw = head.localYaw
    xrRuntime.head = position
    xrRuntime.headYaw = yaw
    xrRuntime.vignette = vignette
    xrRuntime.blink = Math.max(0, xrRuntime.blink - dt * BLINK_DECAY)
    runtime.position = [position[0], position[1], position[2]]
    runtime.yaw = yaw
    runtime.pitch = pitch
    this.lastWritten = { x: position[0], z: position[2], yaw }
    if (isWalkable(this.layout, [position[0], position[2]])) this.lastSafe = [position[0], position[2]]
    const room = roomAt(this.layout, [position[0], position[2]])
    if (room && room !== galleryStore.getState().roomId) galleryStore.getState().setRoom(room)
    // Rooms come and go with the visitor: keep the new ones' walls catching rays.
    if (++this.frames % 30 === 0) tagArchitecture(this.scene, true)
  }
}
