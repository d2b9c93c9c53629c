import { parseRoute } from '../../navigation/routes'

/**
 * Whether this page shows the text museum. The choice is made once per page load: crossing
 * between the text pages and the 3D gallery reloads the page, so the 3D scene is never built
 * behind the text museum and nothing of the text museum lingers over the canvas.
 */
export function isTextMode(hash = location.hash): boolean {
  return parseRoute(hash)?.type === 'text'
}

/** Reloads the page when the address moves between the text museum and the 3D gallery. */
export function reloadOnModeChange(startedInText: boolean): void {
  window.addEventListener('hashchange', () => {
    if (isTextMode() !== startedInText) location.reload()
  })
}
