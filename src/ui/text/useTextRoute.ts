import { useSyncExternalStore } from 'react'
import { parseTextRoute, type TextRoute } from './textRoute'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const read = () => location.hash

/** The text page the address names (home when it names none), re-rendering on every hash change. */
export function useTextRoute(): TextRoute {
  const hash = useSyncExternalStore(subscribe, read, read)
  return parseTextRoute(hash) ?? { page: 'home' }
}
