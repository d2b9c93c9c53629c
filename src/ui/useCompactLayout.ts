import { useSyncExternalStore } from 'react'

/**
 * Phones, either way up: narrower than a tablet, or too short for the wide layout's panels.
 * The CSS modules use the same query (`@media (max-width: 720px), (max-height: 520px)`).
 */
export const COMPACT_QUERY = '(max-width: 720px), (max-height: 520px)'

const query = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(COMPACT_QUERY) : null

function subscribe(onChange: () => void): () => void {
  query?.addEventListener('change', onChange)
  return () => query?.removeEventListener('change', onChange)
}

/**
 * Whether the interface uses its compact layout: the HUD's tools gathered into one menu, the
 * tour bar in one row, captions and hints in the band at the bottom. Follows turns of the phone.
 *
 * ```tsx
 * const compact = useCompactLayout()
 * ```
 */
export function useCompactLayout(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query?.matches ?? false,
    () => false,
  )
}
