import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import { sceneSlot } from '../store/runtime'

/**
 * Hands the Canvas's scene, camera and renderer to `sceneSlot` while it is mounted, for the
 * automation API's measurements (what is on screen, what a wall hides).
 *
 * ```tsx
 * <Canvas>
 *   <SceneHandover />
 * </Canvas>
 * ```
 */
export function SceneHandover() {
  const { scene, camera, gl, size } = useThree()
  useEffect(() => sceneSlot.set({ scene, camera, gl, size }), [scene, camera, gl, size])
  return null
}
