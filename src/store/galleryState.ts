/**
 * The shape of the app's one store, slice by slice (zustand's pattern). It holds what the
 * interface shows; per-frame values (camera pose, velocity) live in `runtime` instead.
 */
import type { Manifest } from '../manifest/schema'
import type { ManifestProblem } from '../manifest/problem'
import type { GalleryLayout } from '../layout/types'
import type { MixerSettings } from './mixer'
import type { TourView } from './tourView'
import type { LiveView } from './liveTypes'

export type Mode = 'loading' | 'start' | 'walk' | 'inspect' | 'xr' | 'error'

export interface AssetWarning {
  artifactId: string
  file: string
  /** What could not be loaded; the interface says so in the visitor's language. */
  kind: 'image' | 'model'
  /** The loader's own words, for the content team (technical, not translated). */
  detail?: string
}

/** A fatal problem that is not about the manifest's content; the error screen words it in the visitor's language. */
export type FatalProblem =
  | { kind: 'foreignManifest'; url: string; allowed: string }
  | { kind: 'manifestUnreachable'; url: string; detail: string }
  | { kind: 'notOpened'; detail: string }

export interface ExhibitionSlice {
  manifestUrl: string
  manifest: Manifest | null
  layout: GalleryLayout | null
  manifestErrors: ManifestProblem[]
  /** A fatal problem that is not about the manifest's content (network, WebGL, foreign origin). */
  fatal: FatalProblem | null
  assetWarnings: AssetWarning[]
  setExhibition: (manifest: Manifest, layout: GalleryLayout) => void
  setManifestErrors: (errors: ManifestProblem[]) => void
  setFatal: (fatal: FatalProblem) => void
  addAssetWarning: (warning: AssetWarning) => void
}

export interface VisitorSlice {
  mode: Mode
  /** The room the visitor is in, as the interface shows it (updated on room change, not per frame). */
  roomId: string | null
  /** Bumped whenever a room is entered, so the room title card can replay for the same room. */
  roomEnteredAt: number
  setMode: (mode: Mode) => void
  setRoom: (roomId: string) => void
}

export interface InspectSlice {
  inspecting: string | null
  hovered: string | null
  inspect: (artifactId: string) => void
  closeInspect: () => void
  setHovered: (artifactId: string | null) => void
}

export interface SettingsSlice {
  language: string
  mapOpen: boolean
  setLanguage: (language: string) => void
  setMapOpen: (open: boolean) => void
}

export interface Caption {
  text: string
  kind: 'music' | 'speech' | 'narration'
  lang: string
  /** The words are being spoken aloud (speech synthesis): a screen reader must not read them over the voice. */
  voiced?: boolean
}

export interface AudioSlice {
  mixer: MixerSettings
  /** Captions for every sound; on by default (tours show them whatever this says). */
  captions: boolean
  caption: Caption | null
  setMixer: (mixer: Partial<MixerSettings>) => void
  toggleMute: () => void
  setCaptions: (on: boolean) => void
  setCaption: (caption: Caption | null) => void
}

export interface TourSlice {
  /** The tour under way as the interface shows it (src/tours/tourHost.ts keeps it up to date). */
  tour: TourView | null
  /** A tour to start when the visitor presses Enter (from a `#/tour/...` link). */
  pendingTour: { id: string; stop: number | null } | null
  setTour: (tour: TourView | null) => void
  setPendingTour: (pending: { id: string; stop: number | null } | null) => void
}

export interface LiveSlice {
  /** The live class this visitor leads or attends (src/live/ keeps it up to date). */
  live: LiveView
  setLive: (live: Partial<LiveView>) => void
}

export type GalleryState = ExhibitionSlice & VisitorSlice & InspectSlice & SettingsSlice & AudioSlice & TourSlice & LiveSlice
