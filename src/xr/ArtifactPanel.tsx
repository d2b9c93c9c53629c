import { useEffect, useMemo, useRef, useState } from 'react'
import type { ThreeEvent } from '@react-three/fiber'
import * as THREE from 'three'
import type { GalleryLayout, Vec3 } from '../layout/types'
import { EYE_HEIGHT } from '../layout/types'
import type { Manifest } from '../manifest/schema'
import { resolveAsset } from '../manifest/assets'
import { formatDating, i18n, localize } from '../i18n'
import { useGallery } from '../store/useGallery'
import { galleryStore } from '../store/galleryStore'
import { placeVisitor } from '../navigation/motion'
import { loadTexture } from '../scene/assetLoader'
import { canvasTexture, fontsFor } from '../scene/textCanvas'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { roomSequence } from '../layout/roomSequence'
import { BUTTON_SIZE, drawButtons, drawPanel, PANEL_WIDTH } from './panelCanvas'
import { placePanel, type PanelSpot } from './panelPlacement'
import { rotateXZ } from './originMath'
import { xrRuntime } from './xrRuntime'
import type { XRStatus } from './status'

type Control = 'previous' | 'close' | 'next'
const CONTROLS: Control[] = ['previous', 'close', 'next']
const BUTTON_GAP = 0.03
const BUTTON_DROP = 0.025
/** Buttons stand a little proud of the page. */
const BUTTON_FORWARD = 0.004

let current: XRStatus['panel'] = null
/** The open panel and its controls in world space, for the automation API. */
export function panelStatus(): XRStatus['panel'] {
  return current
}

/** Where the next panel should be placed from, when a jump to the artifact comes first. */
let headOverride: Vec3 | null = null

interface Built {
  artifactId: string
  language: string
  texture: THREE.CanvasTexture
  height: number
}

/**
 * The in-world label of the artifact being inspected in VR: image, title, date and maker, the
 * description, in the visitor's language, floating beside the work and turned toward them, with
 * previous / close / next buttons that rays click. Drawn on a canvas with the page's fonts.
 */
