/**
 * The app's one store, framework-free (`zustand/vanilla`), built from slices. Start-up, the tour
 * host, i18n, the live client and the automation API use it directly; React components read it
 * through `useGallery`. It holds what the interface shows; per-frame values live in `runtime`.
 */
import { createStore, type StateCreator } from 'zustand/vanilla'
import { persist } from 'zustand/middleware'
import type { AudioSlice, ExhibitionSlice, GalleryState, InspectSlice, LiveSlice, SettingsSlice, TourSlice, VisitorSlice } from './galleryState'
import { NO_LIVE } from './liveTypes'
import { DEFAULT_SETTINGS, migrateSettings, SETTINGS_VERSION, type PersistedSettings } from './persistedSettings'

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
  language: DEFAULT_SETTINGS.language,
  mapOpen: false,
  setLanguage: (language) => set({ language }),
  setMapOpen: (mapOpen) => set({ mapOpen }),
})

const createAudioSlice: Slice<AudioSlice> = (set) => ({
  mixer: DEFAULT_SETTINGS.mixer,
  captions: DEFAULT_SETTINGS.captions,
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

export const galleryStore = createStore<GalleryState>()(
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
      partialize: (s): PersistedSettings => ({ language: s.language, mixer: s.mixer, captions: s.captions }),
      migrate: migrateSettings,
    },
  ),
)
