import { useEffect } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import * as THREE from 'three'
import { moveWithCollisions, roomAt, yawToward } from '../layout'
import { CAMERA_FOV } from '../layout/constants'
import { EYE_HEIGHT, type GalleryLayout, type Vec2 } from '../layout/types'
import { runtime } from '../store/runtime'
import { useGallery } from '../store/store'
import { fade } from './fade'
import { standUp, takeControls } from './manualControl'
import { isTyping } from './keys'

const WALK_SPEED = 1.4
const RUN_SPEED = 2.8
const TURN_SPEED = 1.8
const ACCELERATION = 8
const LOOK_SENSITIVITY = 0.0035
const MAX_PITCH = 1.2

const KEYS: Record<string, { forward?: number; strafe?: number; turn?: number }> = {
  KeyW: { forward: 1 },
  ArrowUp: { forward: 1 },
  KeyS: { forward: -1 },
  ArrowDown: { forward: -1 },
  KeyA: { strafe: -1 },
  KeyD: { strafe: 1 },
  ArrowLeft: { turn: 1 },
  ArrowRight: { turn: -1 },
  KeyQ: { turn: 1 },
  KeyE: { turn: -1 },
}

/** Walks the visitor: keys, drag-to-look (mouse and touch), glides for click-to-walk and goTo. */
export function Visitor({ layout }: { layout: GalleryLayout }) {
  const { camera, gl } = useThree()

  useEffect(() => {
    const held = new Set<string>()
    let running = false
    const update = () => {
      const m = { forward: 0, strafe: 0, turn: 0 }
      for (const code of held) {
        const k = KEYS[code]
        if (!k) continue
        m.forward += k.forward ?? 0
        m.strafe += k.strafe ?? 0
        m.turn += k.turn ?? 0
      }
      const locked = runtime.walkLocked
      runtime.move = {
        forward: locked ? 0 : THREE.MathUtils.clamp(m.forward, -1, 1) * (running ? RUN_SPEED / WALK_SPEED : 1),
        strafe: locked ? 0 : THREE.MathUtils.clamp(m.strafe, -1, 1),
        turn: THREE.MathUtils.clamp(m.turn, -1, 1),
      }
    }
    const down = (e: KeyboardEvent) => {
      running = e.shiftKey
      const { mode, mapOpen } = useGallery.getState()
      if (mode !== 'walk' || mapOpen || e.defaultPrevented || isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return
      if (!KEYS[e.code]) return
      e.preventDefault()
      held.add(e.code)
      // Following the teacher: turning to look is fine, walking away is not (and keeps the follow glide).
      if (runtime.walkLocked) return update()
      takeControls()
      update()
    }
    const up = (e: KeyboardEvent) => {
      running = e.shiftKey
      held.delete(e.code)
      update()
    }
    const clear = () => {
      held.clear()
      update()
    }
    window.addEventListener('keydown', down)
    window.addEventListener('keyup', up)
    window.addEventListener('blur', clear)
    const unsubscribe = useGallery.subscribe((s) => s.mode !== 'walk' && held.size > 0 && clear())
    return () => {
      window.removeEventListener('keydown', down)
      window.removeEventListener('keyup', up)
      window.removeEventListener('blur', clear)
      unsubscribe()
    }
  }, [])

  useEffect(() => {
    const el = gl.domElement
    el.style.touchAction = 'none'
    let last: { x: number; y: number; id: number } | null = null
    const down = (e: PointerEvent) => {
      if (useGallery.getState().mode !== 'walk') return
      last = { x: e.clientX, y: e.clientY, id: e.pointerId }
    }
    const move = (e: PointerEvent) => {
      if (!last || e.pointerId !== last.id || useGallery.getState().mode !== 'walk') return
      // Drag the world: moving the pointer right turns the view left, as with grabbing a photo sphere.
      runtime.yaw += (e.clientX - last.x) * LOOK_SENSITIVITY
      runtime.pitch = THREE.MathUtils.clamp(runtime.pitch + (e.clientY - last.y) * LOOK_SENSITIVITY, -MAX_PITCH, MAX_PITCH)
      last = { x: e.clientX, y: e.clientY, id: e.pointerId }
      el.style.cursor = 'grabbing'
    }
    const up = () => {
      last = null
      el.style.cursor = ''
    }
    el.addEventListener('pointerdown', down)
    window.addEventListener('pointermove', move)
    window.addEventListener('pointerup', up)
    window.addEventListener('pointercancel', up)
    return () => {
      el.removeEventListener('pointerdown', down)
      window.removeEventListener('pointermove', move)
      window.removeEventListener('pointerup', up)
      window.removeEventListener('pointercancel', up)
    }
  }, [gl])

  useEffect(() => useGallery.subscribe((s) => (gl.domElement.style.cursor = s.hovered && s.mode === 'walk' ? 'pointer' : '')), [gl])

  useFrame((_, rawDelta) => {
    // In VR the headset moves the camera and src/xr/ moves the visitor: hands off.
    if (gl.xr.isPresenting || useGallery.getState().mode === 'xr') return
    // A long stall (tab hidden) must not turn into a jump; a slow software-rendered frame still walks in real time.
    const dt = Math.min(rawDelta, 0.25)
    const walking = useGallery.getState().mode === 'walk'
    const { move } = runtime
    const [x, , z] = runtime.position
    let target: Vec2 = [x, z]
    if (walking && (move.forward !== 0 || move.strafe !== 0 || (move.turn !== 0 && !runtime.glide))) {
      runtime.yaw += move.turn * TURN_SPEED * dt
      const fx = -Math.sin(runtime.yaw)
      const fz = -Math.cos(runtime.yaw)
      const wanted = [(fx * move.forward - fz * move.strafe) * WALK_SPEED, (fz * move.forward + fx * move.strafe) * WALK_SPEED]
      const k = 1 - Math.exp(-ACCELERATION * dt)
      velocity[0] += (wanted[0]! - velocity[0]) * k
      velocity[1] += (wanted[1]! - velocity[1]) * k
    } else if (runtime.glide && walking) {
      const [tx, tz] = runtime.glide.target
      const dist = Math.hypot(tx - x, tz - z)
      // A visitor led by the teacher turns to look while the glide carries them.
      if (move.turn !== 0) runtime.yaw += move.turn * TURN_SPEED * dt
      else if (runtime.glide.yaw !== null) runtime.yaw = approachAngle(runtime.yaw, runtime.glide.yaw, 3 * dt)
      if (dist < 0.05) {
        const done = runtime.glide
        runtime.glide = null
        done.onArrive?.()
      } else {
        // Ease out over the last metre so arrival is soft.
        const speed = Math.min(WALK_SPEED * 1.3, dist * 2.5)
        velocity[0] = ((tx - x) / dist) * speed
        velocity[1] = ((tz - z) / dist) * speed
      }
    } else {
      const k = 1 - Math.exp(-ACCELERATION * dt)
      velocity[0] -= velocity[0] * k
      velocity[1] -= velocity[1] * k
    }
    if (Math.abs(velocity[0]) > 1e-4 || Math.abs(velocity[1]) > 1e-4) {
      target = moveWithCollisions(layout, [x, z], [x + velocity[0] * dt, z + velocity[1] * dt])
      if (runtime.glide && Math.hypot(target[0] - x, target[1] - z) < 1e-4) runtime.glide = null
      runtime.position = [target[0], EYE_HEIGHT, target[1]]
    }
    const lens = camera as THREE.PerspectiveCamera
    if (lens.isPerspectiveCamera && lens.fov !== runtime.fov) {
      lens.fov = runtime.fov
      lens.updateProjectionMatrix()
    }
    camera.position.set(runtime.position[0], runtime.position[1], runtime.position[2])
    camera.rotation.set(runtime.pitch, runtime.yaw, 0, 'YXZ')
    const room = roomAt(layout, [runtime.position[0], runtime.position[2]])
    if (room && room !== useGallery.getState().roomId) useGallery.getState().setRoom(room)
  }, -1)
  return null
}

const velocity: [number, number] = [0, 0]

function approachAngle(from: number, to: number, step: number): number {
  let d = to - from
  d = Math.atan2(Math.sin(d), Math.cos(d))
  return Math.abs(d) <= step ? to : from + Math.sign(d) * step
}

/** Click-to-walk: glide toward a floor point, stopping short of walls. */
export function walkTo(point: Vec2): void {
  if (runtime.walkLocked) return
  standUp()
  const [x, , z] = runtime.position
  runtime.glide = { target: point, yaw: Math.hypot(point[0] - x, point[1] - z) > 0.5 ? yawToward([x, z], point) : null, marked: true }
}

/**
 * Places the visitor at once, behind a short fade so the change never reads as a jump; `closeUp`
 * stands them at an artifact's close-up (looking down at it, the view narrowed for a small one).
 */
export async function placeVisitor(
  position: Vec2,
  yaw: number,
  options: { instant?: boolean; closeUp?: { id: string; pitch: number; fov?: number } } = {},
): Promise<void> {
  const move = () => {
    runtime.glide = null
    velocity[0] = velocity[1] = 0
    runtime.position = [position[0], EYE_HEIGHT, position[1]]
    runtime.yaw = yaw
    runtime.pitch = options.closeUp?.pitch ?? 0
    runtime.fov = options.closeUp?.fov ?? CAMERA_FOV
    // Set with the move, before the room change it causes is noticed, so the room card stays away from the work.
    runtime.closeUp = options.closeUp?.id ?? null
  }
  if (options.instant) return move()
  await fade(move)
}
