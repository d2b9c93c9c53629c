/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Registers the service worker once the first room is on screen (so it never competes with the
 * first visit's downloads), and turns "a new version is waiting" into an offer in the interface.
 */
import { offlineStore } from './offlineStore'

let update: ((reload?: boolean) => Promise<void>) | null = null

export async function registerOffline(): Promise<void> {
  if (!offlineStore.getState().supported || import.meta.env.DEV) return
  const { registerSW } = await import('virtual:pwa-register')
  update = registerSW({
    immediate: true,
    onNeedRefresh: () => offlineStore.setState({ updateReady: true }),
    onRegisterError: () => offlineStore.setState({ supported: false }),
  })
}

/** The visitor chose to reload into the new version. */
export function applyUpdate(): void {
  if (update) void update(true)
  else location.reload()
}
