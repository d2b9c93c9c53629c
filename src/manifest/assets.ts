/**
 * Asset paths in a manifest are relative to the manifest's own URL, so an exhibition is a
 * portable folder. What counts is where a path *resolves*: the URL parser reads `\` as `/`,
 * drops tabs and newlines anywhere and spaces at the ends, so `\\host/x`, `/\host/x`,
 * ` //host/x` and `/<tab>/host/x` all leave the origin although none starts with `//`.
 */

/** A stand-in origin for checking a path before the manifest's real URL is known. */
const PROBE_BASE = 'https://exhibition.invalid/content/exhibition.json'

/** Characters a hand-written relative path never needs and a crafted one uses to fool a check. */
const SUSPICIOUS = /[\\\u0000-\u001f\u007f]|^\s|\s$/

/** Thrown when an asset path would resolve outside the manifest's (and the page's) origin. */
export class ForeignAssetError extends Error {
  constructor(path: string) {
    super(`asset path ${JSON.stringify(path)} does not resolve on the exhibition's own origin`)
    this.name = 'ForeignAssetError'
  }
}

function resolvesInside(path: string, base: URL): URL | null {
  if (SUSPICIOUS.test(path)) return null
  let url: URL
  try {
    url = new URL(path, base)
  } catch {
    return null
  }
  return url.origin === base.origin ? url : null
}

/** True when `path` resolves, against any manifest URL, to that manifest's own origin. */
export function isOwnOriginPath(path: string): boolean {
  return resolvesInside(path, new URL(PROBE_BASE)) !== null
}

/**
 * Resolves `path` against the manifest's URL and refuses (throws `ForeignAssetError`) when
 * the result is on another origin than the manifest, or than the page where there is one.
 */
export function resolveAsset(manifestUrl: string, path: string): string {
  const page = typeof location === 'undefined' ? undefined : location.href
  const base = new URL(manifestUrl, page)
  const url = resolvesInside(path, base)
  if (!url || (page !== undefined && url.origin !== new URL(page).origin)) throw new ForeignAssetError(path)
  return url.href
}
