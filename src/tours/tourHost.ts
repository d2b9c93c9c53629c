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
import { createTourState, tourTransition, type TourEffect, type TourEvent, type TourState } from './tourMachine'
import { localVoices, pickLocalVoice, type NarrationPlan } from './narration'

let ticker: number | null = null
let lastTick = 0
/** Bumped on every travel, so an arrival from an abandoned glide is ignored. */
let travelToken = 0

/** Languages of the device's own voices: a cloud voice would send the narration to a vendor. */
function voiceLanguages(): string[] {
  if (typeof speechSynthesis === 'undefined') return []
  return localVoices(speechSynthesis.getVoices()).map((v) => v.lang)
}

/**
 * The utterance being spoken. Chromium can drop an utterance nothing else refers to before it
 * ends (its `end` never fires and the tour stalls), so the host keeps it until it is done.
 */
let utterance: SpeechSynthesisUtterance | null = null
/** Bumped on every narration started or silenced, so a late check of an old one changes nothing. */
let narrationToken = 0

/** Stops speech without its `end` or `error` reaching the tour (they would end the next stop's narration). */
function cancelSpeech(): void {
  if (utterance) utterance.onend = utterance.onerror = null
  utterance = null
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel()
  // The words on screen are no longer spoken: a screen reader may read them now.
  const caption = useGallery.getState().caption
  if (caption?.voiced) useGallery.getState().setCaption({ ...caption, voiced: false })
}

/** Narration that cannot be heard is captioned for its reading time instead of hanging the tour. */
function unheard(): void {
  runtime.speechActive = false
  dispatch({ type: 'narrationUnheard' })
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

/** A live class tour holds a pupil who is ahead of the teacher at the end of the stop (src/live sets it). */
let holdAdvance: ((tour: TourState) => boolean) | null = null

export function setTourHold(hold: ((tour: TourState) => boolean) | null): void {
  holdAdvance = hold
}

function startTicker(): void {
  if (ticker !== null) return
  lastTick = performance.now()
  ticker = window.setInterval(() => {
    const now = performance.now()
    const dt = (now - lastTick) / 1000
    lastTick = now
    const tour = useGallery.getState().tour
    if (!tour) return stopTicker()
    // Held: time may run within the stop, but not carry the visitor on to the next one.
    if (holdAdvance?.(tour)) {
      const next = tourTransition(tour, { type: 'tick', dt })
      if (next.index !== tour.index || next.phase === 'finished') return
    }
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
  if (plan.mode === 'speech') {
    const voice = typeof speechSynthesis === 'undefined' ? null : pickLocalVoice(speechSynthesis.getVoices(), plan.language)
    if (!voice || s.mixer.muted) return unheard()
    cancelSpeech()
    const spoken = new SpeechSynthesisUtterance(plan.text)
    spoken.lang = voice.lang
    spoken.voice = voice
    spoken.volume = s.mixer.master * s.mixer.voice
    utterance = spoken
    runtime.speechActive = true
    s.setCaption({ text: plan.text, kind: 'narration', lang: plan.language, voiced: true })
    spoken.onend = spoken.onerror = () => {
      if (utterance !== spoken) return
      utterance = null
      runtime.speechActive = false
      dispatch({ type: 'narrationEnded' })
    }
    try {
      speechSynthesis.speak(spoken)
    } catch {
      cancelSpeech()
      unheard()
    }
  } else if (plan.mode === 'recorded' && plan.audio) {
    const engine = audioEngine()
    const file = plan.audio
    if (!engine) return unheard()
    runtime.speechActive = true
    const token = ++narrationToken
    let ended = false
    const onEnded = () => {
      ended = true
      runtime.speechActive = false
      dispatch({ type: 'narrationEnded' })
    }
    Promise.resolve()
      .then(() => engine.playClip({ id: 'narration', url: resolveAsset(s.manifestUrl, file), position: [runtime.position[0], EYE_HEIGHT, runtime.position[2]], onEnded }))
      // A recording that will not play leaves its caption up for the reading time, so the tour goes on.
      .then((ok) => (ok ? whenSilent(engine, () => !ended && token === narrationToken) : ended || unheard()), unheard)
  }
  // Caption-only narration: the machine times it from the text's length.
}

/** How long a started recording may wait for the page's sound to run (Enter resumes it) before it counts as unheard. */
const SOUND_START_MS = 2000

/** A clip "plays" on a suspended AudioContext without ever ending: caption it instead. */
function whenSilent(engine: NonNullable<ReturnType<typeof audioEngine>>, stillOurs: () => boolean): void {
  setTimeout(() => {
    if (!stillOurs() || engine.state().clip?.id !== 'narration' || engine.state().context === 'running') return
    engine.stopClip()
    unheard()
  }, SOUND_START_MS)
}

function silence(): void {
  narrationToken += 1
  runtime.speechActive = false
  cancelSpeech()
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

useGallery.subscribe((s, prev) => {
  // A language switch mid-tour re-narrates in the new language.
  if (s.tour && s.language !== prev.language) dispatch({ type: 'setLanguage', language: s.language, voices: voiceLanguages() })
  // M (or the mute box) silences speech already under way: a spoken utterance's volume is fixed
  // when it starts, so it is stopped and its caption stays up for the reading time.
  if (s.mixer.muted && !prev.mixer.muted && utterance) {
    cancelSpeech()
    unheard()
  }
})
