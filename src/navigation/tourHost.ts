/**
 * Runs a guided tour in the page: feeds the pure tour machine (src/tours/tourMachine.ts) its
 * events (arrivals, the end of narration, time passing) and carries out the effects it asks for:
 * glide along the floor plan to the stop, narrate it (src/tours/narrator.ts). The machine's state
 * stays here; the store gets only what the interface shows of it (store/tourView.ts), when that changes.
 */
import { CAMERA_FOV } from '../layout/constants'
import { EYE_HEIGHT, type Vec2 } from '../layout/types'
import { runtime } from '../store/runtime'
import { galleryStore } from '../store/galleryStore'
import { sameTourView, tourPlaying, type TourView } from '../store/tourView'
import { resolveStop } from '../tours/resolveStop'
import { tourPath } from '../tours/tourPath'
import { createTourState, tourTransition, type TourEffect, type TourEvent, type TourState } from '../tours/tourMachine'
import { cutSpeech, followNarration, narrate, pauseNarration, resumeNarration, silence, voiceLanguages } from '../tours/narrator'
import { placeVisitor, prefersReducedMotion } from './motion'

/** The tour under way: the machine's whole state, timers included. */
let state: TourState | null = null
let ticker: number | null = null
let lastTick = 0
/** Bumped on every travel, so an arrival from an abandoned glide is ignored. */
let travelToken = 0
/** A live class tour holds a pupil who is ahead of the teacher at the end of the stop (src/live sets it). */
let holdAdvance: ((tour: TourState) => boolean) | null = null

export function setTourHold(hold: ((tour: TourState) => boolean) | null): void {
  holdAdvance = hold
}

/** Tests and kiosks speed tours up with `?tourTimeScale=0.05`. */
function timeScale(): number {
  const value = Number(new URLSearchParams(location.search).get('tourTimeScale'))
  return Number.isFinite(value) && value > 0 && value <= 1 ? value : 1
}

const viewOf = (s: TourState): TourView => ({ id: s.tour.id, index: s.index, stops: s.tour.stops.length, phase: s.phase })

/** Hands the store what the interface shows, only when that changed (not on every tick). */
function publish(): void {
  const view = state ? viewOf(state) : null
  if (!sameTourView(view, galleryStore.getState().tour)) galleryStore.getState().setTour(view)
}

export function startTour(id: string, stop: number | null = null): void {
  const s = galleryStore.getState()
  const tour = s.manifest?.tours.find((t) => t.id === id)
  if (!tour) return
  if (s.inspecting) s.closeInspect()
  // In VR the tour runs in the headset; elsewhere it walks.
  if (s.mode !== 'walk' && s.mode !== 'xr') s.setMode('walk')
  state = createTourState(tour, { language: s.language, voices: voiceLanguages(), timeScale: timeScale() })
  dispatch({ type: 'start', ...(stop !== null ? { stop } : {}) })
  startTicker()
}

export function dispatch(event: TourEvent): void {
  if (!state) return
  state = tourTransition(state, event)
  const effects = state.effects
  publish()
  for (const effect of effects) perform(effect)
}

/** Closes a finished tour's bar. */
export function closeTour(): void {
  state = null
  publish()
}

function startTicker(): void {
  if (ticker !== null) return
  lastTick = performance.now()
  ticker = window.setInterval(() => {
    const now = performance.now()
    const dt = (now - lastTick) / 1000
    lastTick = now
    if (!state) return stopTicker()
    // Held: time may run within the stop, but not carry the visitor on to the next one.
    if (holdAdvance?.(state)) {
      const next = tourTransition(state, { type: 'tick', dt })
      if (next.index !== state.index || next.phase === 'finished') return
    }
    dispatch({ type: 'tick', dt })
    if (state?.phase === 'narrating' && state.narration) {
      const reading = state.narration.readingMs * state.config.timeScale
      followNarration(state.remainingMs !== null && reading > 0 ? 1 - state.remainingMs / reading : null)
    }
  }, 100)
}

function stopTicker(): void {
  if (ticker !== null) window.clearInterval(ticker)
  ticker = null
}

/** Glides through the doorways to the stop (or fades there when motion should be reduced), then reports arrival. */
async function travel(index: number): Promise<void> {
  const { layout } = galleryStore.getState()
  const stop = state?.tour.stops[index]
  const target = stop && layout ? resolveStop(stop, layout) : null
  const token = ++travelToken
  const arrived = () => {
    if (token !== travelToken) return
    // At an artifact, lean in as the layout framed it (bending to one on a plinth: walking.ts eases the eye down).
    if (target?.pitch !== undefined) {
      runtime.pitch = target.pitch
      runtime.fov = target.fov ?? CAMERA_FOV
      runtime.eyeHeight = target.eyeHeight ?? EYE_HEIGHT
      runtime.closeUp = stop?.artifact ?? null
    }
    dispatch({ type: 'arrived' })
  }
  // Straighten up from the last close-up before walking on.
  runtime.fov = CAMERA_FOV
  runtime.pitch = 0
  runtime.eyeHeight = EYE_HEIGHT
  if (!target || !layout) return arrived()
  if (galleryStore.getState().inspecting) galleryStore.getState().closeInspect()
  const from: Vec2 = [runtime.position[0], runtime.position[2]]
  // In VR a glide would move the world under a still body: the tour jumps with the headset's blink instead.
  if (prefersReducedMotion() || timeScale() < 1 || galleryStore.getState().mode === 'xr') {
    const closeUp =
      target.pitch !== undefined && stop?.artifact
        ? { id: stop.artifact, pitch: target.pitch, ...(target.fov === undefined ? {} : { fov: target.fov }), ...(target.eyeHeight === undefined ? {} : { eyeHeight: target.eyeHeight }) }
        : undefined
    await placeVisitor(target.position, target.yaw, closeUp ? { closeUp } : {})
    return arrived()
  }
  const waypoints = tourPath(layout, from, target.position).slice(1)
  const step = (k: number) => {
    if (token !== travelToken) return
    const point = waypoints[k]
    if (!point) {
      runtime.yaw = target.yaw
      return arrived()
    }
    runtime.glide = { target: point, yaw: k === waypoints.length - 1 ? target.yaw : null, onArrive: () => step(k + 1) }
  }
  step(0)
}

const narrationEvents = {
  ended: () => dispatch({ type: 'narrationEnded' }),
  unheard: () => dispatch({ type: 'narrationUnheard' }),
}

function perform(effect: TourEffect): void {
  switch (effect.type) {
    case 'travel':
      void travel(effect.stop)
      break
    case 'haltTravel':
      travelToken += 1
      runtime.glide = null
      break
    case 'narrate':
      narrate(effect.plan, narrationEvents)
      break
    case 'pauseNarration':
      pauseNarration()
      break
    case 'resumeNarration':
      resumeNarration()
      break
    case 'stopNarration':
    case 'finished':
      silence()
      break
    case 'left':
      silence()
      closeTour()
      break
  }
}

/** The visitor took the controls: the tour waits until they come back to it. */
export function visitorTookControls(): void {
  if (state && tourPlaying(state.phase)) dispatch({ type: 'visitorWalkedAway' })
}

runtime.onManualMove = visitorTookControls

galleryStore.subscribe((s, prev) => {
  // A language switch mid-tour re-narrates in the new language.
  if (state && s.language !== prev.language) dispatch({ type: 'setLanguage', language: s.language, voices: voiceLanguages() })
  // M (or the mute box) silences speech already under way; its caption stays up for the reading time.
  if (s.mixer.muted && !prev.mixer.muted && cutSpeech()) narrationEvents.unheard()
})
