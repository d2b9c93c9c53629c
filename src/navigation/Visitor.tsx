import { useEffect } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import type * as THREE from 'three'
import { roomAt } from '../layout/collision'
import type { GalleryLayout } from '../layout/types'
import { runtime } from '../store/runtime'
import { galleryStore } from '../store/galleryStore'
import { isTyping, isWalkKey, keyIntent } from './keys'
import { takeControls } from './motion'
import { dragLook, walkStep } from './walking'

/** Keys held now turn into the runtime's walking intent; a key that walks takes the visitor off a tour or a glide. */
function useWalkKeys(): void {
  useEffect(() => {
    const held = new Set<string>()
    let running = false
    const update = () => {
      runtime.move = keyIntent(held, running, runtime.walkLocked)
    }
    const down = (e: KeyboardEvent) => {
      running = e.shiftKey
      const { mode, mapOpen } = galleryStore.getState()
      if (mode !== 'walk' || mapOpen || e.defaultPrevented || isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return
      if (!isWalkKey(e.code)) return
      e.preventDefault()
      held.add(e.code)
      // Following the teacher: turning to look is fine, walking away is not (and keeps the follow glide).
      if (runtime.walkLocked) return update()
      takeControls()
      update()
    }
    const up = (e: KeyboardEvent) => {
      running = e.shiftKey
      held.delete(e.code)
      update()
    }
    const clear = () => {
      held.clear()
      update()
    }
    window.addEventListener('keydown', down)
    window.addEventListener('keyup', up)
    window.addEventListener('blur', clear)
    const unsubscribe = galleryStore.subscribe((s) => s.mode !== 'walk' && held.size > 0 && clear())
    return () => {
      window.removeEventListener('keydown', down)
      window.removeEventListener('keyup', up)
      window.removeEventListener('blur', clear)
      unsubscribe()
    }
  }, [])
}

/** Drag on the canvas to look around (mouse and touch), while walking. */
function useDragLook(canvas: HTMLCanvasElement): void {
  useEffect(() => {
    canvas.style.touchAction = 'none'
    let last: { x: number; y: number; id: number } | null = null
    const down = (e: PointerEvent) => {
      if (galleryStore.getState().mode !== 'walk') return
      last = { x: e.clientX, y: e.clientY, id: e.pointerId }
    }
    const move = (e: PointerEvent) => {
      if (!last || e.pointerId !== last.id || galleryStore.getState().mode !== 'walk') return
      dragLook(runtime, e.clientX - last.x, e.clientY - last.y)
      last = { x: e.clientX, y: e.clientY, id: e.pointerId }
      canvas.style.cursor = 'grabbing'
    }
    const up = () => {
      last = null
      canvas.style.cursor = ''
    }
    canvas.addEventListener('pointerdown', down)
    window.addEventListener('pointermove', move)
    window.addEventListener('pointerup', up)
    window.addEventListener('pointercancel', up)
    const unsubscribe = galleryStore.subscribe((s) => (canvas.style.cursor = s.hovered && s.mode === 'walk' ? 'pointer' : ''))
    return () => {
      canvas.removeEventListener('pointerdown', down)
      window.removeEventListener('pointermove', move)
      window.removeEventListener('pointerup', up)
      window.removeEventListener('pointercancel', up)
      unsubscribe()
    }
  }, [canvas])
}

/**
 * Walks the visitor: keys, drag-to-look (mouse and touch), glides for click-to-walk and goTo.
 * The physics is src/navigation/walking.ts; this puts the camera where it says.
 *
 * ```tsx
 * <Canvas>
 *   <Visitor layout={layout} />
 * </Canvas>
 * ```
 */
export function Visitor({ layout }: { layout: GalleryLayout }) {
  const { camera, gl } = useThree()
  useWalkKeys()
  useDragLook(gl.domElement)
  useFrame((_, delta) => {
    // In VR the headset moves the camera and src/xr/ moves the visitor: hands off.
    const state = galleryStore.getState()
    if (gl.xr.isPresenting || state.mode === 'xr') return
    walkStep(layout, runtime, delta, state.mode === 'walk')
    const lens = camera as THREE.PerspectiveCamera
    if (lens.isPerspectiveCamera && lens.fov !== runtime.fov) {
      lens.fov = runtime.fov
      lens.updateProjectionMatrix()
    }
    camera.position.set(runtime.position[0], runtime.position[1], runtime.position[2])
    camera.rotation.set(runtime.pitch, runtime.yaw, 0, 'YXZ')
    const room = roomAt(layout, [runtime.position[0], runtime.position[2]])
    if (room && room !== galleryStore.getState().roomId) galleryStore.getState().setRoom(room)
  }, -1)
  return null
}
