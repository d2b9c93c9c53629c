import { useMemo } from 'react'
import type { ThreeEvent } from '@react-three/fiber'
import type { ArtifactPlacement } from '../../layout/types'
import { galleryStore } from '../../store/galleryStore'
import { ARTIFACT, CLICK_SLOP_PX } from '../picking'

/**
 * What every work's node carries: where it stands, what it is (for picking and the automation
 * API: its id, whether its file loaded or it shows a placeholder), and the pointer handlers:
 * hover highlights, a click (not a drag) inspects.
 *
 * ```tsx
 * <mesh {...useWorkProps(placement, shown)} />
 * ```
 */
export function useWorkProps(placement: ArtifactPlacement, shown: { placeholder: boolean } | null) {
  const id = placement.artifactId
  const pointer = useWorkPointer(id)
  return {
    position: placement.position,
    'rotation-y': placement.yaw,
    userData: { kind: ARTIFACT, id, placeholder: shown?.placeholder ?? false, loaded: shown !== null },
    name: `artifact:${id}`,
    ...pointer,
  }
}

function useWorkPointer(id: string) {
  return useMemo(
    () => ({
      onPointerOver: (e: ThreeEvent<PointerEvent>) => {
        e.stopPropagation()
        galleryStore.getState().setHovered(id)
      },
      onPointerOut: () => {
        if (galleryStore.getState().hovered === id) galleryStore.getState().setHovered(null)
      },
      onClick: (e: ThreeEvent<MouseEvent>) => {
        const s = galleryStore.getState()
        // A VR ray's click: no screen drag to rule out (its events throw on `delta`); the panel opens in the world, mode stays 'xr'.
        if (s.mode === 'xr') {
          e.stopPropagation()
          galleryStore.setState({ inspecting: id })
          return
        }
        if (e.delta > CLICK_SLOP_PX) return
        e.stopPropagation()
        if (s.mode === 'walk') s.inspect(id)
      },
    }),
    [id],
  )
}
