import { useEffect, useMemo } from 'react'
import { useFrame } from '@react-three/fiber'
import * as THREE from 'three'
import { xrRuntime } from './xrRuntime'

const MAX_POINTS = 96
const HALF_WIDTH = 0.012
const VALID = new THREE.Color('#7fe0c2')
const INVALID = new THREE.Color('#e0605a')

/**
 * The teleport arc (a flat ribbon, easier to see in a headset than a 1-pixel line) and the
 * landing ring: green-blue where the jump is allowed, red where it is refused (a wall, outside
 * the rooms, too close to a wall or a stand, or behind a wall).
 */
export function TeleportArcView() {
  const parts = useMemo(() => {
    const positions = new Float32Array(MAX_POINTS * 2 * 3)
    const geometry = new THREE.BufferGeometry()
    geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3).setUsage(THREE.DynamicDrawUsage))
    const index: number[] = []
    for (let i = 0; i < MAX_POINTS - 1; i++) {
      const a = i * 2
      index.push(a, a + 1, a + 2, a + 1, a + 3, a + 2)
    }
    geometry.setIndex(index)
    const material = new THREE.MeshBasicMaterial({ color: VALID, transparent: true, opacity: 0.85, side: THREE.DoubleSide, depthWrite: false, toneMapped: false })
    const ribbon = new THREE.Mesh(geometry, material)
    ribbon.frustumCulled = false
    ribbon.renderOrder = 5
    ribbon.raycast = () => {}
    const ringGeometry = new THREE.RingGeometry(0.22, 0.3, 40).rotateX(-Math.PI / 2)
    const ringMaterial = new THREE.MeshBasicMaterial({ color: VALID, transparent: true, opacity: 0.9, depthWrite: false, toneMapped: false })
    const ring = new THREE.Mesh(ringGeometry, ringMaterial)
    ring.renderOrder = 5
    ring.raycast = () => {}
    const group = new THREE.Group()
    group.name = 'xr-teleport'
    group.add(ribbon, ring)
    group.visible = false
    return { group, ribbon, ring, positions, geometry, material, ringMaterial, ringGeometry }
  }, [])
  useEffect(
    () => () => {
      parts.geometry.dispose()
      parts.material.dispose()
      parts.ringGeometry.dispose()
      parts.ringMaterial.dispose()
    },
    [parts],
  )

  useFrame(() => {
    const { aiming, points, valid, target } = xrRuntime.teleport
    parts.group.visible = aiming && points.length > 1
    if (!parts.group.visible) return
    const n = Math.min(points.length, MAX_POINTS)
    for (let i = 0; i < n; i++) {
      const p = points[i]!
      const q = points[Math.min(i + 1, n - 1)]!
      const r = points[Math.max(i - 1, 0)]!
      // Sideways: horizontal and perpendicular to the arc's heading.
      let sx = -(q[2] - r[2])
      let sz = q[0] - r[0]
      const l = Math.hypot(sx, sz) || 1
      sx = (sx / l) * HALF_WIDTH
      sz = (sz / l) * HALF_WIDTH
      parts.positions.set([p[0] - sx, p[1], p[2] - sz, p[0] + sx, p[1], p[2] + sz], i * 6)
    }
    parts.geometry.setDrawRange(0, Math.max(0, n - 1) * 6)
    parts.geometry.attributes.position!.needsUpdate = true
    const colour = valid ? VALID : INVALID
    parts.material.color.copy(colour)
    parts.ringMaterial.color.copy(colour)
    parts.ring.visible = target !== null
    if (target) parts.ring.position.set(target[0], 0.01, target[2])
  }, -40)

  return <primitive object={parts.group} />
}
