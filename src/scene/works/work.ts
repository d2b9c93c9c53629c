import type { ArtifactPlacement } from '../../layout/types'
import type { Artifact } from '../../manifest/schema'

/** A work as the scene draws it: where the layout placed it, and what the manifest says of it. */
export interface Work {
  placement: ArtifactPlacement
  artifact: Artifact
}
