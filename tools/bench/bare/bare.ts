// The bench's yardstick: the smallest @react-three/fiber page (a lit, turning box), built by the bench itself.
import { createElement as h, useRef } from 'react'
import { createRoot } from 'react-dom/client'
import { Canvas, useFrame } from '@react-three/fiber'
import type { Mesh } from 'three'

let drawn = false

function Box() {
  const ref = useRef<Mesh>(null)
  useFrame((_, dt) => {
    if (ref.current) ref.current.rotation.y += dt
    // The first frame is drawn right after this callback: "walkable", as the gallery's gallery:walkable.
    if (!drawn) {
      drawn = true
      requestAnimationFrame(() => {
        ;(window as unknown as { __bareReady: boolean }).__bareReady = true
        window.dispatchEvent(new Event('gallery:walkable'))
        window.dispatchEvent(new Event('gallery:ready'))
      })
    }
  })
  return h('mesh', { ref }, h('boxGeometry'), h('meshStandardMaterial', { color: 'orange' }))
}

createRoot(document.getElementById('root')!).render(
  h(Canvas, { camera: { position: [0, 0, 3] } }, h('ambientLight', { intensity: 0.5 }), h('directionalLight', { position: [2, 3, 4] }), h(Box)),
)
