/// <reference lib="webworker" />
/**
 * The service worker (built by vite-plugin-pwa's injectManifest, with Workbox): the app shell is
 * precached on the first visit; the exhibition's media are cached as they are seen; files a
 * visitor saved for offline (caches named `vm-saved:<manifest URL>`) answer when the network
 * cannot. Nothing here ever asks another origin.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { CacheFirst, NetworkFirst } from 'workbox-strategies'
import { ExpirationPlugin } from 'workbox-expiration'
import { RangeRequestsPlugin } from 'workbox-range-requests'
import type { WorkboxPlugin } from 'workbox-core'
import { SAVED_CACHE_PREFIX } from './ui/offline/cacheNames'

declare const self: ServiceWorkerGlobalScope

precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')))

/** Falls back to a saved exhibition's copy when a strategy's own cache has none. */
const savedCopies: WorkboxPlugin = {
  async cachedResponseWillBeUsed({ cachedResponse, request }) {
    if (cachedResponse) return cachedResponse
    for (const name of await caches.keys()) {
      if (!name.startsWith(SAVED_CACHE_PREFIX)) continue
      const saved = await (await caches.open(name)).match(request, { ignoreVary: true })
      if (saved) return saved
    }
    return undefined
  },
}

const sameOrigin = (url: URL) => url.origin === self.location.origin

// Manifests change when an exhibition is updated: ask the network first, fall back offline.
registerRoute(
  ({ url, request }) => sameOrigin(url) && request.destination === '' && url.pathname.endsWith('.json'),
  new NetworkFirst({ cacheName: 'vm-manifests', networkTimeoutSeconds: 6, plugins: [savedCopies] }),
)

// Media (pictures, models, sound, captions, decoders, controller profiles) keep while seen.
registerRoute(
  ({ url }) => sameOrigin(url) && !url.pathname.includes('/socket.io/'),
  new CacheFirst({
    cacheName: 'vm-media',
    plugins: [savedCopies, new RangeRequestsPlugin(), new ExpirationPlugin({ maxEntries: 600, purgeOnQuotaError: true })],
  }),
)

// The page asks the new version to take over only when the visitor chooses "reload".
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting()
})
