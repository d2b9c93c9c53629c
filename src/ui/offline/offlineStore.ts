/**
 * "Save for offline": the state the interface shows (supported, saved, progress, bytes, files)
 * in a small vanilla store of its own, and the actions that fill, resume, cancel and remove a
 * saved exhibition. The service worker (src/sw.ts) serves the saved files when the network is gone.
 */
import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'
import type { Manifest } from '../../manifest/schema'
import { COMPLETE_MARKER, savedCacheName } from './cacheNames'
import { filesToSave, type BuildFile } from './exhibitionFiles'
import { saveFiles } from './saveFiles'

export interface OfflineState {
  supported: boolean
  saved: boolean
  saving: boolean
  /** 0..1 of the current or last save (1 once saved). */
  progress: number
  bytes: number
  files: number
  totalFiles: number
  totalBytes: number | null
  error: string | null
  /** The saved copy differs from the exhibition on the server: offer to update it. */
  exhibitionChanged: boolean
  /** A new version of the site is waiting: offer a reload, never force it. */
  updateReady: boolean
}

const supported = typeof window !== 'undefined' && window.isSecureContext && 'caches' in window && 'serviceWorker' in navigator

export const offlineStore = createStore<OfflineState>(() => ({
  supported,
  saved: false,
  saving: false,
  progress: 0,
  bytes: 0,
  files: 0,
  totalFiles: 0,
  totalBytes: null,
  error: null,
  exhibitionChanged: false,
  updateReady: false,
}))

export const useOffline = <T,>(select: (s: OfflineState) => T): T => useStore(offlineStore, select)

let controller: AbortController | null = null
const markerUrl = (manifestUrl: string) => new URL(COMPLETE_MARKER, manifestUrl).href

interface SavedRecord {
  bytes: number
  files: number
  manifest: string
}

/** Reads whether `manifestUrl` is saved; while online, notices when the exhibition has changed since. */
export async function refreshOffline(manifestUrl: string): Promise<void> {
  if (!supported) return
  const cache = await caches.open(savedCacheName(manifestUrl))
  const marker = await cache.match(markerUrl(manifestUrl))
  if (!marker) return offlineStore.setState({ saved: false, progress: 0 })
  const record = (await marker.json()) as SavedRecord
  offlineStore.setState({ saved: true, progress: 1, bytes: record.bytes, files: record.files, totalFiles: record.files, totalBytes: record.bytes })
  if (!navigator.onLine) return
  try {
    const live = await fetch(manifestUrl, { cache: 'no-store', credentials: 'same-origin' })
    if (live.ok) offlineStore.setState({ exhibitionChanged: (await live.text()) !== record.manifest })
  } catch {
    // Offline after all: the saved copy is what there is.
  }
}

/** Saves every file of the exhibition; resumes a cancelled save; `fresh` replaces an outdated copy. */
export async function saveForOffline(manifest: Manifest, manifestUrl: string, { fresh = false } = {}): Promise<void> {
  if (!supported || offlineStore.getState().saving) return
  controller = new AbortController()
  const { signal } = controller
  offlineStore.setState({ saving: true, error: null })
  try {
    // The app shell must be installed too, or a saved exhibition would have no page to open it.
    await navigator.serviceWorker.ready
    const siteUrl = new URL('./', location.href).href
    const list = await fetch(new URL('offline-files.json', siteUrl), { cache: 'no-cache', signal })
    const buildFiles = list.ok ? ((await list.json()) as BuildFile[]) : []
    const files = filesToSave(manifest, manifestUrl, siteUrl, buildFiles, manifestUrl === new URL('exhibition.json', siteUrl).href)
    const cache = await caches.open(savedCacheName(manifestUrl))
    if (fresh) await cache.delete(markerUrl(manifestUrl))
    const done = await saveFiles(cache, files, {
      signal,
      fresh,
      onProgress: (p) =>
        offlineStore.setState({
          bytes: p.bytes,
          files: p.files,
          totalFiles: p.totalFiles,
          totalBytes: p.totalBytes,
          progress: p.totalBytes ? Math.min(1, p.bytes / p.totalBytes) : p.files / Math.max(1, p.totalFiles),
        }),
    })
    const manifestText = await (await cache.match(manifestUrl))!.text()
    const record: SavedRecord = { bytes: done.bytes, files: done.files, manifest: manifestText }
    await cache.put(markerUrl(manifestUrl), new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }))
    offlineStore.setState({ saved: true, progress: 1, exhibitionChanged: false })
  } catch (error) {
    offlineStore.setState({ error: signal.aborted ? null : (error as Error).message })
  } finally {
    offlineStore.setState({ saving: false })
    controller = null
  }
}

export function cancelSave(): void {
  controller?.abort()
}

/** Deletes the saved copy (what was only cached as seen stays, as in any browser cache). */
export async function removeOffline(manifestUrl: string): Promise<void> {
  cancelSave()
  await caches.delete(savedCacheName(manifestUrl))
  offlineStore.setState({ saved: false, progress: 0, bytes: 0, files: 0, totalFiles: 0, totalBytes: null, exhibitionChanged: false, error: null })
}
