/**
 * The visitor's VR comfort settings: snap-turn step, teleport or smooth walking, seated mode.
 * A small store of its own (zustand, like the app's), remembered in this browser only, so the
 * app's store knows nothing of XR and desktop visitors never load this file.
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { SNAP_TURN_DEGREES, type SnapTurnDegrees } from './thumbstick'

export type Locomotion = 'teleport' | 'smooth'

export interface XRSettings {
  snapTurnDegrees: SnapTurnDegrees
  locomotion: Locomotion
  /** Seated: the floor is raised by `seatedOffset` so a seated eye sees from standing height. */
  seated: boolean
  seatedOffset: number
  setSnapTurn: (degrees: SnapTurnDegrees) => void
  setLocomotion: (locomotion: Locomotion) => void
  setSeated: (seated: boolean, offset?: number) => void
}

const VERSION = 1

export const useXRSettings = create<XRSettings>()(
  persist(
    (set) => ({
      snapTurnDegrees: 30,
      locomotion: 'teleport',
      seated: false,
      seatedOffset: 0,
      setSnapTurn: (snapTurnDegrees) => set({ snapTurnDegrees }),
      setLocomotion: (locomotion) => set({ locomotion }),
      setSeated: (seated, offset) => set((s) => ({ seated, seatedOffset: seated ? (offset ?? s.seatedOffset) : 0 })),
    }),
    {
      name: 'gallery-xr-settings',
      version: VERSION,
      partialize: (s) => ({ snapTurnDegrees: s.snapTurnDegrees, locomotion: s.locomotion, seated: s.seated, seatedOffset: s.seatedOffset }),
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Partial<XRSettings>
        return {
          ...current,
          snapTurnDegrees: (SNAP_TURN_DEGREES as readonly number[]).includes(p.snapTurnDegrees ?? 0) ? (p.snapTurnDegrees as SnapTurnDegrees) : current.snapTurnDegrees,
          locomotion: p.locomotion === 'smooth' ? 'smooth' : 'teleport',
          seated: p.seated === true,
          seatedOffset: typeof p.seatedOffset === 'number' && Number.isFinite(p.seatedOffset) ? p.seatedOffset : 0,
        }
      },
    },
  ),
)
