/**
 * Every file a visit to an exhibition can ask for: the manifest, each artifact's picture,
 * thumbnail and model, recordings and their caption tracks, rooms' music, tours' narration,
 * plus the engine's own files that the build lists (decoders, controller profiles). Pure.
 */
import type { Manifest } from '../../manifest/schema'
import { resolveAsset } from '../../manifest/assets'

export interface BuildFile {
  /** Relative to the site's root, e.g. "draco/draco_decoder.wasm". */
  path: string
  bytes: number
}

export interface FileToSave {
  url: string
  /** Known from the build's list; null for files only the manifest names. */
  bytes: number | null
}

export function manifestPaths(manifest: Manifest): string[] {
  const paths: string[] = []
  const files = (record: Record<string, string> | undefined) => Object.values(record ?? {})
  for (const artifact of manifest.artifacts) {
    const { image, model, thumbnail } = artifact.assets
    paths.push(...[image, model, thumbnail].filter((p): p is string => !!p))
    for (const clip of artifact.clips ?? []) paths.push(clip.file, ...files(clip.captions))
  }
  for (const room of manifest.rooms) if (room.ambient) paths.push(room.ambient.file)
  for (const tour of manifest.tours) for (const stop of tour.stops) paths.push(...files(stop.audio))
  return paths
}

/**
 * The files to save for `manifest`, each once, as absolute URLs. The build's list adds the
 * engine's files; those under `media/` belong to the site's own exhibition and are saved with it
 * only (another exhibition brings its own media through its manifest).
 */
export function filesToSave(manifest: Manifest, manifestUrl: string, siteUrl: string, buildFiles: readonly BuildFile[], isSiteExhibition: boolean): FileToSave[] {
  const sizes = new Map(buildFiles.map((f) => [new URL(f.path, siteUrl).href, f.bytes]))
  const urls = new Set<string>([manifestUrl])
  for (const path of manifestPaths(manifest)) urls.add(resolveAsset(manifestUrl, path))
  for (const file of buildFiles) if (isSiteExhibition || !file.path.startsWith('media/')) urls.add(new URL(file.path, siteUrl).href)
  return [...urls].map((url) => ({ url, bytes: sizes.get(url) ?? null }))
}
