import { useEffect } from 'react'
import { PerformanceMonitor } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { maxPixelRatio } from './pixelRatio'
import { screenPixelRatio } from './graphicsTier'

/** Never drawn coarser than this many device pixels per CSS pixel: labels and wall texts stay legible. */
export const DPR_FLOOR = 0.75

/**
 * Keeps the drawing resolution within the screen's cap (`maxPixelRatio`: lower on phones, and
 * again after a turn of the phone changes the view's size), lowering it while frames are slow
 * and raising it again when they recover (drei's PerformanceMonitor), down to DPR_FLOOR.
 * `?adaptive=0` holds the resolution at the cap, for measurements. XR framebuffers are left alone.
 *
 * ```tsx
 * <Canvas><AdaptiveResolution /></Canvas>
 * ```
 */
export function AdaptiveResolution() {
  const setDpr = useThree((s) => s.setDpr)
  const width = useThree((s) => s.size.width)
  const height = useThree((s) => s.size.height)
  const top = maxPixelRatio(width, height, screenPixelRatio())
  useEffect(() => setDpr(top), [setDpr, top])
  if (new URLSearchParams(window.location.search).get('adaptive') === '0') return null
  return (
    <PerformanceMonitor
      factor={1}
      step={0.25}
      flipflops={6}
      onChange={({ factor }) => setDpr(Math.round((DPR_FLOOR + (Math.max(top, DPR_FLOOR) - DPR_FLOOR) * factor) * 100) / 100)}
    />
  )
}
