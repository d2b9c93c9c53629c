/**
 * Cuts a loaded model's draw calls: plain-coloured materials that differ only in colour become
 * one vertex-coloured material per (metalness, roughness) bucket, and meshes sharing a material
 * are merged. A model of fifteen painted parts then costs three or four draw calls instead of
 * fifteen, which is what keeps a room of scale models inside the budget on a Chromebook or Quest.
 */
import * as THREE from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'

const MAP_SLOTS = ['map', 'normalMap', 'roughnessMap', 'metalnessMap', 'emissiveMap', 'aoMap', 'alphaMap', 'bumpMap'] as const

function plain(material: THREE.Material): material is THREE.MeshStandardMaterial {
  if (!(material instanceof THREE.MeshStandardMaterial) || material.transparent || material.vertexColors) return false
  return MAP_SLOTS.every((slot) => !(material as unknown as Record<string, unknown>)[slot])
}

/** Same vertex attributes in every part, so they can be merged. */
function normalise(geometry: THREE.BufferGeometry, colour: THREE.Color | null): THREE.BufferGeometry {
  const g = geometry.index ? geometry.toNonIndexed() : geometry.clone()
  for (const name of Object.keys(g.attributes)) if (!['position', 'normal', 'uv'].includes(name)) g.deleteAttribute(name)
  const count = g.getAttribute('position').count
  if (!g.getAttribute('normal')) g.computeVertexNormals()
  if (!g.getAttribute('uv')) g.setAttribute('uv', new THREE.Float32BufferAttribute(new Float32Array(count * 2), 2))
  if (colour) {
    const colours = new Float32Array(count * 3)
    for (let i = 0; i < count; i++) colour.toArray(colours, i * 3)
    g.setAttribute('color', new THREE.Float32BufferAttribute(colours, 3))
  }
  g.morphAttributes = {}
  return g
}

export function mergeModel(root: THREE.Object3D): THREE.Object3D {
  root.updateMatrixWorld(true)
  const inverse = root.matrixWorld.clone().invert()
  const groups = new Map<string, { material: THREE.Material; parts: THREE.BufferGeometry[] }>()
  const buckets = new Map<string, THREE.MeshStandardMaterial>()
  let meshes = 0
  root.traverse((o) => {
    const mesh = o as THREE.Mesh
    if (!mesh.isMesh || Array.isArray(mesh.material)) return
    meshes += 1
    const local = mesh.matrixWorld.clone().premultiply(inverse)
    let material: THREE.Material = mesh.material
    let colour: THREE.Color | null = null
    if (plain(mesh.material)) {
      const m = mesh.material
      const key = `${Math.round(m.metalness * 4)}:${Math.round(m.roughness * 4)}:${m.emissive.getHexString()}:${m.side}`
      let shared = buckets.get(key)
      if (!shared) {
        shared = new THREE.MeshStandardMaterial({
          vertexColors: true,
          metalness: Math.round(m.metalness * 4) / 4,
          roughness: Math.round(m.roughness * 4) / 4,
          emissive: m.emissive,
          side: m.side,
        })
        buckets.set(key, shared)
      }
      material = shared
      colour = m.color
    }
    const part = normalise(mesh.geometry, colour)
    part.applyMatrix4(local)
    const groupKey = `${material.uuid}:${colour ? 'c' : 'n'}`
    const group = groups.get(groupKey) ?? { material, parts: [] }
    group.parts.push(part)
    groups.set(groupKey, group)
  })
  if (meshes <= 1) return root
  const merged = new THREE.Group()
  merged.name = root.name
  for (const { material, parts } of groups.values()) {
    const geometry = mergeGeometries(parts, false)
    parts.forEach((p) => p.dispose())
    if (!geometry) return root
    merged.add(new THREE.Mesh(geometry, material))
  }
  return merged
}
