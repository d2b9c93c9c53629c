import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import { merge } from '../mergeGeometry'
import { reflective } from '../reflections'
import type { Work } from './work'

const STAND_MATERIAL = new THREE.MeshStandardMaterial({ color: '#3e2a1a', roughness: 0.5 })
const PLINTH_MATERIAL = new THREE.MeshStandardMaterial({ color: '#e6e0d4', roughness: 0.45 })
const GLASS_MATERIAL = reflective(new THREE.MeshStandardMaterial({
  color: '#dfeef0',
  transparent: true,
  opacity: 0.14,
  roughness: 0.05,
  metalness: 0.1,
  depthWrite: false,
}))

/**
 * A room's plinths (painted, like stone) and vitrines (an oak cabinet under a glass hood), merged
 * per material.
 *
 * ```tsx
 * <WorkStands works={works} />
 * ```
 */
export function WorkStands({ works }: { works: readonly Work[] }) {
  const meshes = useMemo(() => {
    const plinths: THREE.BufferGeometry[] = []
    const cabinets: THREE.BufferGeometry[] = []
    const glass: THREE.BufferGeometry[] = []
    for (const { placement } of works) {
      const stand = placement.stand
      if (!stand) continue
      const [x, z] = stand.center
      const [sw, sd] = stand.size
      if (placement.mount === 'vitrine') {
        const body = new THREE.BoxGeometry(sw, stand.height, sd)
        body.translate(x, stand.height / 2, z)
        const lip = new THREE.BoxGeometry(sw + 0.04, 0.04, sd + 0.04)
        lip.translate(x, stand.height - 0.02, z)
        cabinets.push(body, lip)
        // A flat work lies face up, so its height above the cabinet is its depth.
        const hood = Math.max(0.3, (placement.flat ? placement.size[2] : placement.size[1]) + 0.12)
        const g = new THREE.BoxGeometry(sw - 0.02, hood, sd - 0.02)
        g.translate(x, stand.height + hood / 2, z)
        glass.push(g)
      } else {
        const body = new THREE.BoxGeometry(sw, stand.height, sd)
        body.translate(x, stand.height / 2, z)
        const cap = new THREE.BoxGeometry(sw + 0.05, 0.04, sd + 0.05)
        cap.translate(x, stand.height - 0.02, z)
        const foot = new THREE.BoxGeometry(sw + 0.06, 0.08, sd + 0.06)
        foot.translate(x, 0.04, z)
        plinths.push(body, cap, foot)
      }
    }
    return {
      plinths: plinths.length ? merge(plinths) : null,
      cabinets: cabinets.length ? merge(cabinets) : null,
      glass: glass.length ? merge(glass) : null,
    }
  }, [works])
  useEffect(() => () => Object.values(meshes).forEach((g) => g?.dispose()), [meshes])
  return (
    <>
      {meshes.plinths && <mesh geometry={meshes.plinths} material={PLINTH_MATERIAL} />}
      {meshes.cabinets && <mesh geometry={meshes.cabinets} material={STAND_MATERIAL} />}
      {/* Glass must not catch clicks meant for the work inside it. */}
      {meshes.glass && <mesh geometry={meshes.glass} material={GLASS_MATERIAL} raycast={() => null} renderOrder={2} />}
    </>
  )
}
