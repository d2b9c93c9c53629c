/** How each artifact is shown: its mount, its size in metres and whether it lies flat. */
import type { Artifact, ArtifactKind, Mount } from '../manifest/schema'
import { FLAT_WORK_DEPTH, OBJECT_DEPTH_RATIO } from './constants'
import type { Vec3 } from './types'

const DEFAULT_MOUNT: Record<ArtifactKind, Mount> = {
  poster: 'wall',
  photograph: 'wall',
  document: 'wall',
  painting: 'wall',
  letter: 'wall',
  book: 'vitrine',
  notebook: 'vitrine',
  object: 'plinth',
}

/** Paper and canvas: thin when no depth is given, and laid flat when shown in a vitrine. */
const SHEET_KINDS: ReadonlySet<ArtifactKind> = new Set(['poster', 'photograph', 'document', 'painting', 'letter'])

export interface Work {
  artifact: Artifact
  /** Position among its room's artifacts in manifest order. */
  index: number
  mount: Mount
  /** Width, height, depth in metres, in the work's own frame (front is +z). */
  size: Vec3
  /** Lies face up in its vitrine (its own +z turned to world +y). */
  flat: boolean
}

export function mountOf(artifact: Artifact): Mount {
  return artifact.placement?.mount ?? DEFAULT_MOUNT[artifact.kind]
}

export function sizeOf(artifact: Artifact): Vec3 {
  const w = artifact.dimensions.width / 100
  const h = artifact.dimensions.height / 100
  const given = artifact.dimensions.depth
  const d = given !== undefined ? given / 100 : SHEET_KINDS.has(artifact.kind) ? FLAT_WORK_DEPTH : OBJECT_DEPTH_RATIO * Math.min(w, h)
  return [w, h, d]
}

export function resolveWork(artifact: Artifact, index: number): Work {
  const mount = mountOf(artifact)
  // Books, notebooks and papers lie open in a vitrine; only objects stand up in one.
  return { artifact, index, mount, size: sizeOf(artifact), flat: mount === 'vitrine' && artifact.kind !== 'object' }
}
