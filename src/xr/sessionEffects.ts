/** What a VR session does to the world around the visitor: controller haptics, and which meshes catch rays. */
import type * as THREE from 'three'
import { ARCHITECTURE } from '../scene/picking'

/** A short buzz in the controller (a teleport landed or was refused, a work taken); haptics are a nicety. */
export function pulse(source: XRInputSource, intensity: number, ms: number): void {
  try {
    const actuator = (source.gamepad as (Gamepad & { hapticActuators?: Array<{ pulse?: (i: number, d: number) => unknown }> }) | undefined)?.hapticActuators?.[0]
    void actuator?.pulse?.(intensity, ms)
  } catch {
    // Haptics are a nicety.
  }
}

/**
 * Pointer rays should stop at walls and not reach works in the next room, and the floor's
 * click-to-walk is a desktop gesture: while presenting, walls catch rays and the floor ignores them.
 */
export function tagArchitecture(scene: THREE.Object3D, presenting: boolean): void {
  scene.traverse((o) => {
    if (o.userData.kind !== ARCHITECTURE) return
    const target = o as THREE.Object3D & { pointerEvents?: 'none' | 'auto' | 'listener' }
    target.pointerEvents = presenting ? (o.userData.floor ? 'none' : 'auto') : undefined
  })
}
