import { useMemo } from 'react'
import type { ThreeEvent } from '@react-three/fiber'
import { galleryStore } from '../../store/galleryStore'
import { CLICK_SLOP_PX } from '../picking'

/**
 * Pointer handlers shared by every kind of work: hover highlights, a click (not a drag) inspects.
 *
 * ```tsx
 * const pointer = useWorkPointer(artifact.id)
 * <mesh {...pointer} />
 * ```
 */
export function useWorkPointer(id: string) {
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
