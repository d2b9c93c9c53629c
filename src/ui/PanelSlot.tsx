import { Suspense, useState } from 'react'
import { notify } from '../store/notices'
import { ErrorBoundary } from './ErrorBoundary'
import type { LazyPanel } from './lazyPanel'
import { useLatch } from '../store/useLatch'

/** A failed dynamic import, as Chromium, Firefox and Safari word it. */
function isChunkError(error: unknown): boolean {
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported/i.test(String((error as Error)?.message ?? error))
}

/**
 * Mounts a lazily loaded panel behind its own error boundary: if its code does not arrive or
 * it throws, the visitor is told (a localized notice with "Try again") and everything else on
 * the page goes on working. `when` holds it back until first needed (then it stays mounted), so
 * its code is not fetched on the first visit alongside the start room's files.
 *
 * ```tsx
 * const MapPanel = lazyPanel(() => import('./MapPanel').then((m) => m.MapPanel))
 * <PanelSlot id="map" panel={MapPanel} props={{}} when={mapOpen} />
 * ```
 */
export function PanelSlot<P extends object>({ id, panel, props, when = true }: { id: string; panel: LazyPanel<P>; props: P; when?: boolean }) {
  const [generation, setGeneration] = useState(0)
  const used = useLatch(when)
  const Component = panel.current()
  const retry = () => {
    panel.reset()
    setGeneration((g) => g + 1)
  }
  if (!used) return null
  return (
    <ErrorBoundary
      key={generation}
      fallback={null}
      onError={(error) => {
        console.warn(`[gallery] panel ${id}:`, error)
        notify({ id: `panel:${id}`, key: isChunkError(error) ? 'chunkFailed' : 'panelFailed', retry })
      }}
    >
      <Suspense fallback={null}>
        <Component {...props} />
      </Suspense>
    </ErrorBoundary>
  )
}
