import { PerformanceMonitor } from '@react-three/drei'
import { useThree } from '@react-three/fiber'

/** Never drawn coarser than this many device pixels per CSS pixel: labels and wall texts stay legible. */
export const DPR_FLOOR = 0.75

/**
 * Lowers the drawing resolution while frames are slow and raises it again when they recover
 * (drei's PerformanceMonitor), between DPR_FLOOR and the screen's own ratio (at most 1.5).
 * `?adaptive=0` holds the resolution fixed, for measurements. XR framebuffers are left alone.
 *
 * ```tsx
 * <Canvas><AdaptiveResolution /></Canvas>
 * ```
 */
export function AdaptiveResolution() {
  const setDpr = useThree((s) => s.setDpr)
  if (new URLSearchParams(window.location.search).get('adaptive') === '0') return null
  const top = Math.min(window.devicePixelRatio || 1, 1.5)
  return (
    <PerformanceMonitor
      factor={1}
      step={0.25}
      flipflops={6}
      onChange={({ factor }) => setDpr(Math.round((DPR_FLOOR + (Math.max(top, DPR_FLOOR) - DPR_FLOOR) * factor) * 100) / 100)}
    />
  )
}
