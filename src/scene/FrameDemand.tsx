import { useEffect, useSyncExternalStore } from 'react'
import { addAfterEffect, useThree } from '@react-three/fiber'
import { inMotion } from '../navigation/walking'
import { galleryStore } from '../store/galleryStore'
import { runtime } from '../store/runtime'
import type { LivePose } from '../store/liveTypes'

/** How long after the visitor stops the view still counts as moving, ms: a pause mid-walk keeps the resolution monitor's samples. */
const SETTLE_MS = 600

type Pose = [number, number, number, number, number, number]

const poseOf = (): Pose => [...runtime.position, runtime.yaw, runtime.pitch, runtime.fov]
const samePose = (a: Pose, b: Pose) => a.every((v, i) => v === b[i])

/** Whether frames are being drawn back to back because the visitor moves (AdaptiveResolution samples only then). */
let moving = false
const listeners = new Set<() => void>()
function setMoving(value: boolean): void {
  if (value === moving) return
  moving = value
  for (const listener of listeners) listener()
}

/** True while the visitor's view moves frame after frame (and a moment after it stops). */
export function useViewMoving(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    () => moving,
  )
}

/**
 * The gallery's canvas draws on demand (`frameloop="demand"`): a still room costs nothing, which
 * keeps a Chromebook cool and a phone's battery, and leaves a slow device's main thread free
 * for the page. This asks for the frames the scene needs that React does not already ask for:
 * while the visitor walks, glides, turns or bends (`inMotion`), when code moved them (a link, a
 * tour, the teacher), when a classmate's or the teacher's place arrives, when anyone waits on a
 * drawn frame (`nextFrames`), and on every change of the gallery's state. Its watch is a plain
 * animation-frame callback that compares a few numbers; the drawing itself is R3F's.
 * Animations that run on their own (a pulsing highlight, a marker catching up) ask for their
 * next frame from their useFrame while they move.
 *
 * ```tsx
 * <Canvas frameloop="demand"><FrameDemand /></Canvas>
 * ```
 */
export function FrameDemand() {
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    let drawn = poseOf()
    let teacher: LivePose | null = runtime.live.teacher
    let members: LivePose[] = []
    let lastMotion = -Infinity
    const stopDrawnWatch = addAfterEffect(() => void (drawn = poseOf()))
    const liveChanged = () => {
      const now = [...runtime.live.members.values()]
      const changed = runtime.live.teacher !== teacher || now.length !== members.length || now.some((m, i) => m !== members[i])
      teacher = runtime.live.teacher
      members = now
      return changed
    }
    let id = 0
    const watch = (time: number) => {
      const walking = galleryStore.getState().mode === 'walk'
      const motion = inMotion(runtime, walking) || !samePose(drawn, poseOf())
      if (motion) lastMotion = time
      if (motion || liveChanged() || runtime.afterFrame.length > 0) invalidate()
      setMoving(time - lastMotion < SETTLE_MS)
      id = requestAnimationFrame(watch)
    }
    id = requestAnimationFrame(watch)
    const unsubscribe = galleryStore.subscribe(() => invalidate())
    return () => {
      cancelAnimationFrame(id)
      stopDrawnWatch()
      unsubscribe()
      setMoving(false)
    }
  }, [invalidate])
  return null
}
