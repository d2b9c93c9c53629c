import { galleryStore } from '../store/galleryStore'
import { announceReady, nextFrames } from '../store/runtime'
import { goTo } from './goTo'
import { registerCommands } from './commands'
import { hashFor, parseHash } from './links'
import { parseTourHash, tourLink as tourHash } from '../tours/tourLinks'
import { notify, report } from '../store/notices'
import { tourUnderWay } from '../store/tourView'

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
  const link = parseHash(location.hash)
  // A tour link waits for Enter (sound and speech need the visitor's gesture), then starts the tour.
  const tourLink = parseTourHash(location.hash)
  if (tourLink && manifest.tours.some((t) => t.id === tourLink.tourId)) galleryStore.getState().setPendingTour({ id: tourLink.tourId, stop: tourLink.stop })
  const startRoom = manifest.exhibition.startRoom ?? layout.rooms[0]!.id
  const artifact = link?.type === 'artifact' && layout.placements.some((p) => p.artifactId === link.id) ? link.id : undefined
  const room = link?.type === 'room' && layout.rooms.some((r) => r.id === link.id) ? link.id : undefined
  const tourKnown = tourLink !== null && manifest.tours.some((t) => t.id === tourLink.tourId)
  // A link to nothing (a typo, a work since removed) opens the start, and says so.
  if ((link && !artifact && !room) || (tourLink && !tourKnown)) notify({ id: 'link', key: 'unknownLink' })
  // goTo places the visitor, sets the room and resolves once that view is drawn with its assets.
  await goTo(artifact ?? room ?? startRoom, { instant: true })
  if (artifact) galleryStore.getState().inspect(artifact)
  else galleryStore.getState().setMode('start')
  // Let the panel or start screen commit and draw before announcing.
  await nextFrames(2)
  announceReady()
  followVisitor()
  window.addEventListener('hashchange', () => {
    const tour = parseTourHash(location.hash)
    const { manifest: current, layout: plan } = galleryStore.getState()
    if (tour) {
      if (!current?.tours.some((t) => t.id === tour.tourId)) return notify({ id: 'link', key: 'unknownLink' })
      return void import('./tourHost').then(
        (m) => m.startTour(tour.tourId, tour.stop),
        (error) => report('tour', 'chunkFailed', error),
      )
    }
    const next = parseHash(location.hash)
    if (!next || next.id === currentLink()?.id) return
    const known = next.type === 'artifact' ? plan?.placements.some((p) => p.artifactId === next.id) : plan?.rooms.some((r) => r.id === next.id)
    if (!known) return notify({ id: 'link', key: 'unknownLink' })
    goTo(next.id).then(
      () => {
        if (next.type === 'artifact') galleryStore.getState().inspect(next.id)
      },
      (error) => report('link', 'goToFailed', error),
    )
  })
}

function currentLink() {
  const s = galleryStore.getState()
  if (tourUnderWay(s.tour)) return { type: 'tour' as const, id: s.tour.id, stop: s.tour.index }
  if (s.inspecting) return { type: 'artifact' as const, id: s.inspecting }
  return s.roomId ? { type: 'room' as const, id: s.roomId } : null
}

function followVisitor(): void {
  galleryStore.subscribe((s, prev) => {
    if (s.mode === 'start' || s.mode === 'loading' || s.mode === 'error') return
    if (s.roomId === prev.roomId && s.inspecting === prev.inspecting && s.mode === prev.mode && s.tour?.index === prev.tour?.index && !s.tour === !prev.tour) return
    const link = currentLink()
    const hash = link?.type === 'tour' ? tourHash(link.id, link.stop) : link ? hashFor(link) : null
    if (hash && location.hash !== hash) history.replaceState(history.state, '', hash)
  })
}
