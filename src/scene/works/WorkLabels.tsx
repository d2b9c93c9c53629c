import { useEffect, useState } from 'react'
import * as THREE from 'three'
import { formatDating, localize } from '../../i18n'
import { useGallery } from '../../store/useGallery'
import { merge } from '../architecture'
import { canvasTexture, drawLabel, fontsFor } from '../textCanvas'
import { LABEL_H, LABEL_W, labelSpot } from './labelSpot'
import type { Work } from './work'

/**
 * All labels of a room in one canvas atlas and one mesh, in the visitor's language.
 *
 * ```tsx
 * <WorkLabels works={works} />
 * ```
 */
export function WorkLabels({ works }: { works: readonly Work[] }) {
  const language = useGallery((s) => s.language)
  const [built, setBuilt] = useState<{ geometry: THREE.BufferGeometry; texture: THREE.CanvasTexture } | null>(null)
  useEffect(() => {
    let cancelled = false
    const slotW = 512
    const slotH = Math.round((slotW * LABEL_H) / LABEL_W)
    const canvas = document.createElement('canvas')
    canvas.width = slotW
    canvas.height = slotH * works.length
    const texts = works.map(({ artifact }) => ({
      title: localize(artifact.title, language),
      detail: `${formatDating(artifact.date, language)} · ${localize(artifact.medium, language)}`,
    }))
    fontsFor(texts.map((t) => t.title + t.detail).join('')).then(() => {
      if (cancelled || works.length === 0) return
      const ctx = canvas.getContext('2d')!
      const quads: THREE.BufferGeometry[] = []
      works.forEach((work, i) => {
        drawLabel(ctx, 0, i * slotH, slotW, slotH, texts[i]!.title, texts[i]!.detail)
        const quad = new THREE.PlaneGeometry(LABEL_W, LABEL_H)
        const uv = quad.getAttribute('uv') as THREE.BufferAttribute
        for (let k = 0; k < uv.count; k++) {
          // Canvas rows run top-down, texture v bottom-up.
          uv.setY(k, 1 - (i + 1 - uv.getY(k)) / works.length)
        }
        const spot = labelSpot(work, works)
        quad.rotateY(spot.yaw)
        quad.translate(...spot.position)
        quads.push(quad)
      })
      const texture = canvasTexture(canvas)
      setBuilt({ geometry: merge(quads), texture })
    })
    return () => {
      cancelled = true
    }
  }, [works, language])
  useEffect(() => () => {
    built?.geometry.dispose()
    built?.texture.dispose()
  }, [built])
  if (!built) return null
  return (
    <mesh geometry={built.geometry}>
      <meshStandardMaterial map={built.texture} roughness={0.85} />
    </mesh>
  )
}
