/**
 * The page's entry: the start screen is already in the HTML (tools/start/), so the app's own
 * script - the framework, the gallery, about a megabyte - is asked for only once the browser has
 * painted it. Were it fetched and run first, a slow connection would show nothing until every
 * byte had arrived (Lighthouse counted its first paint behind all of them). A hidden tab never
 * paints, so there the app starts at once.
 */
function startApp(): void {
  void import('./startApp')
}

if (document.visibilityState === 'hidden') startApp()
else requestAnimationFrame(() => setTimeout(startApp, 0))
