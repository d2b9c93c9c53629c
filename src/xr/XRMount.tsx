import { lazy, Suspense, useEffect } from 'react'
import type { GalleryLayout } from '../layout/types'
import type { Manifest } from '../manifest/schema'
import { detectXRSupport, loadXRLayer } from './support'
import { useXRAvailability } from './status'

const XRLayer = lazy(loadXRLayer)

/**
 * The XR layer's place in the scene. Renders nothing, and loads nothing, until the browser says
 * it can show immersive VR; then the XR chunk is fetched and mounted, ready for "Enter VR".
 *
 * ```tsx
 * <Canvas>
 *   ...
 *   <XRMount layout={layout} manifest={manifest} />
 * </Canvas>
 * ```
 */
export function XRMount({ layout, manifest }: { layout: GalleryLayout; manifest: Manifest }) {
  const supported = useXRAvailability((s) => s.supported)
  useEffect(() => {
    void detectXRSupport()
  }, [])
  if (!supported) return null
  return (
    <Suspense fallback={null}>
      <XRLayer layout={layout} manifest={manifest} />
    </Suspense>
  )
}
