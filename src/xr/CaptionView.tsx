import { useEffect, useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import * as THREE from 'three'
import { useGallery } from '../store/useGallery'
import { canvasTexture, fontsFor, SANS, wrap } from '../scene/textCanvas'

/** Width of the caption plate in metres, and its distance and drop below the line of sight. */
const WIDTH = 0.9
const DISTANCE = 1.2
const DROP = 0.38
const PX = 1024
const PX_HEIGHT = 384

/**
 * Captions in VR (tour narration, music descriptions, clips): a plate that follows the gaze a
 * little below it, at reading distance, drawn with the page's own fonts. Hidden when there is
 * nothing to say, or when captions are off outside a tour.
 */
export function CaptionView() {
  const camera = useThree((s) => s.camera)
  const caption = useGallery((s) => s.caption)
  const show = useGallery((s) => s.captions || s.tour !== null)
  const mesh = useRef<THREE.Mesh>(null)
  const surface = useMemo(() => {
    const canvas = document.createElement('canvas')
    canvas.width = PX
    canvas.height = PX_HEIGHT
    return { canvas, texture: canvasTexture(canvas) }
  }, [])
  useEffect(() => () => surface.texture.dispose(), [surface])
  useEffect(() => {
    if (!caption) return
    let cancelled = false
    void fontsFor(caption.text).then(() => {
      if (cancelled) return
      const ctx = surface.canvas.getContext('2d')!
      const style = caption.kind === 'music' ? 'italic ' : ''
      // A long narration is set smaller rather than cut: at 30 px the capitals are still about 18 mm at reading distance.
      let size = 40
      let lines: string[] = []
      for (const candidate of [40, 35, 30]) {
        size = candidate
        ctx.font = `${style}400 ${size}px ${SANS}`
        lines = wrap(ctx, caption.text, PX - 80)
        if (lines.length * size * 1.25 + 36 <= PX_HEIGHT) break
      }
      const line = size * 1.25
      const height = Math.min(PX_HEIGHT, lines.length * line + 36)
      ctx.clearRect(0, 0, PX, PX_HEIGHT)
      ctx.fillStyle = 'rgba(27, 20, 14, 0.88)'
      ctx.fillRect(0, PX_HEIGHT - height, PX, height)
      ctx.fillStyle = '#fbf6ea'
      ctx.textBaseline = 'top'
      lines.forEach((text, i) => ctx.fillText(text, 40, PX_HEIGHT - height + 18 + i * line))
      surface.texture.needsUpdate = true
    })
    return () => {
      cancelled = true
    }
  }, [caption, surface])
  const forward = useMemo(() => new THREE.Vector3(), [])
  useFrame(() => {
    const m = mesh.current
    if (!m) return
    m.visible = !!caption && show
    if (!m.visible) return
    camera.getWorldDirection(forward)
    m.position.setFromMatrixPosition(camera.matrixWorld).addScaledVector(forward, DISTANCE)
    m.position.y -= DROP
    m.quaternion.setFromRotationMatrix(camera.matrixWorld)
  })
  return (
    <mesh ref={mesh} name="xr-captions" renderOrder={10} raycast={() => null}>
      <planeGeometry args={[WIDTH, (WIDTH * PX_HEIGHT) / PX]} />
      <meshBasicMaterial map={surface.texture} transparent depthTest={false} toneMapped={false} />
    </mesh>
  )
}
