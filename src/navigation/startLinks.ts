import { galleryStore } from '../store/galleryStore'
import { announceReady, announceWalkable, nextFrames } from '../store/runtime'
import { assetsSettled } from '../store/assetLoads'
import { notify, report } from '../store/notices'
import { tourUnderWay } from '../store/tourView'
import { goTo, placeAt } from './goTo'
import { registerCommands } from './commands'
import { parseRoute, routeHash, type Route } from './routes'

const knownTour = (id: string) => galleryStore.getState().manifest?.tours.some((t) => t.id === id) ?? false
const knownArtifact = (id: string) => galleryStore.getState().layout?.placements.some((p) => p.artifactId === id) ?? false
const knownRoom = (id: string) => galleryStore.getState().layout?.rooms.some((r) => r.id === id) ?? false

/**
 * After the exhibition loads: honour a deep link (a room to start in, or an artifact whose
 * panel opens at once), then keep the address bar following the visitor so it can be copied.
 */
export async function startLinks(): Promise<void> {
  const { manifest, layout, mode } = galleryStore.getState()
  // Without WebGL the page shows its text catalogue and stays on that screen.
  if (!manifest || !layout || mode === 'error') return
  registerCommands({
    goTo,
    focusScene: () => document.getElementById('gallery-canvas')?.focus(),
  })
  const link = parseRoute(location.hash)
  // A tour link waits for Enter (sound and speech need the visitor's gesture), then starts the tour.
  if (link?.type === 'tour' && knownTour(link.id)) galleryStore.getState().setPendingTour({ id: link.id, stop: link.stop })
  const startRoom = manifest.exhibition.startRoom ?? layout.rooms[0]!.id
  const artifact = link?.type === 'artifact' && knownArtifact(link.id) ? link.id : undefined
  const room = link?.type === 'room' && knownRoom(link.id) ? link.id : undefined
  // A link to nothing (a typo, a work since removed) opens the start, and says so.
  const unknown = (link?.type === 'room' || link?.type === 'artifact') && !artifact && !room
  if (unknown || (link?.type === 'tour' && !knownTour(link.id))) notify({ id: 'link', key: 'unknownLink' })
  // Walkable first: the room stands and Enter works while the works' files stream in (each shows
  // its labelled placeholder until it arrives); ready once they are drawn, as goTo waits.
  await placeAt(artifact ?? room ?? startRoom, { instant: true })
  if (!artifact) galleryStore.getState().setMode('start')
  await nextFrames(2)
  announceWalkable()
  await assetsSettled()
  await nextFrames(2)
  if (artifact) galleryStore.getState().inspect(artifact)
  // Let the panel commit and draw before announcing.
  await nextFrames(2)
  announceReady()
  followVisitor()
  window.addEventListener('hashchange', () => follow(parseRoute(location.hash)))
}

/** A link followed while visiting: start the tour, or go to the room or artifact. */
function follow(next: Route | null): void {
  if (next?.type === 'tour') {
    if (!knownTour(next.id)) return notify({ id: 'link', key: 'unknownLink' })
    return void import('./tourHost').then(
      (m) => m.startTour(next.id, next.stop),
      (error) => report('tour', 'chunkFailed', error),
    )
  }
  if ((next?.type !== 'room' && next?.type !== 'artifact') || next.id === currentLink()?.id) return
  if (!(next.type === 'artifact' ? knownArtifact(next.id) : knownRoom(next.id))) return notify({ id: 'link', key: 'unknownLink' })
  goTo(next.id).then(
    () => {
      if (next.type === 'artifact') galleryStore.getState().inspect(next.id)
    },
    (error) => report('link', 'goToFailed', error),
  )
}

/** Where the visitor is, as a link: the tour under way, the panel open, or the room. */
function currentLink(): Extract<Route, { type: 'tour' | 'artifact' | 'room' }> | null {
  const s = galleryStore.getState()
  if (tourUnderWay(s.tour)) return { type: 'tour', id: s.tour.id, stop: s.tour.index }
  if (s.inspecting) return { type: 'artifact', id: s.inspecting }
  return s.roomId ? { type: 'room', id: s.roomId } : null
}

function followVisitor(): void {
  galleryStore.subscribe((s, prev) => {
    if (s.mode === 'start' || s.mode === 'loading' || s.mode === 'error') return
    if (s.roomId === prev.roomId && s.inspecting === prev.inspecting && s.mode === prev.mode && s.tour?.index === prev.tour?.index && !s.tour === !prev.tour) return
    const link = currentLink()
    const hash = link ? routeHash(link) : null
    if (hash && location.hash !== hash) history.replaceState(history.state, '', hash)
  })
}