export function ArtifactPanel({ layout, manifest }: { layout: GalleryLayout; manifest: Manifest }) {
  const inspecting = useGallery((s) => (s.mode === 'xr' ? s.inspecting : null))
  const language = useGallery((s) => s.language)
  const manifestUrl = useGallery((s) => s.manifestUrl)
  const [built, setBuilt] = useState<Built | null>(null)
  const spotFor = useRef<{ artifactId: string; spot: PanelSpot } | null>(null)

  useEffect(() => {
    if (!inspecting) {
      setBuilt(null)
      spotFor.current = null
      return
    }
    const artifact = manifest.artifacts.find((a) => a.id === inspecting)
    if (!artifact) return
    let cancelled = false
    const t = i18n.getFixedT(language)
    const { index, total } = roomSequence(manifest.artifacts, artifact)
    const placement = layout.placements.find((p) => p.artifactId === artifact.id)
    const title = localize(artifact.title, language)
    const meta = [
      [formatDating(artifact.date, language), localize(artifact.creator, language)].filter(Boolean).join(' · '),
      localize(artifact.medium, language),
    ]
    const body = localize(artifact.description, language)
    const hint = placement && placement.mount !== 'wall' ? t('xr.grabHint') : null
    const counter = t('inspect.counter', { index: index + 1, total })
    const file = artifact.assets.thumbnail ?? artifact.assets.image
    const image = file ? loadTexture(resolveAsset(manifestUrl, file)) : Promise.resolve(null)
    Promise.all([image, fontsFor([title, ...meta, body, hint ?? '', counter].join(''))]).then(([texture]) => {
      if (cancelled) return
      const img = (texture?.image ?? null) as (CanvasImageSource & { width: number; height: number }) | null
      const canvas = document.createElement('canvas')
      const height = drawPanel(canvas, {
        title,
        meta,
        body,
        image: img && img.width > 0 ? img : null,
        imageAspect: img && img.height > 0 ? img.width / img.height : 1,
        hint,
        counter,
      })
      setBuilt({ artifactId: artifact.id, language, texture: canvasTexture(canvas), height })
    })
    return () => {
      cancelled = true
    }
  }, [inspecting, language, manifest, layout, manifestUrl])

  useEffect(() => () => built?.texture.dispose(), [built])

  const buttons = useMemo(() => {
    const canvas = document.createElement('canvas')
    const t = i18n.getFixedT(language)
    const labels: [string, string, string] = [`◀  ${t('inspect.previous')}`, `✕  ${t('inspect.close')}`, `${t('inspect.next')}  ▶`]
    drawButtons(canvas, labels)
    const texture = canvasTexture(canvas)
    // The three buttons are one mesh (one draw call): quads side by side, each showing its third
    // of the label atlas; a ray's hit says which by its texture coordinate.
    const quads = CONTROLS.map((_, i) => {
      const g = new THREE.PlaneGeometry(BUTTON_SIZE[0], BUTTON_SIZE[1])
      const uv = g.getAttribute('uv') as THREE.BufferAttribute
      for (let k = 0; k < uv.count; k++) uv.setX(k, (i + uv.getX(k)) / 3)
      g.translate((i - 1) * (BUTTON_SIZE[0] + BUTTON_GAP), 0, 0)
      g.setAttribute('color', new THREE.Float32BufferAttribute(new Array(uv.count * 3).fill(1), 3))
      return g
    })
    const geometry = mergeGeometries(quads)!
    quads.forEach((q) => q.dispose())
    const material = new THREE.MeshBasicMaterial({ map: texture, toneMapped: false, vertexColors: true })
    // Fonts may still be arriving: redraw once they are, so the labels use them.
    void fontsFor(labels.join('')).then(() => {
      drawButtons(canvas, labels)
      texture.needsUpdate = true
    })
    return { texture, geometry, material }
  }, [language])
  useEffect(
    () => () => {
      buttons.texture.dispose()
      buttons.geometry.dispose()
      buttons.material.dispose()
    },
    [buttons],
  )

  const shown = built && built.artifactId === inspecting ? built : null
  let spot: PanelSpot | null = null
  if (shown) {
    if (spotFor.current?.artifactId !== shown.artifactId) {
      const placement = layout.placements.find((p) => p.artifactId === shown.artifactId)
      const head: Vec3 = headOverride ?? xrRuntime.head ?? [0, EYE_HEIGHT, 0]
      headOverride = null
      spotFor.current = {
        artifactId: shown.artifactId,
        spot: placement
          ? placePanel(layout, head, { position: placement.position, width: placement.size[0] }, { width: PANEL_WIDTH, height: shown.height })
          : { position: [head[0], head[1] - 0.1, head[2] - 1], yaw: 0, side: 'front' },
      }
    }
    spot = spotFor.current.spot
  }

  const width = PANEL_WIDTH
  const height = shown?.height ?? 0
  const rowY = -height / 2 - BUTTON_DROP - BUTTON_SIZE[1] / 2
  const offsets: Record<Control, [number, number]> = {
    previous: [-(BUTTON_SIZE[0] + BUTTON_GAP), rowY],
    close: [0, rowY],
    next: [BUTTON_SIZE[0] + BUTTON_GAP, rowY],
  }

  useEffect(() => {
    if (!shown || !spot) {
      current = null
      return
    }
    const world = (x: number, y: number, z = BUTTON_FORWARD): Vec3 => {
      const [dx, dz] = rotateXZ(x, z, spot.yaw)
      return [spot.position[0] + dx, spot.position[1] + y, spot.position[2] + dz]
    }
    current = {
      artifactId: shown.artifactId,
      language: shown.language,
      position: [...spot.position],
      yaw: spot.yaw,
      size: [width, height],
      controls: {
        previous: world(...offsets.previous),
        close: world(...offsets.close),
        next: world(...offsets.next),
      },
    }
    return () => {
      current = null
    }
  })

  if (!shown || !spot) return null

  const controlAt = (uv: THREE.Vector2 | undefined): Control | null => (uv ? (CONTROLS[Math.min(2, Math.max(0, Math.floor(uv.x * 3)))] ?? null) : null)
  const act = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation()
    const control = controlAt(e.uv)
    if (!control) return
    const s = galleryStore.getState()
    const artifact = manifest.artifacts.find((a) => a.id === shown.artifactId)
    if (control === 'close' || !artifact) {
      s.closeInspect()
      return
    }
    const { previous, next } = roomSequence(manifest.artifacts, artifact)
    const other = control === 'previous' ? previous : next
    const placement = layout.placements.find((p) => p.artifactId === other.id)
    if (placement) {
      // Like the desktop panel: step in front of the other work (the view blinks), panel beside it.
      headOverride = [placement.viewpoint.position[0], xrRuntime.head?.[1] ?? EYE_HEIGHT, placement.viewpoint.position[1]]
      void placeVisitor(placement.viewpoint.position, placement.viewpoint.yaw, { instant: true })
    }
    galleryStore.setState({ inspecting: other.id })
  }
  const hover = (control: Control | null) => {
    const colors = buttons.geometry.getAttribute('color') as THREE.BufferAttribute
    const perQuad = colors.count / CONTROLS.length
    CONTROLS.forEach((c, i) => {
      const tint = c === control ? [1, 0.9, 0.62] : [1, 1, 1]
      for (let k = 0; k < perQuad; k++) colors.setXYZ(i * perQuad + k, tint[0]!, tint[1]!, tint[2]!)
    })
    colors.needsUpdate = true
  }

  return (
    <group name="xr-panel" position={spot.position} rotation-y={spot.yaw}>
      <mesh
        name="xr-panel:page"
        // The page catches rays (with no handler of its own) so they do not click the work behind it.
        onUpdate={(m) => ((m as THREE.Mesh & { pointerEvents?: string }).pointerEvents = 'auto')}
      >
        <planeGeometry args={[width, height]} />
        <meshBasicMaterial map={shown.texture} toneMapped={false} />
      </mesh>
      <mesh
        name="xr-panel:buttons"
        position={[0, rowY, BUTTON_FORWARD]}
        geometry={buttons.geometry}
        material={buttons.material}
        onClick={act}
        onPointerMove={(e) => hover(controlAt(e.uv))}
        onPointerOut={() => hover(null)}
      />
    </group>
  )
}
