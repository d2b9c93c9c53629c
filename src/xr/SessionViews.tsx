import { useXR } from '@react-three/xr'
import type { GalleryLayout } from '../layout/types'
import type { Manifest } from '../manifest/schema'
import { ArtifactPanel } from './ArtifactPanel'
import { CaptionView } from './CaptionView'
import { ComfortVignette } from './ComfortVignette'
import { TeleportArcView } from './TeleportArcView'
import { WristMenu } from './WristMenu'

/**
 * What is drawn only while a VR session is on: the teleport arc, the artifact panel, the wrist
 * menu, the comfort vignette and captions.
 *
 * ```tsx
 * <XR store={xrStore}>
 *   <SessionViews layout={layout} manifest={manifest} />
 * </XR>
 * ```
 */
export function SessionViews({ layout, manifest }: { layout: GalleryLayout; manifest: Manifest }) {
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
