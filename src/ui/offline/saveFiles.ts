/**
 * Downloads a list of files into one Cache Storage cache, a few at a time, reporting bytes and
 * files as it goes. Files already in the cache are counted, not fetched again, so a cancelled or
 * interrupted save resumes where it stopped; `fresh` fetches everything again (an update).
 */
import type { FileToSave } from './exhibitionFiles'

export interface SaveProgress {
  files: number
  totalFiles: number
  bytes: number
  /** Null while some file's size is only known once it has arrived. */
  totalBytes: number | null
}

export interface SaveOptions {
  signal: AbortSignal
  onProgress: (progress: SaveProgress) => void
  fresh?: boolean
  /** Downloads running at once: enough to fill a school line, few enough for a Chromebook. */
  parallel?: number
}

export async function saveFiles(cache: Cache, files: readonly FileToSave[], { signal, onProgress, fresh = false, parallel = 4 }: SaveOptions): Promise<SaveProgress> {
  const known = files.every((f) => f.bytes !== null)
  const progress: SaveProgress = { files: 0, totalFiles: files.length, bytes: 0, totalBytes: known ? files.reduce((sum, f) => sum + f.bytes!, 0) : null }
  onProgress({ ...progress })
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      signal.throwIfAborted()
      const file = files[next++]!
      let response = fresh ? undefined : await cache.match(file.url)
      if (!response) {
        const fetched = await fetch(file.url, { signal, credentials: 'same-origin', cache: 'no-cache' })
        if (!fetched.ok) throw new Error(`${file.url}: HTTP ${fetched.status}`)
        await cache.put(file.url, fetched.clone())
        response = fetched
      }
      progress.bytes += (await response.blob()).size
      progress.files += 1
      onProgress({ ...progress })
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, files.length) }, worker))
  return progress
}
