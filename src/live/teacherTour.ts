/**
 * The teacher's side of a class tour: the tour runs in the teacher's own browser, and every
 * stop it reaches (or a pause, or leaving it) is sent to the class, whose browsers run the same
 * tour in their own languages and keep to the teacher's stop.
 */
import { galleryStore } from '../store/galleryStore'

let classTourId: string | null = null
let lastStop = -1
let lastPlaying = true
let unsubscribe: (() => void) | null = null
let send: ((cmd: { type: 'tourStop'; stop: number } | { type: 'tourPlaying'; playing: boolean } | { type: 'tourEnd' }) => void) | null = null

/** The tour the teacher just started for the class. */
export function markClassTour(tourId: string): void {
  classTourId = tourId
  lastStop = 0
  lastPlaying = true
}

export function startTourMirror(sender?: typeof send): void {
  stopTourMirror()
  if (sender) send = sender
  unsubscribe = galleryStore.subscribe((s, prev) => {
    if (!classTourId || s.tour === prev.tour) return
    const t = s.tour
    if (!t || t.id !== classTourId || t.phase === 'left') {
      classTourId = null
      return send?.({ type: 'tourEnd' })
    }
    // A tour that has finished stays at its last stop for the class: each pupil finishes it in their own time.
    if (t.phase === 'finished') {
      classTourId = null
      return
    }
    if (t.index !== lastStop) {
      lastStop = t.index
      send?.({ type: 'tourStop', stop: t.index })
    }
    const playing = t.phase !== 'paused'
    if (playing !== lastPlaying) {
      lastPlaying = playing
      send?.({ type: 'tourPlaying', playing })
    }
  })
}

export function stopTourMirror(): void {
  unsubscribe?.()
  unsubscribe = null
  classTourId = null
}
