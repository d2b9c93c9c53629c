import { useEffect, useMemo, type RefObject } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import type * as THREE from 'three'
import type { GalleryLayout } from '../layout/types'
import { Grabber, grabberSlot } from './grab'
import { XRLocomotion } from './locomotion'
import { xrRuntime } from './xrRuntime'
import { xrStore } from './xrStore'

/**
 * Drives the XR session: starts and ends the locomotion with the session, steps it every frame
 * (src/xr/locomotion.ts does the work), and moves the XR origin group to where it says.
 *
 * ```tsx
 * <XR store={xrStore}>
 *   <XROrigin ref={origin} />
 *   <XRDriver layout={layout} origin={origin} />
 * </XR>
 * ```
 */
export function XRDriver({ layout, origin }: { layout: GalleryLayout; origin: RefObject<THREE.Group | null> }) {
  const scene = useThree((s) => s.scene)
  const locomotion = useMemo(() => new XRLocomotion(layout, scene), [scene, layout])

  useEffect(() => {
    const own = new Grabber(scene, layout)
    const release = grabberSlot.set(own)
    return () => {
      own.reset()
      release()
    }
  }, [scene, layout])

  useEffect(() => {
    if (xrStore.getState().session) locomotion.start()
    return xrStore.subscribe((state, previous) => {
      if (state.session && !previous.session) locomotion.start()
      else if (!state.session && previous.session) locomotion.end()
    })
  }, [locomotion])

  useFrame((_, delta, frame: XRFrame | undefined) => {
    const xr = xrStore.getState()
    const space = xr.originReferenceSpace
    if (!xr.session || !frame || !space) return
    locomotion.step(frame, space, delta)
    const group = origin.current
    if (group) {
      group.position.set(...xrRuntime.origin.position)
      group.rotation.set(0, xrRuntime.origin.yaw, 0)
      group.updateMatrixWorld(true)
    }
  }, -100)

  return null
}
