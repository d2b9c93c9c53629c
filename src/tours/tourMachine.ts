/**
 * The guided-tour state machine: pure, driven by events, with time passed in through `tick`.
 *
 *   idle --start--> travelling --arrived--> narrating --narrationEnded--> dwelling --(dwell)-->
 *   travelling (next stop) ... --> finished
 *
 * Caption-only narration "ends" by itself after the text's reading time; so does narration that
 * turns out not to be heard (`narrationUnheard`: a recording that will not play, sound muted). `pause` holds whatever
 * is going on (timers stop) until `resume`; `visitorWalkedAway` (the visitor took the controls)
 * suspends the tour until `returnToTour`, which travels back to the current stop; `next` and
 * `previous` skip; `leave` ends it. Every transition lists, in `effects`, what the host must do
 * now (start a glide, start or stop narration...), so the host never compares states itself.
 */
import type { Tour } from '../manifest/schema'
import type { TourPhase } from '../store/tourView'
import { narrationFor, type NarrationPlan } from './narration'

/** The phases a pause can hold and resume. */
export type ActivePhase = 'travelling' | 'narrating' | 'dwelling'

export interface TourConfig {
  /** The visitor's language. */
  language: string
  /** `lang` tags of the browser's speech-synthesis voices (empty: no speech). */
  voices: readonly string[]
  /** Pause after narration before moving on, milliseconds. */
  dwellMs: number
  /** Multiplies every wait (dwell, reading time); tests use a small one. */
  timeScale: number
}

export const DEFAULT_TOUR_CONFIG: TourConfig = { language: 'en', voices: [], dwellMs: 1500, timeScale: 1 }

export type TourEffect =
  /** Glide to this stop (resolveStop + tourPath), then send `arrived`. */
  | { type: 'travel'; stop: number }
  /** Stop any glide under way. */
  | { type: 'haltTravel' }
  /** Start narrating; for 'recorded' and 'speech', send `narrationEnded` when it finishes. */
  | { type: 'narrate'; stop: number; plan: NarrationPlan }
  | { type: 'pauseNarration' }
  | { type: 'resumeNarration' }
  | { type: 'stopNarration' }
  | { type: 'finished' }
  | { type: 'left' }

export type TourEvent =
  | { type: 'start'; stop?: number }
  | { type: 'arrived' }
  | { type: 'narrationEnded' }
  /** Recorded or spoken narration cannot be heard (will not play, muted): caption it for its reading time. */
  | { type: 'narrationUnheard' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'leave' }
  | { type: 'visitorWalkedAway' }
  | { type: 'returnToTour' }
  /** Time passing, in seconds. */
  | { type: 'tick'; dt: number }
  | { type: 'setLanguage'; language: string; voices?: readonly string[] }

export interface TourState {
  tour: Tour
  config: TourConfig
  phase: TourPhase
  /** The current stop (0-based). */
  index: number
  /** While paused: the phase to go back to. */
  held: ActivePhase | null
  /** Milliseconds left of a timed wait (dwelling; narrating captions), null when waiting on an event. */
  remainingMs: number | null
  /** The current stop's narration, once arrived. */
  narration: NarrationPlan | null
  /** What the host must do because of the last transition. */
  effects: TourEffect[]
}

export function createTourState(tour: Tour, config: Partial<TourConfig> = {}): TourState {
  return { tour, config: { ...DEFAULT_TOUR_CONFIG, ...config }, phase: 'idle', index: 0, held: null, remainingMs: null, narration: null, effects: [] }
}

const isActive = (p: TourPhase): p is ActivePhase => p === 'travelling' || p === 'narrating' || p === 'dwelling'

/** Milliseconds of a wait after the config's time scale. */
const scaled = (s: TourState, ms: number): number => ms * s.config.timeScale

function travelTo(s: TourState, index: number, effects: TourEffect[]): TourState {
  return { ...s, phase: 'travelling', index, held: null, remainingMs: null, narration: null, effects: [...effects, { type: 'travel', stop: index }] }
}

function arrive(s: TourState): TourState {
  const stop = s.tour.stops[s.index]
  if (!stop) return finish(s, [])
  const plan = narrationFor(stop, s.config.language, s.config.voices)
  return { ...s, phase: 'narrating', held: null, narration: plan, remainingMs: plan.mode === 'captions' ? scaled(s, plan.readingMs) : null, effects: [{ type: 'narrate', stop: s.index, plan }] }
}

function dwell(s: TourState, effects: TourEffect[] = []): TourState {
  return { ...s, phase: 'dwelling', remainingMs: scaled(s, s.config.dwellMs), effects }
}

function finish(s: TourState, effects: TourEffect[]): TourState {
  return { ...s, phase: 'finished', held: null, remainingMs: null, effects: [...effects, { type: 'finished' }] }
}

