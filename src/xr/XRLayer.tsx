/**
 * Everything VR, in one lazily loaded chunk: the XR session (@react-three/xr), the origin that
 * carries the headset through the gallery, locomotion, pointing, the in-world panel, picking up
 * works, the wrist menu and the comfort vignette. Imported only where immersive VR is offered.
 */
import { useEffect, useRef } from 'react'
import { useThree } from '@react-three/fiber'
import { XR, XROrigin, useXR } from '@react-three/xr'
import type * as THREE from 'three'
import type { GalleryLayout } from '../layout/types'
import type { Manifest } from '../manifest/schema'
import { galleryStore } from '../store/galleryStore'
import { ArtifactPanel, panelStatus } from './ArtifactPanel'
import { ComfortVignette } from './ComfortVignette'
import { CaptionView } from './CaptionView'
import { TeleportArcView } from './TeleportArcView'
import { WristMenu, menuStatus } from './WristMenu'
import { XRDriver, grabbableWorks, heldWork } from './XRDriver'
import { useXRSettings } from './settings'
import { xrProvider, type XRStatus } from './status'
import { xrRuntime } from './xrRuntime'
import { XR_FRAMEBUFFER_SCALING, xrStore } from './xrStore'

function SessionViews({ layout, manifest }: { layout: GalleryLayout; manifest: Manifest }) {
  const session = useXR((s) => s.session)
  if (!session) return null
  return (
    <>
      <TeleportArcView />
      <ArtifactPanel layout={layout} manifest={manifest} />
      <WristMenu layout={layout} manifest={manifest} />
      <ComfortVignette />
      <CaptionView />
    </>
  )
}

function Provider() {
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

/**
 * ```tsx
 * <XRLayer layout={layout} manifest={manifest} />   // inside the <Canvas>, via <XRMount>
 * ```
 */
export default function XRLayer({ layout, manifest }: { layout: GalleryLayout; manifest: Manifest }) {
  const origin = useRef<THREE.Group>(null)
  return (
    <XR store={xrStore}>
      <XROrigin ref={origin} name="xr-origin" />
      <XRDriver layout={layout} origin={origin} />
      <SessionViews layout={layout} manifest={manifest} />
      <Provider />
    </XR>
  )
}
