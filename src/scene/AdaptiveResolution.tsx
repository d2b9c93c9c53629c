import { useEffect, useRef } from 'react'
import { PerformanceMonitor } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { maxPixelRatio } from './pixelRatio'
import { screenPixelRatio } from './graphicsTier'
import { useViewMoving } from './FrameDemand'

/** Never drawn coarser than this many device pixels per CSS pixel: labels and wall texts stay legible. */
export const DPR_FLOOR = 0.75

/** Changes of quality after which the resolution is left where it is (a device on the edge would otherwise flicker between two). */
const FLIPFLOPS = 6

/**
 * Keeps the drawing resolution within the screen's cap (`maxPixelRatio`: lower on phones, and
 * again after a turn of the phone changes the view's size), lowering it while frames are slow
 * and raising it again when they recover (drei's PerformanceMonitor), down to DPR_FLOOR.
 * The canvas draws on demand, so frames only come back to back while the view moves: the
 * monitor counts frames a second, and a still room would read as a slow one. It is mounted
 * only while the view moves, each time starting from the quality it last settled on.
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
  const moving = useViewMoving()
  // Kept across mounts: where it settled, and how often it changed its mind.
  const factor = useRef(1)
  const changes = useRef(0)
  useEffect(() => setDpr(top), [setDpr, top])
  if (!moving || changes.current > FLIPFLOPS || new URLSearchParams(window.location.search).get('adaptive') === '0') return null
  return (
    <PerformanceMonitor
      factor={factor.current}
      step={0.25}
      onChange={(api) => {
        factor.current = api.factor
        changes.current += 1
        setDpr(Math.round((DPR_FLOOR + (Math.max(top, DPR_FLOOR) - DPR_FLOOR) * api.factor) * 100) / 100)
      }}
    />
  )
}
