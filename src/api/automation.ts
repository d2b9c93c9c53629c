/**
 * `window.__gallery`: the automation API content teams use for QA and the tests drive. Present
 * in every build; it reads state and moves the visitor, and sends nothing anywhere.
 */
import * as THREE from 'three'
import { localize } from '../i18n'
import { nextFrames, readySlot, runtime, sceneSlot, walkableSlot } from '../store/runtime'
import { galleryStore } from '../store/galleryStore'
import type { Mode } from '../store/galleryState'
import { tourPlaying } from '../store/tourView'
import { commands } from '../navigation/commands'
import { offlineStore } from '../ui/offline/offlineStore'
import { audioEngine, measureAudio } from '../audio/audioHost'
import { placeVisitor } from '../navigation/motion'
import { roomAt, type ArtifactPlacement } from '../layout'
import { workCorners } from '../layout/closeUp'
import { ARCHITECTURE, ARTIFACT } from '../scene/picking'
import { WALK_TARGET } from '../scene/WalkTarget'
import type { ManifestProblem } from '../manifest/problem'
import { xrStatus, type XRStatus } from '../xr/status'
import { liveActions, type LiveActions } from '../live'
import { liveStatus, type LiveStatusApi } from './liveApi'

export interface GalleryApi {
  /** The start room is drawn with its assets (and a deep-linked panel open). */
  whenReady(): Promise<void>
  /** The start room stands and the visitor can move; its works may still be loading. */
  whenWalkable(): Promise<void>
  state(): {
    mode: Exclude<Mode, 'loading'>
    roomId: string | null
    position: [number, number, number]
    yaw: number
    inspecting: string | null
    language: string
    manifestErrors: ManifestProblem[]
    /** Where the ring on the floor stands (world x, z) while a tap or click on the floor walks the visitor there; null when not drawn. */
    walkTarget: [number, number] | null
  }
  rooms(): Array<{ id: string; title: string; bounds: { min: [number, number]; max: [number, number] } }>
  artifacts(): Array<{
    id: string
    roomId: string
    kind: string
    title: string
    world: [number, number, number]
    screen: { x: number; y: number } | null
    /** The work's bounding box on screen in CSS pixels (its catalogued size, clipped to the canvas); null when out of view, behind a wall or hidden. */
    screenBox: { x: number; y: number; width: number; height: number } | null
    placeholder: boolean
  }>
  goTo(id: string): Promise<void>
  renderStats(): { calls: number; triangles: number; textures: number; geometries: number }
  /** Frames the 3D view has drawn since it started (it draws none while the tab is hidden). */
  frames(): number
  audio(): { context: AudioContextState | 'unavailable'; sources: Array<{ id: string; owner: string; position: [number, number, number]; gain: number; playing: boolean }> }
  tours(): Array<{ id: string; title: string; minutes: number; stops: number }>
  tour(): { id: string; stop: number; playing: boolean } | null
  /** QA: RMS heard at the listener, left and right, over `ms` milliseconds. */
  measureAudio(ms: number): Promise<{ left: number; right: number }>
  /** QA: stand the visitor at a floor point (world x, z) facing `yaw`; resolves once drawn. */
  teleport(position: [number, number], yaw: number): Promise<void>
  /** VR: whether a session is on, its input sources, the XR origin and its yaw (plus head, controllers, panel, menu). */
  xr(): XRStatus
  /** The live class this visitor leads or attends. */
  live(): LiveStatusApi
  /** What the class panel's buttons do (lead, join, gather, follow, highlight, ...); each resolves once the service accepted it. */
  liveActions: LiveActions
  /** Offline: whether saving works here, whether this exhibition is saved, and the save's progress (0..1), bytes and files. */
  offline(): { supported: boolean; saved: boolean; progress: number; bytes: number; files: number }
}

declare global {
  interface Window {
    __gallery: GalleryApi
  }
}

const raycaster = new THREE.Raycaster()

/** Where a world point appears on screen, or null when it is behind the camera, off screen or behind a wall. */
function screenPoint(world: THREE.Vector3, artifactId: string): { x: number; y: number } | null {
  const access = sceneSlot.get()
  if (!access) return null
  const { scene, camera, gl } = access
  const node = scene.getObjectByName(`artifact:${artifactId}`)
  if (!node) return null
  const ndc = world.clone().project(camera)
  if (ndc.z < -1 || ndc.z > 1 || Math.abs(ndc.x) > 1 || Math.abs(ndc.y) > 1) return null
  const origin = new THREE.Vector3().setFromMatrixPosition(camera.matrixWorld)
  const direction = world.clone().sub(origin)
  const distance = direction.length()
  raycaster.set(origin, direction.normalize())
  raycaster.far = distance
  const blocked = raycaster
    .intersectObjects(scene.children, true)
    .some((hit) => hit.object.userData.kind === ARCHITECTURE && hit.distance < distance - 0.08)
  if (blocked) return null
  const rect = gl.domElement.getBoundingClientRect()
  return { x: rect.left + ((ndc.x + 1) / 2) * rect.width, y: rect.top + ((1 - ndc.y) / 2) * rect.height }
}

