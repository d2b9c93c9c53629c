/** Cache Storage names shared by the page and its service worker. */
export const SAVED_CACHE_PREFIX = 'vm-saved:'

/** The cache one exhibition is saved into: each manifest URL has its own. */
export function savedCacheName(manifestUrl: string): string {
  return SAVED_CACHE_PREFIX + manifestUrl
}

/** The entry written last, once every file of an exhibition is in its cache. */
export const COMPLETE_MARKER = '__vm-saved-complete__'
