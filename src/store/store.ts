/**
 * The app's one store, built from slices (zustand's pattern). It holds what the interface
 * shows; per-frame values (camera pose, velocity) live in `runtime` instead.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { StateCreator } from 'zustand'
import type { Manifest } from '../manifest/schema'
import type { ManifestProblem } from '../manifest/validate'
import type { GalleryLayout } from '../layout/types'
import type { TourState } from '../tours/tourMachine'
import { DEFAULT_MIXER, type MixerSettings } from '../audio/mixer'
import { NO_LIVE, type LiveView } from './liveTypes'

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
  tour: TourState | null
  /** A tour to start when the visitor presses Enter (from a `#/tour/...` link). */
  pendingTour: { id: string; stop: number | null } | null
  setTour: (tour: TourState | null) => void
  setPendingTour: (pending: { id: string; stop: number | null } | null) => void
}

export interface LiveSlice {
  /** The live class this visitor leads or attends (src/live/ keeps it up to date). */
  live: LiveView
  setLive: (live: Partial<LiveView>) => void
}

export type GalleryState = ExhibitionSlice & VisitorSlice & InspectSlice & SettingsSlice & AudioSlice & TourSlice & LiveSlice

type Slice<T> = StateCreator<GalleryState, [['zustand/persist', unknown]], [], T>

const createExhibitionSlice: Slice<ExhibitionSlice> = (set) => ({
  manifestUrl: '',
  manifest: null,
  layout: null,
  manifestErrors: [],
  fatal: null,
  assetWarnings: [],
  setExhibition: (manifest, layout) => set({ manifest, layout, manifestErrors: [] }),
  setManifestErrors: (manifestErrors) => set({ manifestErrors, mode: 'error' }),
  setFatal: (fatal) => set({ fatal, mode: 'error' }),
  addAssetWarning: (warning) =>
    set((s) =>
      s.assetWarnings.some((w) => w.artifactId === warning.artifactId && w.file === warning.file)
        ? s
        : { assetWarnings: [...s.assetWarnings, warning] },
    ),
})

const createVisitorSlice: Slice<VisitorSlice> = (set) => ({
  mode: 'loading',
  roomId: null,
  roomEnteredAt: 0,
  setMode: (mode) => set({ mode }),
  setRoom: (roomId) => set((s) => (s.roomId === roomId ? s : { roomId, roomEnteredAt: s.roomEnteredAt + 1 })),
})

const createInspectSlice: Slice<InspectSlice> = (set) => ({
  inspecting: null,
  hovered: null,
  inspect: (artifactId) => set({ inspecting: artifactId, mode: 'inspect' }),
  closeInspect: () => set((s) => ({ inspecting: null, mode: s.mode === 'inspect' ? 'walk' : s.mode })),
  setHovered: (hovered) => set((s) => (s.hovered === hovered ? s : { hovered })),
})

const createSettingsSlice: Slice<SettingsSlice> = (set) => ({
  language: 'en',
  mapOpen: false,
  setLanguage: (language) => set({ language }),
  setMapOpen: (mapOpen) => set({ mapOpen }),
})

const createAudioSlice: Slice<AudioSlice> = (set) => ({
  mixer: DEFAULT_MIXER,
  captions: true,
  caption: null,
  setMixer: (mixer) => set((s) => ({ mixer: { ...s.mixer, ...mixer } })),
  toggleMute: () => set((s) => ({ mixer: { ...s.mixer, muted: !s.mixer.muted } })),
  setCaptions: (captions) => set({ captions }),
  setCaption: (caption) => set({ caption }),
})

const createTourSlice: Slice<TourSlice> = (set) => ({
  tour: null,
  pendingTour: null,
  setTour: (tour) => set({ tour }),
  setPendingTour: (pendingTour) => set({ pendingTour }),
})

const createLiveSlice: Slice<LiveSlice> = (set) => ({
  live: NO_LIVE,
  setLive: (live) => set((s) => ({ live: { ...s.live, ...live } })),
})

/** Bump when the persisted shape changes, and teach `migrate` the step. */
const SETTINGS_VERSION = 2

export const useGallery = create<GalleryState>()(
  persist(
    (...a) => ({
      ...createExhibitionSlice(...a),
      ...createVisitorSlice(...a),
      ...createInspectSlice(...a),
      ...createSettingsSlice(...a),
      ...createAudioSlice(...a),
      ...createTourSlice(...a),
      ...createLiveSlice(...a),
    }),
    {
      name: 'gallery-settings',
      version: SETTINGS_VERSION,
      // Only the visitor's preferences are remembered (in this browser only; nothing is sent anywhere).
      partialize: (s) => ({ language: s.language, mixer: s.mixer, captions: s.captions }),
      // Version 1 remembered only the language; the mixer and captions start at their defaults.
      migrate: (persisted) => ({ language: 'en', mixer: DEFAULT_MIXER, captions: true, ...(persisted as { language?: string }) }),
    },
  ),
)
