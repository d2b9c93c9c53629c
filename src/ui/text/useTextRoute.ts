import { useSyncExternalStore } from 'react'
import { parseRoute, type TextRoute } from '../../navigation/routes'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const read = () => location.hash

/** The text page the address names (home when it names none), re-rendering on every hash change. */
export function useTextRoute(): TextRoute {
  const hash = useSyncExternalStore(subscribe, read, read)
  const route = parseRoute(hash)
  return route?.type === 'text' ? route : { type: 'text', page: 'home' }
}
