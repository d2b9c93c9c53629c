import { useEffect } from 'react'
import { addAfterEffect, useThree } from '@react-three/fiber'
import { runtime } from '../store/runtime'

/**
 * Reads the renderer's counters after each frame into `runtime.renderStats`, counts frames, and
 * releases anyone waiting on a drawn frame (`nextFrames`).
 *
 * ```tsx
 * <Canvas>
 *   <FrameProbe />
 * </Canvas>
 * ```
 */
export function FrameProbe() {
  const gl = useThree((s) => s.gl)
  // After the render, not in useFrame: a positive useFrame priority would take over R3F's render loop.
  useEffect(
    () =>
      addAfterEffect(() => {
        const info = gl.info
        runtime.renderStats = {
          calls: info.render.calls,
          triangles: info.render.triangles,
          textures: info.memory.textures,
          geometries: info.memory.geometries,
        }
        runtime.frames += 1
        for (const resolve of runtime.afterFrame.splice(0)) resolve()
      }),
    [gl],
  )
  return null
}
