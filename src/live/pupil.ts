/**
 * What a pupil's browser does when the class says so: glide to the teacher on "Gather here",
 * keep near them under "Follow me", open or close the highlighted work's panel, and keep the
 * class tour in step (each pupil hears and reads it in their own language: the tour runs here,
 * with this visitor's language). In VR the same moves go through `runtime.position`, which the
 * XR layer turns into a blink-teleport.
 */
import type { Vec2 } from '../layout/types'
import { placeVisitor } from '../navigation/motion'
import { runtime } from '../store/runtime'
import { galleryStore } from '../store/galleryStore'
import { dispatch, setTourHold, startTour } from '../navigation/tourHost'
import { followStep, formation, type FloorPose } from './formation'
import type { Pose } from './protocol'
import type { LiveAction } from './snapshot'

/** The class tour as the teacher leads it (null: none), which holds a pupil who is ahead. */
let classTour: { tourId: string; stop: number } | null = null
let slot = 0
let jumping = false

// Ahead of the teacher: wait at the end of the stop. At the teacher's last stop everyone finishes on their own.
setTourHold((tour) => classTour !== null && tour.tour.id === classTour.tourId && tour.index >= classTour.stop && classTour.stop < tour.tour.stops.length - 1)

export function setSlot(index: number): void {
  slot = index
}

function reducedMotion(): boolean {
  return typeof matchMedia !== 'undefined' && matchMedia('(prefers-reduced-motion: reduce)').matches
}

const floorPose = (p: Pose): FloorPose => ({ position: [p.p[0], p.p[2]], yaw: p.yaw })

function mySpot(teacher: FloorPose): FloorPose | null {
  const layout = galleryStore.getState().layout
  if (!layout) return null
  return formation(layout, teacher, slot + 1)[slot] ?? null
}

const inXR = () => galleryStore.getState().mode === 'xr'

/** Moves the visitor to `spot` at once: behind the fade on a screen, by the headset's blink in VR. */
async function jump(spot: Vec2, yaw: number): Promise<void> {
  if (jumping) return
  jumping = true
  try {
    if (inXR()) {
      runtime.position = [spot[0], runtime.position[1], spot[1]]
      runtime.yaw = yaw
    } else await placeVisitor(spot, yaw)
  } finally {
    jumping = false
  }
}

function gather(pose: Pose): void {
  const spot = mySpot(floorPose(pose))
  const s = galleryStore.getState()
  if (!spot || !s.layout) return
  if (s.inspecting) {
    if (s.mode === 'xr') galleryStore.setState({ inspecting: null })
    else s.closeInspect()
  }
  // A tour of one's own gives way to the teacher's call (the class tour, if any, goes on).
  if (s.tour && (!classTour || s.tour.id !== classTour.tourId)) dispatch({ type: 'leave' })
  const step = followStep(s.layout, [runtime.position[0], runtime.position[2]], spot.position)
  if (step.kind === 'stay') {
    runtime.yaw = spot.yaw
    return
  }
  if (inXR() || reducedMotion() || step.kind === 'jump') return void jump(spot.position, spot.yaw)
  runtime.glide = { target: spot.position, yaw: spot.yaw }
}

/** Called with every streamed teacher pose while following: keep to one's place behind the teacher. */
export function followTeacher(pose: Pose): void {
  const s = galleryStore.getState()
  if (!s.live.following || s.live.role !== 'pupil' || !s.layout || jumping) return
  if (s.mode !== 'walk' && s.mode !== 'xr') return
  const spot = mySpot(floorPose(pose))
  if (!spot) return
  const here: Vec2 = [runtime.position[0], runtime.position[2]]
  const step = followStep(s.layout, here, spot.position)
  if (step.kind === 'stay') return
  // In VR every move is a teleport: only when the teacher has moved on by more than a step or two.
  if (inXR()) {
    if (Math.hypot(spot.position[0] - here[0], spot.position[1] - here[1]) > 1.5) void jump(spot.position, runtime.yaw)
    return
  }
  if (step.kind === 'jump' || reducedMotion()) return void jump(spot.position, spot.yaw)
  // Keep the pupil's own heading: they may look around while they are led.
  runtime.glide = { target: spot.position, yaw: null }
}

function followTour(tourId: string, stop: number): void {
  classTour = { tourId, stop }
  const s = galleryStore.getState()
  const local = s.tour
  if (!local || local.id !== tourId || local.phase === 'finished' || local.phase === 'left') return startTour(tourId, stop)
  // Behind the teacher, or ahead after a skip back: go to the teacher's stop.
  if (local.index !== stop || local.phase === 'away') dispatch({ type: 'start', stop })
}

function endTour(): void {
  const tour = galleryStore.getState().tour
  const mine = classTour
  classTour = null
  if (!tour || !mine || tour.id !== mine.tourId) return
  // At the last stop the pupil finishes on their own; earlier, the class tour stops for them too.
  if (tour.index < tour.stops - 1 && tour.phase !== 'finished') dispatch({ type: 'leave' })
}

export function perform(action: LiveAction): void {
  const s = galleryStore.getState()
  switch (action.type) {
    case 'gather':
      return gather(action.pose)
    case 'follow':
      if (action.pose) followTeacher(action.pose)
      return
    case 'open':
      if (s.mode === 'xr') galleryStore.setState({ inspecting: action.artifactId })
      else s.inspect(action.artifactId)
      return
    case 'close':
      if (s.inspecting !== action.artifactId) return
      if (s.mode === 'xr') galleryStore.setState({ inspecting: null })
      else s.closeInspect()
      return
    case 'tour':
      return followTour(action.tourId, action.stop)
    case 'tourPlaying':
      if (s.tour && classTour && s.tour.id === classTour.tourId) dispatch({ type: action.playing ? 'resume' : 'pause' })
      return
    case 'tourEnd':
      return endTour()
    case 'ended':
      return
  }
}

/** Leaving the class: the class tour stops holding, walking is free again. */
export function resetPupil(): void {
  endTour()
  runtime.walkLocked = false
  runtime.glide = null
}
