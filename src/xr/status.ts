/**
 * What the eager app (automation API, "Enter VR" button) and the lazily loaded XR layer share:
 * whether VR is offered, the layer's status for the automation API, and the slot in which the
 * layer registers itself once it has loaded.
 */
import { create } from 'zustand'
import type { Vec3 } from '../layout/types'
import { runtime } from '../store/runtime'
import { createSlot } from '../store/slot'

export interface XRStatus {
  /** Whether this browser offers immersive VR (null while still asking). */
  supported: boolean | null
  presenting: boolean
  /** Tracked controllers and hands. */
  inputSources: number
  /** The XR origin (the play space's floor point) in world metres, and its yaw. */
  origin: Vec3
  yaw: number
  /** The headset's world position and heading; null when not presenting. */
  head: Vec3 | null
  headYaw: number | null
  controllers: Array<{ handedness: string; rayOrigin: Vec3; rayDirection: Vec3; grip: Vec3 | null; trigger: number; squeeze: number; buttons: number[] }>
  /** The artifact under a ray now. */
  hovered: string | null
  teleport: { aiming: boolean; valid: boolean; target: Vec3 | null; reason: string | null; done: number; refused: number }
  grabbed: { id: string; position: Vec3 } | null
  /** The 3D works in view that can be picked up, where they are now. */
  works: Array<{ id: string; position: Vec3; held: boolean; returning: boolean }>
  panel: {
    artifactId: string
    /** The language its text is drawn in now. */
    language: string
    position: Vec3
    yaw: number
    size: [number, number]
    controls: Record<'previous' | 'next' | 'close', Vec3>
  } | null
  menu: { open: boolean; items: Array<{ id: string; position: Vec3 }> }
  settings: { snapTurnDegrees: number; locomotion: string; seated: boolean }
  /** How dark the comfort vignette is now (0..1; smooth walking). */
  vignette: number
  /** What the session settled on. */
  session: { frameRate: number | null; framebufferScale: number | null; foveation: number | null } | null
}

export interface XRProvider {
  status: () => Omit<XRStatus, 'supported'>
  enter: () => Promise<void>
}

/** Filled by the lazy XR layer once it is mounted in the scene and can start a session. */
export const xrProvider = createSlot<XRProvider>()

export const useXRAvailability = create<{ supported: boolean | null; entering: boolean; failed: boolean }>(() => ({
  supported: null,
  entering: false,
  failed: false,
}))

/** For the automation API: the XR state, or the resting values before the layer loads. */
export function xrStatus(): XRStatus {
  const supported = useXRAvailability.getState().supported
  const provider = xrProvider.get()
  if (provider) return { supported, ...provider.status() }
  return {
    supported,
    presenting: false,
    inputSources: 0,
    origin: [runtime.position[0], 0, runtime.position[2]],
    yaw: runtime.yaw,
    head: null,
    headYaw: null,
    controllers: [],
    hovered: null,
    teleport: { aiming: false, valid: false, target: null, reason: null, done: 0, refused: 0 },
    grabbed: null,
    works: [],
    panel: null,
    menu: { open: false, items: [] },
    settings: { snapTurnDegrees: 30, locomotion: 'teleport', seated: false },
    vignette: 0,
    session: null,
  }
}