/** The on-screen box of a placed work's catalogued box, or null when its centre is not in sight. */
function screenBox(p: ArtifactPlacement): { x: number; y: number; width: number; height: number } | null {
  const access = sceneSlot.get()
  const node = access?.scene.getObjectByName(`artifact:${p.artifactId}`)
  if (!access || !node || node.userData.kind !== ARTIFACT) return null
  let shown = true
  node.traverseAncestors((a) => (shown &&= a.visible))
  if (!node.visible || !shown || !screenPoint(new THREE.Vector3(...p.position), p.artifactId)) return null
  const rect = access.gl.domElement.getBoundingClientRect()
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const c of workCorners(p)) {
    const ndc = new THREE.Vector3(...c).project(access.camera)
    const x = rect.left + ((THREE.MathUtils.clamp(ndc.x, -1, 1) + 1) / 2) * rect.width
    const y = rect.top + ((1 - THREE.MathUtils.clamp(ndc.y, -1, 1)) / 2) * rect.height
    ;[x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)]
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
}

/** The floor ring of tap-to-walk as the scene has it: where it stands if it is shown. */
function walkTarget(): [number, number] | null {
  const ring = sceneSlot.get()?.scene.getObjectByName(WALK_TARGET)
  return ring?.visible ? [ring.position.x, ring.position.z] : null
}

export function installAutomationApi(): void {
  window.__gallery = {
    whenReady: () => readySlot.whenSet().then(() => undefined),
    whenWalkable: () => walkableSlot.whenSet().then(() => undefined),
    state: () => {
      const s = galleryStore.getState()
      return {
        mode: s.mode === 'loading' ? 'start' : s.mode,
        roomId: s.roomId,
        position: [...runtime.position],
        yaw: runtime.yaw,
        inspecting: s.inspecting,
        language: s.language,
        manifestErrors: s.manifestErrors.map((p) => ({ ...p })),
        walkTarget: walkTarget(),
      }
    },
    rooms: () => {
      const { layout, manifest, language } = galleryStore.getState()
      if (!layout || !manifest) return []
      return layout.rooms.map((r) => ({
        id: r.id,
        title: localize(manifest.rooms.find((m) => m.id === r.id)?.title, language),
        bounds: { min: [...r.bounds.min], max: [...r.bounds.max] },
      }))
    },
    artifacts: () => {
      const { layout, manifest, language, assetWarnings } = galleryStore.getState()
      if (!layout || !manifest) return []
      sceneSlot.get()?.camera.updateMatrixWorld()
      return layout.placements.map((p) => {
        const artifact = manifest.artifacts.find((a) => a.id === p.artifactId)!
        const node = sceneSlot.get()?.scene.getObjectByName(`artifact:${p.artifactId}`)
        return {
          id: p.artifactId,
          roomId: p.roomId,
          kind: artifact.kind,
          title: localize(artifact.title, language),
          world: [...p.position],
          screen: node?.userData.kind === ARTIFACT ? screenPoint(new THREE.Vector3(...p.position), p.artifactId) : null,
          screenBox: screenBox(p),
          placeholder: assetWarnings.some((w) => w.artifactId === p.artifactId),
        }
      })
    },
    goTo: (id) => commands.goTo(id),
    renderStats: () => ({ ...runtime.renderStats }),
    frames: () => runtime.frames,
    audio: () => {
      const state = audioEngine()?.state()
      if (!state) return { context: 'unavailable', sources: [] }
      return {
        context: state.context,
        sources: state.sources.map((s) => ({ id: s.id, owner: s.owner, position: [...s.position], gain: s.gain, playing: s.playing })),
      }
    },
    tours: () => {
      const { manifest, language } = galleryStore.getState()
      return (manifest?.tours ?? []).map((t) => ({ id: t.id, title: localize(t.title, language), minutes: t.minutes, stops: t.stops.length }))
    },
    measureAudio: (ms) => measureAudio(ms),
    teleport: async (position, yaw) => {
      await placeVisitor(position, yaw, { instant: true })
      const { layout } = galleryStore.getState()
      const room = layout ? roomAt(layout, position) : null
      if (room) galleryStore.getState().setRoom(room)
      await nextFrames(2)
    },
    tour: () => {
      const tour = galleryStore.getState().tour
      if (!tour) return null
      return { id: tour.id, stop: tour.index, playing: tourPlaying(tour.phase) }
    },
    xr: () => xrStatus(),
    live: () => liveStatus(),
    liveActions,
    offline: () => {
      const { supported, saved, progress, bytes, files } = offlineStore.getState()
      return { supported, saved, progress, bytes, files }
    },
  }
}
