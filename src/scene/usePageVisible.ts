import { useSyncExternalStore } from 'react'

function subscribe(onChange: () => void): () => void {
  document.addEventListener('visibilitychange', onChange)
  return () => document.removeEventListener('visibilitychange', onChange)
}

/**
 * Whether the page can be seen (`document.visibilityState`). Browsers slow animation frames in a
 * hidden tab but do not all stop them (some in-app browsers and kiosks keep drawing); the 3D view
 * stops drawing itself, which on a phone saves the battery.
 *
 * ```tsx
 * const visible = usePageVisible()
 * <Canvas frameloop={visible ? 'always' : 'never'} />
 * ```
 */
export function usePageVisible(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => document.visibilityState !== 'hidden',
    () => true,
  )
}
