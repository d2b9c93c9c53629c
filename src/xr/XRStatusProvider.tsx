import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import { galleryStore } from '../store/galleryStore'
import { panelStatus } from './ArtifactPanel'
import { menuStatus } from './WristMenu'
import { grabbableWorks, heldWork } from './grab'
import { useXRSettings } from './settings'
import { xrProvider, type XRStatus } from './status'
import { xrRuntime } from './xrRuntime'
import { XR_FRAMEBUFFER_SCALING, xrStore } from './xrStore'

/**
 * Registers the loaded XR layer in `xrProvider`: how to enter a session, and its status for the
 * automation API (read from the XR runtime, never from React state).
 *
 * ```tsx
 * <XR store={xrStore}>
 *   <XRStatusProvider />
 * </XR>
 * ```
 */
export function XRStatusProvider() {
  const gl = useThree((s) => s.gl)
  useEffect(
    () =>
      xrProvider.set({
        enter: async () => {
          await xrStore.enterVR()
        },
        status: (): Omit<XRStatus, 'supported'> => {
          const xr = xrStore.getState()
          const settings = useXRSettings.getState()
          const presenting = !!xr.session
          const t = xrRuntime.teleport
          return {
            presenting,
            inputSources: presenting ? xr.inputSourceStates.length : 0,
            origin: [...xrRuntime.origin.position],
            yaw: xrRuntime.origin.yaw,
            head: xrRuntime.head ? [...xrRuntime.head] : null,
            headYaw: xrRuntime.head ? xrRuntime.headYaw : null,
            controllers: xrRuntime.controllers.map((c) => ({
              handedness: c.handedness,
              rayOrigin: [...c.rayOrigin],
              rayDirection: [...c.rayDirection],
              grip: c.grip ? [...c.grip.position] : null,
              trigger: c.trigger,
              squeeze: c.squeeze,
              buttons: [...c.buttons],
            })),
            hovered: presenting ? galleryStore.getState().hovered : null,
            teleport: { aiming: t.aiming, valid: t.valid, target: t.target ? [...t.target] : null, reason: t.reason, done: t.done, refused: t.refused },
            grabbed: heldWork(),
            works: presenting ? grabbableWorks() : [],
            panel: panelStatus(),
            menu: menuStatus(),
            settings: { snapTurnDegrees: settings.snapTurnDegrees, locomotion: settings.locomotion, seated: settings.seated },
            vignette: presenting ? xrRuntime.vignette : 0,
            session: presenting
              ? { frameRate: xr.session?.frameRate ?? null, framebufferScale: XR_FRAMEBUFFER_SCALING, foveation: gl.xr.getFoveation() ?? null }
              : null,
          }
        },
      }),
    [gl],
  )
  return null
}
