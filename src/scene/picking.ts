/**
 * What a mesh stands for, in its `userData.kind`: the automation API tells walls from works
 * when it tests sight lines, the XR layer aims rays at the architecture, and pointer handlers
 * tell a click from a drag.
 */
export const ARCHITECTURE = 'architecture'

/** Marks meshes that stand for an artifact, for picking and for the automation API. */
export const ARTIFACT = 'artifact'

/** A drag to look around ends in a click too; only a pointer that moved less than this (CSS px) clicks. */
export const CLICK_SLOP_PX = 6
