/**
 * Frames and mounts that fit each kind of work (STYLE.md): wide gilt frames for paintings, thin
 * metal rails for posters, card mounts for photographs, shallow glazed cases for papers.
 */
import * as THREE from 'three'
import type { ArtifactKind } from '../manifest/schema'
import { merge } from './mergeGeometry'
import { reflective } from './reflections'

export const FRAME_MATERIALS = {
  gilt: reflective(new THREE.MeshStandardMaterial({ color: '#b8902c', metalness: 0.75, roughness: 0.32 })),
  rail: reflective(new THREE.MeshStandardMaterial({ color: '#2b2a28', metalness: 0.6, roughness: 0.45 })),
  oak: new THREE.MeshStandardMaterial({ color: '#4a2f1c', metalness: 0, roughness: 0.55 }),
  card: new THREE.MeshStandardMaterial({ color: '#efe8d8', metalness: 0, roughness: 0.95 }),
} as const

export type FrameMaterial = keyof typeof FRAME_MATERIALS

export interface FramePart {
  material: FrameMaterial
  geometry: THREE.BufferGeometry
}

function border(w: number, h: number, band: number, depth: number, z: number): THREE.BufferGeometry[] {
  const parts: THREE.BufferGeometry[] = []
  const top = new THREE.BoxGeometry(w + band * 2, band, depth)
  top.translate(0, h / 2 + band / 2, z)
  const bottom = top.clone()
  bottom.translate(0, -(h + band), 0)
  const left = new THREE.BoxGeometry(band, h, depth)
  left.translate(-(w / 2 + band / 2), 0, z)
  const right = left.clone()
  right.translate(w + band, 0, 0)
  parts.push(top, bottom, left, right)
  return parts
}

/** The frame or mount around a flat work of `w` x `h` metres whose face is at z = 0. */
export function frameFor(kind: ArtifactKind, w: number, h: number): FramePart[] {
  switch (kind) {
    case 'painting': {
      const band = THREE.MathUtils.clamp(Math.max(w, h) * 0.06, 0.06, 0.14)
      const inner = border(w, h, band * 0.35, 0.05, 0.0)
      const outer = border(w + band * 0.7, h + band * 0.7, band * 0.65, 0.08, -0.005)
      return [{ material: 'gilt', geometry: merge([...inner, ...outer]) }]
    }
    case 'poster': {
      const rails = [h / 2 + 0.012, -h / 2 - 0.012].map((y) => {
        const g = new THREE.BoxGeometry(w + 0.04, 0.024, 0.02)
        g.translate(0, y, 0.0)
        return g
      })
      return [{ material: 'rail', geometry: merge(rails) }]
    }
    case 'photograph': {
      const mount = Math.max(0.035, Math.min(w, h) * 0.12)
      const card = new THREE.BoxGeometry(w + mount * 2, h + mount * 2, 0.004)
      card.translate(0, 0, -0.004)
      return [
        { material: 'card', geometry: merge([card]) },
        { material: 'oak', geometry: merge(border(w + mount * 2, h + mount * 2, 0.02, 0.03, 0)) },
      ]
    }
    default: {
      const margin = 0.03
      const back = new THREE.BoxGeometry(w + margin * 2, h + margin * 2, 0.01)
      back.translate(0, 0, -0.008)
      return [
        { material: 'card', geometry: merge([back]) },
        { material: 'oak', geometry: merge(border(w + margin * 2, h + margin * 2, 0.025, 0.045, 0.01)) },
      ]
    }
  }
}

/** Half the extra width a frame adds beside the work, for placing the label clear of it. */
export function frameMargin(kind: ArtifactKind, w: number, h: number): number {
  switch (kind) {
    case 'painting':
      return THREE.MathUtils.clamp(Math.max(w, h) * 0.06, 0.06, 0.14) * 1.35
    case 'poster':
      return 0.02
    case 'photograph':
      return Math.max(0.035, Math.min(w, h) * 0.12) + 0.02
    default:
      return 0.055
  }
}
