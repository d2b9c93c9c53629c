import * as THREE from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'

/**
 * Merges parts into one geometry, keeping only the attributes every part has, so a room's
 * architecture, frames, stands or labels cost one draw call per material. The parts are disposed.
 */
export function merge(parts: THREE.BufferGeometry[]): THREE.BufferGeometry {
  const normalized = parts.map((g) => {
    const n = g.index ? g.toNonIndexed() : g
    for (const name of Object.keys(n.attributes)) if (!['position', 'normal', 'uv'].includes(name)) n.deleteAttribute(name)
    if (n !== g) g.dispose()
    return n
  })
  const merged = mergeGeometries(normalized, false)
  for (const g of normalized) g.dispose()
  if (!merged) throw new Error('could not merge geometry')
  merged.computeBoundingSphere()
  return merged
}