function advance(s: TourState, effects: TourEffect[]): TourState {
  return s.index + 1 < s.tour.stops.length ? travelTo(s, s.index + 1, effects) : finish(s, effects)
}

/** What must stop when the tour leaves its current phase abruptly (skip, leave, walk away). */
function interrupt(phase: TourPhase, held: ActivePhase | null): TourEffect[] {
  const p = phase === 'paused' ? held : phase
  if (p === 'travelling') return [{ type: 'haltTravel' }]
  if (p === 'narrating') return [{ type: 'stopNarration' }]
  return []
}

const unchanged = (s: TourState): TourState => (s.effects.length === 0 ? s : { ...s, effects: [] })

/** The state after `event`. Events that make no sense in the current phase change nothing. */
export function tourTransition(s: TourState, event: TourEvent): TourState {
  const n = s.tour.stops.length
  switch (event.type) {
    case 'start': {
      const index = Math.min(n - 1, Math.max(0, Math.floor(event.stop ?? 0)))
      return travelTo(s, index, interrupt(s.phase, s.held))
    }
    case 'arrived':
      return s.phase === 'travelling' ? arrive(s) : unchanged(s)
    case 'narrationEnded':
      if (s.phase === 'narrating') return dwell(s)
      if (s.phase === 'paused' && s.held === 'narrating') return { ...s, held: 'dwelling', remainingMs: scaled(s, s.config.dwellMs), effects: [] }
      return unchanged(s)
    case 'narrationUnheard': {
      const narrating = s.phase === 'narrating' || (s.phase === 'paused' && s.held === 'narrating')
      if (!narrating || !s.narration || s.narration.mode === 'captions') return unchanged(s)
      return { ...s, narration: { ...s.narration, mode: 'captions' }, remainingMs: scaled(s, s.narration.readingMs), effects: [] }
    }
    case 'tick': {
      if (!(event.dt > 0) || (s.phase !== 'narrating' && s.phase !== 'dwelling') || s.remainingMs === null) return unchanged(s)
      let left = s.remainingMs - event.dt * 1000
      if (left > 0) return { ...s, remainingMs: left, effects: [] }
      if (s.phase === 'narrating') {
        // Captions have been up for their reading time: on to the dwell, carrying the overshoot.
        left += scaled(s, s.config.dwellMs)
        if (left > 0) return { ...s, phase: 'dwelling', remainingMs: left, effects: [] }
      }
      return advance(s, [])
    }
    case 'next':
      if (!isActive(s.phase) && s.phase !== 'paused' && s.phase !== 'away') return unchanged(s)
      return advance(s, interrupt(s.phase, s.held))
    case 'previous':
      if (!isActive(s.phase) && s.phase !== 'paused' && s.phase !== 'away' && s.phase !== 'finished') return unchanged(s)
      return travelTo(s, s.phase === 'finished' ? n - 1 : Math.max(0, s.index - 1), interrupt(s.phase, s.held))
    case 'pause': {
      if (!isActive(s.phase)) return unchanged(s)
      const effects: TourEffect[] = s.phase === 'travelling' ? [{ type: 'haltTravel' }] : s.phase === 'narrating' ? [{ type: 'pauseNarration' }] : []
      return { ...s, phase: 'paused', held: s.phase, effects }
    }
    case 'resume': {
      if (s.phase !== 'paused' || s.held === null) return unchanged(s)
      const effects: TourEffect[] = s.held === 'travelling' ? [{ type: 'travel', stop: s.index }] : s.held === 'narrating' ? [{ type: 'resumeNarration' }] : []
      return { ...s, phase: s.held, held: null, effects }
    }
    case 'visitorWalkedAway':
      if (!isActive(s.phase) && s.phase !== 'paused') return unchanged(s)
      return { ...s, phase: 'away', held: null, remainingMs: null, narration: null, effects: interrupt(s.phase, s.held) }
    case 'returnToTour':
      return s.phase === 'away' ? travelTo(s, s.index, []) : unchanged(s)
    case 'leave':
      if (s.phase === 'idle' || s.phase === 'left') return unchanged(s)
      return { ...s, phase: 'left', held: null, remainingMs: null, narration: null, effects: [...interrupt(s.phase, s.held), { type: 'left' }] }
    case 'setLanguage': {
      const config = { ...s.config, language: event.language, voices: event.voices ?? s.config.voices }
      const next = { ...s, config, effects: [] as TourEffect[] }
      // Narration under way starts again in the new language.
      if (s.phase === 'narrating') {
        const again = arrive(next)
        return { ...again, effects: [{ type: 'stopNarration' }, ...again.effects] }
      }
      return next
    }
  }
}

/** Applies events in order (handy in tests and for replaying a tour). */
export function runTour(s: TourState, events: readonly TourEvent[]): TourState {
  return events.reduce(tourTransition, s)
}
