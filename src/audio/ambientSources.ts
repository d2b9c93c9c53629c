/**
 * The one place that turns the manifest's room ambience into positional sources for the engine:
 * where each emitter is in the world, which file it plays, and the loop points music.json gives.
 */
import type { GalleryLayout, Vec3 } from '../layout/types'
import type { Manifest } from '../manifest/schema'
import { loopPointsFor, type MusicIndex } from './musicIndex'

export interface AmbientSourceSpec {
  id: string
  /** The room whose music this is: it plays while that room is the visitor's or a neighbour. */
  owner: string
  url: string
  /** World position of the emitter, metres. */
  position: Vec3
  /** 0..1, the manifest's `ambient.volume`. */
  volume: number
  /** Distance at which the level starts to fall, metres. */
  refDistance: number
  /** Loop points inside the file, seconds (from music.json); the whole file when absent. */
  loopStart?: number
  loopEnd?: number
}

/** Height of an emitter given as an artifact that has no placement (should not happen), metres. */
const FALLBACK_HEIGHT = 2.2

/**
 * One source per room with `ambient`. An artifact emitter sounds from the artifact itself; a
 * position emitter is room-local (metres from the room's north-west corner, y up). `resolveUrl`
 * turns a manifest-relative path into a URL; `music` (music.json) supplies loop points.
 */
export function ambientSourcesFor(manifest: Manifest, layout: GalleryLayout, options: { resolveUrl: (path: string) => string; music?: MusicIndex | null }): AmbientSourceSpec[] {
  const out: AmbientSourceSpec[] = []
  for (const room of manifest.rooms) {
    const ambient = room.ambient
    const shell = layout.rooms.find((r) => r.id === room.id)
    if (!ambient || !shell) continue
    let position: Vec3
    if ('artifact' in ambient.emitter) {
      const id = ambient.emitter.artifact
      const p = layout.placements.find((x) => x.artifactId === id)
      position = p ? [p.position[0], p.position[1], p.position[2]] : [shell.center[0], FALLBACK_HEIGHT, shell.center[1]]
    } else {
      const [x, y, z] = ambient.emitter.position
      position = [shell.bounds.min[0] + x, y, shell.bounds.min[1] + z]
    }
    const url = options.resolveUrl(ambient.file)
    const loop = options.music ? loopPointsFor(options.music, ambient.file) : null
    out.push({
      id: `ambient:${room.id}`,
      owner: room.id,
      url,
      position,
      volume: ambient.volume,
      refDistance: ambient.refDistance,
      ...(loop && ambient.loop ? loop : {}),
    })
  }
  return out
}
