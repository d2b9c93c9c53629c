/**
 * What the interface shows of a guided tour. The tour machine's full state (timers, narration
 * plan, effects) stays in src/tours/tourHost.ts and changes ten times a second; the store gets
 * this view, which changes only when a stop, a phase or the tour itself does.
 */
export type TourPhase = 'idle' | 'travelling' | 'narrating' | 'dwelling' | 'paused' | 'away' | 'finished' | 'left'

export interface TourView {
  id: string
  /** The current stop (0-based). */
  index: number
  /** How many stops the tour has. */
  stops: number
  phase: TourPhase
}

/** Whether the tour is moving the visitor or speaking now (not paused, away, or over). */
export const tourPlaying = (phase: TourPhase): boolean => phase === 'travelling' || phase === 'narrating' || phase === 'dwelling'

/** Whether a tour is still under way (it can be resumed, stepped or left). */
export const tourUnderWay = (tour: TourView | null): tour is TourView => tour !== null && tour.phase !== 'finished' && tour.phase !== 'left'

export const sameTourView = (a: TourView | null, b: TourView | null): boolean =>
  a === b || (a !== null && b !== null && a.id === b.id && a.index === b.index && a.stops === b.stops && a.phase === b.phase)
