/**
 * The React binding of the gallery store: a component reads the slice it shows and re-renders
 * when that changes, as with zustand's own `create`. Code outside React uses `galleryStore`.
 *
 * ```tsx
 * const roomId = useGallery((s) => s.roomId)
 * const { mode, manifest } = useGalleryFields('mode', 'manifest')
 * ```
 */
import { useStore } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import { galleryStore } from './galleryStore'
import type { GalleryState } from './galleryState'

export function useGallery<T>(selector: (state: GalleryState) => T): T {
  return useStore(galleryStore, selector)
}

/**
 * Several fields of the state at once, for a component that shows many: it re-renders when any
 * of them changes (compared one by one, as separate `useGallery` calls would).
 */
export function useGalleryFields<K extends keyof GalleryState>(...keys: K[]): Pick<GalleryState, K> {
  return useStore(
    galleryStore,
    useShallow((state) => Object.fromEntries(keys.map((k) => [k, state[k]])) as Pick<GalleryState, K>),
  )
}
