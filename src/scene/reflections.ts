/**
 * Which materials reflect the room's environment: glass, gilt, brass and other polished metal
 * (and, through their own baked materials, polished floors). A matte surface - paper, canvas,
 * painted wood - reflects nothing one could see, yet an environment on it costs two filtered
 * lookups of the prefiltered map per pixel; measured with software WebGL at 1280x800, the
 * environment on every lit material was a fifth of the frame in From Canvas to Factory. Matte
 * surfaces get the environment's diffuse light from a light probe instead (environment.ts).
 */
import * as THREE from 'three'

/** Strength of the room's reflections (the works' own light comes from the lamps). */
export const ENVIRONMENT_INTENSITY = 0.45

const shiny = new Set<THREE.MeshStandardMaterial>()
let environment: THREE.Texture | null = null

/** Metal, glass and anything polished enough to show a reflection. */
export function isReflective(m: THREE.MeshStandardMaterial): boolean {
  return m.metalness >= 0.5 || m.roughness <= 0.35 || (m.transparent && m.opacity < 0.5)
}

function show(m: THREE.MeshStandardMaterial): void {
  m.envMap = environment
  m.envMapIntensity = ENVIRONMENT_INTENSITY
}

/** Gives `material` the environment of the room the visitor is in, now and as they walk on, until it is disposed. */
export function reflective<M extends THREE.MeshStandardMaterial>(material: M): M {
  if (shiny.has(material)) return material
  shiny.add(material)
  show(material)
  material.addEventListener('dispose', () => shiny.delete(material))
  return material
}

/** Registers the reflective ones among a loaded model's materials. */
export function reflectiveParts(node: THREE.Object3D): void {
  node.traverse((o) => {
    const mesh = o as THREE.Mesh
    if (!mesh.isMesh) return
    for (const m of [mesh.material].flat()) if (m instanceof THREE.MeshStandardMaterial && isReflective(m)) reflective(m)
  })
}

/** Puts the visitor's room's environment on every reflective material. */
export function reflectEnvironment(texture: THREE.Texture | null): void {
  environment = texture
  for (const m of shiny) show(m)
}

/** How many materials reflect now (for tests). */
export function reflectiveCount(): number {
  return shiny.size
}
