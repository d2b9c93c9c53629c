/** Asset paths in a manifest are relative to the manifest's own URL, so an exhibition is a portable folder. */
export function resolveAsset(manifestUrl: string, path: string): string {
  return new URL(path, manifestUrl).href
}
