/**
 * Listens for the WebGL context being lost and restored: while it is lost the visitor sees a
 * short "restoring the view" notice (the rest of the interface goes on working); once it is back
 * the GPU-made resources are rebuilt and the view draws again where the visitor stood.
 */
import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import { notify, withdraw } from '../store/notices'
import { contextLoss } from './contextLoss'

/**
 * Mount once inside the gallery's canvas.
 *
 * ```tsx
 * <Canvas><ContextWatch /></Canvas>
 * ```
 */
export function ContextWatch() {
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    const canvas = gl.domElement
    const lost = () => {
      // three.js itself calls preventDefault, which is what lets the browser restore the context.
      contextLoss.setState({ lost: true })
      notify({ id: 'restoring', key: 'restoring', sticky: true })
    }
    const restored = () => {
      contextLoss.setState((s) => ({ lost: false, restores: s.restores + 1 }))
      withdraw('restoring')
      invalidate()
    }
    canvas.addEventListener('webglcontextlost', lost)
    canvas.addEventListener('webglcontextrestored', restored)
    return () => {
      canvas.removeEventListener('webglcontextlost', lost)
      canvas.removeEventListener('webglcontextrestored', restored)
      withdraw('restoring')
    }
  }, [gl, invalidate])
  return null
}
