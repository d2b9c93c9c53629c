/** The P key opens and closes the floor plan while walking. */
import { useEffect } from 'react'
import { galleryStore } from '../store/galleryStore'
import { isTyping } from '../navigation/keys'

/**
 * Binds P (by physical key, so it also works on Russian and Chinese keyboard layouts) to toggle
 * `mapOpen` in walk mode. Esc is handled by the open dialog itself.
 */
export function useMapShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.code !== 'KeyP' || event.repeat || event.altKey || event.ctrlKey || event.metaKey) return
      if (event.defaultPrevented || isTyping(event.target)) return
      const { mode, mapOpen, setMapOpen } = galleryStore.getState()
      if (mode !== 'walk') return
      event.preventDefault()
      setMapOpen(!mapOpen)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
