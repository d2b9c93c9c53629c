/**
 * Runs a guided tour in the page: feeds the pure tour machine its events (arrivals, the end of
 * narration, time passing) and carries out the effects it asks for (glide along the floor plan,
 * speak or caption the narration). The only module of src/tours that touches the browser.
 */
import { CAMERA_FOV } from '../layout/constants'
import { EYE_HEIGHT, type Vec2 } from '../layout/types'
import { resolveAsset } from '../manifest/assets'
import { audioEngine } from '../audio/audioHost'
import { runtime } from '../store/runtime'
import { useGallery } from '../store/store'
import { placeVisitor } from '../navigation/Visitor'
import { resolveStop } from './resolveStop'
import { tourPath } from './tourPath'
import { createTourState, tourTransition, type TourEffect, type TourEvent } from './tourMachine'
import type { NarrationPlan } from './narration'

let ticker: number | null = null
let lastTick = 0
/** Bumped on every travel, so an arrival from an abandoned glide is ignored. */
let travelToken = 0

function voiceLanguages(): string[] {
  if (typeof speechSynthesis === 'undefined') return []
  return speechSynthesis.getVoices().map((v) => v.lang)
}

/** Tests and kiosks speed tours up with `?tourTimeScale=0.05`. */
function timeScale(): number {
  const value = Number(new URLSearchParams(location.search).get('tourTimeScale'))
  return Number.isFinite(value) && value > 0 && value <= 1 ? value : 1
}

function reducedMotion(): boolean {
  return typeof matchMedia !== 'undefined' && matchMedia('(prefers-reduced-motion: reduce)').matches
}

export function startTour(id: string, stop: number | null = null): void {
  const { manifest, language } = useGallery.getState()
  const tour = manifest?.tours.find((t) => t.id === id)
  if (!tour) return
  const s = useGallery.getState()
  if (s.inspecting) s.closeInspect()
  // In VR the tour runs in the headset; elsewhere it walks.
  if (s.mode !== 'walk' && s.mode !== 'xr') s.setMode('walk')
  useGallery.getState().setTour(createTourState(tour, { language, voices: voiceLanguages(), timeScale: timeScale() }))
  dispatch({ type: 'start', ...(stop !== null ? { stop } : {}) })
  startTicker()
}

export function dispatch(event: TourEvent): void {
  const current = useGallery.getState().tour
  if (!current) return
  const next = tourTransition(current, event)
  useGallery.getState().setTour(next)
  for (const effect of next.effects) perform(effect)
}

function startTicker(): void {
  if (ticker !== null) return
  lastTick = performance.now()
  ticker = window.setInterval(() => {
    const now = performance.now()
    const dt = (now - lastTick) / 1000
    lastTick = now
    if (!useGallery.getState().tour) return stopTicker()
    dispatch({ type: 'tick', dt })
  }, 100)
}

function stopTicker(): void {
  if (ticker !== null) window.clearInterval(ticker)
  ticker = null
}

/** Glides through the doorways to the stop (or fades there when motion should be reduced), then reports arrival. */
async function travel(index: number): Promise<void> {
  const { layout, tour } = useGallery.getState()
  const stop = tour?.tour.stops[index]
  const target = stop && layout ? resolveStop(stop, layout) : null
  const token = ++travelToken
  const arrived = () => {
    if (token !== travelToken) return
    // At an artifact, lean in as the layout framed it.
    if (target?.pitch !== undefined) {
      runtime.pitch = target.pitch
      runtime.fov = target.fov ?? CAMERA_FOV
      runtime.closeUp = stop?.artifact ?? null
    }
    dispatch({ type: 'arrived' })
  }
  // Straighten up from the last close-up before walking on.
  runtime.fov = CAMERA_FOV
  runtime.pitch = 0
  if (!target || !layout) return arrived()
  if (useGallery.getState().inspecting) useGallery.getState().closeInspect()
  const from: Vec2 = [runtime.position[0], runtime.position[2]]
  // In VR a glide would move the world under a still body: the tour jumps with the headset's blink instead.
  if (reducedMotion() || timeScale() < 1 || useGallery.getState().mode === 'xr') {
    const closeUp = target.pitch !== undefined && stop?.artifact ? { id: stop.artifact, pitch: target.pitch, ...(target.fov === undefined ? {} : { fov: target.fov }) } : undefined
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

function speak(plan: NarrationPlan): void {
  const s = useGallery.getState()
  s.setCaption({ text: plan.text, kind: 'narration', lang: plan.language })
  if (plan.mode === 'speech' && typeof speechSynthesis !== 'undefined') {
    const utterance = new SpeechSynthesisUtterance(plan.text)
    utterance.lang = plan.language
    const voice = speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith(plan.language))
    if (voice) utterance.voice = voice
    utterance.volume = s.mixer.muted ? 0 : s.mixer.master * s.mixer.voice
    runtime.speechActive = true
    utterance.onend = utterance.onerror = () => {
      runtime.speechActive = false
      dispatch({ type: 'narrationEnded' })
    }
    speechSynthesis.cancel()
    speechSynthesis.speak(utterance)
  } else if (plan.mode === 'recorded' && plan.audio) {
    const engine = audioEngine()
    const url = resolveAsset(s.manifestUrl, plan.audio)
    runtime.speechActive = true
    void engine
      ?.playClip({ id: 'narration', url, position: [runtime.position[0], EYE_HEIGHT, runtime.position[2]], onEnded: () => dispatch({ type: 'narrationEnded' }) })
      .then((ok) => {
        // A recording that will not play still ends, so the tour goes on with its caption.
        if (!ok) dispatch({ type: 'narrationEnded' })
      })
  }
  // Caption-only narration: the machine times it from the text's length.
}

function silence(): void {
  runtime.speechActive = false
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel()
  audioEngine()?.stopClip()
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
      speak(effect.plan)
      break
    case 'pauseNarration':
      if (typeof speechSynthesis !== 'undefined') speechSynthesis.pause()
      break
    case 'resumeNarration':
      if (typeof speechSynthesis !== 'undefined') speechSynthesis.resume()
      break
    case 'stopNarration':
      silence()
      useGallery.getState().setCaption(null)
      break
    case 'finished':
    case 'left':
      silence()
      useGallery.getState().setCaption(null)
      if (effect.type === 'left') useGallery.getState().setTour(null)
      break
  }
}

/** The visitor took the controls: the tour waits until they come back to it. */
export function visitorTookControls(): void {
  const tour = useGallery.getState().tour
  if (tour && (tour.phase === 'travelling' || tour.phase === 'narrating' || tour.phase === 'dwelling')) dispatch({ type: 'visitorWalkedAway' })
}

runtime.onManualMove = visitorTookControls

// A language switch mid-tour re-narrates in the new language.
useGallery.subscribe((s, prev) => {
  if (s.tour && s.language !== prev.language) dispatch({ type: 'setLanguage', language: s.language, voices: voiceLanguages() })
})
