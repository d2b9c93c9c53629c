/**
 * The React binding of the gallery store: a component reads the slice it shows and re-renders
 * when that changes, as with zustand's own `create`. Code outside React uses `galleryStore`.
 *
 * ```tsx
 * const roomId = useGallery((s) => s.roomId)
 * ```
 */
import { useStore } from 'zustand'
import { galleryStore } from './galleryStore'
import type { GalleryState } from './galleryState'

export function useGallery<T>(selector: (state: GalleryState) => T): T {
  return useStore(galleryStore, selector)
}
