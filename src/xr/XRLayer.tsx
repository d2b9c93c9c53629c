/**
 * Everything VR, in one lazily loaded chunk: the XR session (@react-three/xr), the origin that
 * carries the headset through the gallery, locomotion, pointing, the in-world panel, picking up
 * works, the wrist menu and the comfort vignette. Imported only where immersive VR is offered.
 */
import { useRef } from 'react'
import { XR, XROrigin } from '@react-three/xr'
import type * as THREE from 'three'
import type { GalleryLayout } from '../layout/types'
import type { Manifest } from '../manifest/schema'
import { SessionViews } from './SessionViews'
import { XRDriver } from './XRDriver'
import { XRStatusProvider } from './XRStatusProvider'
import { xrStore } from './xrStore'

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
      <XRStatusProvider />
    </XR>
  )
}
