import { useEffect, useMemo, useState } from 'react'
import * as THREE from 'three'
import type { ThreeEvent } from '@react-three/fiber'
import type { ArtifactPlacement, RoomLayout } from '../layout/types'
import type { Artifact } from '../manifest/schema'
import { resolveAsset } from '../manifest/assets'
import { formatDating, i18n, localize } from '../i18n'
import { useGallery } from '../store/useGallery'
import { galleryStore } from '../store/galleryStore'
import { merge } from './architecture'
import { mergeModel } from './mergeModel'
import { FRAME_MATERIALS, frameFor, frameMargin, type FrameMaterial } from './frames'
import { loadModel, loadTexture } from './assetLoader'
import { canvasTexture, drawLabel, drawPlaceholder, fontsFor } from './textCanvas'

/** Marks meshes that stand for an artifact, for picking and for the automation API. */
export const ARTIFACT = 'artifact'

const LABEL_W = 0.34
const LABEL_H = 0.1
const CLICK_SLOP_PX = 6

interface Work {
  placement: ArtifactPlacement
  artifact: Artifact
}

/**
 * Every work of one room: the works themselves, their frames merged per material, their stands,
 * and all their labels drawn into one atlas, so a room's collection costs a few draw calls plus
 * one per work.
 */
export function RoomWorks({ room, works }: { room: RoomLayout; works: Work[] }) {
  return (
    <group name={`works:${room.id}`}>
      {works.map((w) =>
        w.placement.mount === 'wall' ? <WallWork key={w.artifact.id} {...w} /> : <FloorWork key={w.artifact.id} {...w} />,
      )}
      <Frames works={works} />
      <Stands works={works} />
      <Labels works={works} />
    </group>
  )
}

function placeMatrix(p: ArtifactPlacement): THREE.Matrix4 {
  return new THREE.Matrix4().compose(
    new THREE.Vector3(...p.position),
    new THREE.Quaternion().setFromAxisAngle(new THREE.Vector3(0, 1, 0), p.yaw),
    new THREE.Vector3(1, 1, 1),
  )
}

function Frames({ works }: { works: Work[] }) {
  const merged = useMemo(() => {
    const byMaterial = new Map<FrameMaterial, THREE.BufferGeometry[]>()
    for (const { placement, artifact } of works) {
      if (placement.mount !== 'wall') continue
      for (const part of frameFor(artifact.kind, placement.size[0], placement.size[1])) {
        part.geometry.applyMatrix4(placeMatrix(placement))
        byMaterial.set(part.material, [...(byMaterial.get(part.material) ?? []), part.geometry])
      }
    }
    return [...byMaterial].map(([material, parts]) => ({ material, geometry: merge(parts) }))
  }, [works])
  useEffect(() => () => merged.forEach((m) => m.geometry.dispose()), [merged])
  return (
    <>
      {merged.map((m) => (
        <mesh key={m.material} geometry={m.geometry} material={FRAME_MATERIALS[m.material]} />
      ))}
    </>
  )
}

const STAND_MATERIAL = new THREE.MeshStandardMaterial({ color: '#3e2a1a', roughness: 0.5 })
const PLINTH_MATERIAL = new THREE.MeshStandardMaterial({ color: '#e6e0d4', roughness: 0.45 })
const GLASS_MATERIAL = new THREE.MeshStandardMaterial({
  color: '#dfeef0',
  transparent: true,
  opacity: 0.14,
  roughness: 0.05,
  metalness: 0.1,
  depthWrite: false,
})

/** Plinths (painted, like stone) and vitrines (an oak cabinet under a glass hood). */
function Stands({ works }: { works: Work[] }) {
  const meshes = useMemo(() => {
    const plinths: THREE.BufferGeometry[] = []
    const cabinets: THREE.BufferGeometry[] = []
    const glass: THREE.BufferGeometry[] = []
    for (const { placement } of works) {
      const stand = placement.stand
      if (!stand) continue
      const [x, z] = stand.center
      const [sw, sd] = stand.size
      if (placement.mount === 'vitrine') {
        const body = new THREE.BoxGeometry(sw, stand.height, sd)
        body.translate(x, stand.height / 2, z)
        const lip = new THREE.BoxGeometry(sw + 0.04, 0.04, sd + 0.04)
        lip.translate(x, stand.height - 0.02, z)
        cabinets.push(body, lip)
        // A flat work lies face up, so its height above the cabinet is its depth.
        const hood = Math.max(0.3, (placement.flat ? placement.size[2] : placement.size[1]) + 0.12)
        const g = new THREE.BoxGeometry(sw - 0.02, hood, sd - 0.02)
        g.translate(x, stand.height + hood / 2, z)
        glass.push(g)
      } else {
        const body = new THREE.BoxGeometry(sw, stand.height, sd)
        body.translate(x, stand.height / 2, z)
        const cap = new THREE.BoxGeometry(sw + 0.05, 0.04, sd + 0.05)
        cap.translate(x, stand.height - 0.02, z)
        const foot = new THREE.BoxGeometry(sw + 0.06, 0.08, sd + 0.06)
        foot.translate(x, 0.04, z)
        plinths.push(body, cap, foot)
      }
    }
    return {
      plinths: plinths.length ? merge(plinths) : null,
      cabinets: cabinets.length ? merge(cabinets) : null,
      glass: glass.length ? merge(glass) : null,
    }
  }, [works])
  useEffect(() => () => Object.values(meshes).forEach((g) => g?.dispose()), [meshes])
  return (
    <>
      {meshes.plinths && <mesh geometry={meshes.plinths} material={PLINTH_MATERIAL} />}
      {meshes.cabinets && <mesh geometry={meshes.cabinets} material={STAND_MATERIAL} />}
      {/* Glass must not catch clicks meant for the work inside it. */}
      {meshes.glass && <mesh geometry={meshes.glass} material={GLASS_MATERIAL} raycast={() => null} renderOrder={2} />}
    </>
  )
}

/** Where a work's label goes, in world space, with the yaw it faces. */
function labelSpot(work: Work, all: Work[]): { position: THREE.Vector3; yaw: number } {
  const p = work.placement
  const [w, h] = p.size
  const yaw = p.yaw
  const right = new THREE.Vector3(Math.cos(yaw), 0, -Math.sin(yaw))
  const out = new THREE.Vector3(Math.sin(yaw), 0, Math.cos(yaw))
  const centre = new THREE.Vector3(...p.position)
  if (p.mount !== 'wall' && p.stand) {
    // On the front edge of the stand, facing the corridor.
    const [sx, sz] = p.stand.center
    const half = p.stand.size[1] / 2
    return { position: new THREE.Vector3(sx, p.stand.height - 0.12, sz).addScaledVector(out, half + 0.006), yaw }
  }
  const margin = frameMargin(work.artifact.kind, w, h)
  const neighbours = all.filter((o) => o !== work && o.placement.mount === 'wall' && o.placement.wall === p.wall)
  const clear = (along: number) =>
    neighbours.every((o) => {
      const d = new THREE.Vector3(...o.placement.position).sub(centre).dot(right)
      return Math.abs(d - along) > o.placement.size[0] / 2 + frameMargin(o.artifact.kind, o.placement.size[0], o.placement.size[1]) + LABEL_W / 2 + 0.03
    })
  const height = Math.min(1.35, p.position[1])
  const side = w / 2 + margin + 0.08 + LABEL_W / 2
  const base = centre.clone().setY(height).addScaledVector(out, 0.01)
  if (clear(side)) return { position: base.addScaledVector(right, side), yaw }
  if (clear(-side)) return { position: base.addScaledVector(right, -side), yaw }
  const below = p.position[1] - h / 2 - margin - 0.06 - LABEL_H / 2
  return { position: centre.clone().setY(Math.max(0.45, below)).addScaledVector(out, 0.01).addScaledVector(right, -w / 2 + LABEL_W / 2), yaw }
}

/** All labels of a room in one canvas atlas and one mesh. */
function Labels({ works }: { works: Work[] }) {
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
        quad.translate(spot.position.x, spot.position.y, spot.position.z)
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

/** Pointer handlers shared by every kind of work: hover highlights, a click (not a drag) inspects. */
function useWorkPointer(id: string) {
  return useMemo(
    () => ({
      onPointerOver: (e: ThreeEvent<PointerEvent>) => {
        e.stopPropagation()
        galleryStore.getState().setHovered(id)
      },
      onPointerOut: () => {
        if (galleryStore.getState().hovered === id) galleryStore.getState().setHovered(null)
      },
      onClick: (e: ThreeEvent<MouseEvent>) => {
        const s = galleryStore.getState()
        // A VR ray's click: no screen drag to rule out (its events throw on `delta`); the panel opens in the world, mode stays 'xr'.
        if (s.mode === 'xr') {
          e.stopPropagation()
          galleryStore.setState({ inspecting: id })
          return
        }
        if (e.delta > CLICK_SLOP_PX) return
        e.stopPropagation()
        if (s.mode === 'walk') s.inspect(id)
      },
    }),
    [id],
  )
}

function placeholderTexture(artifact: Artifact, file: string, aspect: number): THREE.CanvasTexture {
  const canvas = document.createElement('canvas')
  canvas.width = 512
  canvas.height = Math.max(128, Math.round(512 / aspect))
  drawPlaceholder(canvas, localize(artifact.title, galleryStore.getState().language), i18n.t('placeholder.missingAsset', { file }))
  return canvasTexture(canvas)
}

function WallWork({ placement, artifact }: Work) {
  const manifestUrl = useGallery((s) => s.manifestUrl)
  const hovered = useGallery((s) => s.hovered === artifact.id || s.inspecting === artifact.id)
  const pointer = useWorkPointer(artifact.id)
  const [w, h] = placement.size
  const file = artifact.assets.image ?? artifact.assets.model ?? ''
  const [texture, setTexture] = useState<{ map: THREE.Texture; placeholder: boolean } | null>(null)
  useEffect(() => {
    let cancelled = false
    const done = (map: THREE.Texture | null) => {
      if (cancelled) return
      if (map) return setTexture({ map, placeholder: false })
      galleryStore.getState().addAssetWarning({ artifactId: artifact.id, file, kind: 'image' })
      setTexture({ map: placeholderTexture(artifact, file, w / h), placeholder: true })
    }
    if (artifact.assets.image) loadTexture(resolveAsset(manifestUrl, artifact.assets.image)).then(done)
    else done(null)
    return () => {
      cancelled = true
    }
  }, [artifact, manifestUrl, file, w, h])
  // Free the GPU copy when the room leaves view: the cached Texture keeps its image and is re-uploaded if seen again.
  useEffect(() => () => texture?.map.dispose(), [texture])
  return (
    <mesh
      position={placement.position}
      rotation-y={placement.yaw}
      userData={{ kind: ARTIFACT, id: artifact.id, placeholder: texture?.placeholder ?? false, loaded: texture !== null }}
      name={`artifact:${artifact.id}`}
      {...pointer}
    >
      <planeGeometry args={[w, h]} />
      {/* Keyed on the texture: three compiles a material with or without a map, so swapping one in needs a new material. */}
      <meshStandardMaterial
        key={texture?.map.uuid ?? 'loading'}
        map={texture?.map ?? null}
        color={texture ? '#ffffff' : '#cfc6b4'}
        roughness={artifact.kind === 'painting' ? 0.7 : 0.85}
        emissive={hovered ? '#3a2a08' : '#000000'}
      />
    </mesh>
  )
}

/** A 3D object (or book) on its stand, scaled to its catalogued size; a labelled box if its model will not load. */
function FloorWork({ placement, artifact }: Work) {
  const manifestUrl = useGallery((s) => s.manifestUrl)
  const hovered = useGallery((s) => s.hovered === artifact.id || s.inspecting === artifact.id)
  const pointer = useWorkPointer(artifact.id)
  const [object, setObject] = useState<{ node: THREE.Object3D; placeholder: boolean } | null>(null)
  const [w, h, d] = placement.size
  useEffect(() => {
    let cancelled = false
    const file = artifact.assets.model ?? artifact.assets.image ?? ''
    const fallback = () => {
      galleryStore.getState().addAssetWarning({ artifactId: artifact.id, file, kind: artifact.assets.model ? 'model' : 'image' })
      const box = new THREE.Mesh(
        new THREE.BoxGeometry(w, h, Math.max(d, 0.02)),
        new THREE.MeshStandardMaterial({ map: placeholderTexture(artifact, file, w / h) }),
      )
      return { node: box, placeholder: true }
    }
    const show = (node: THREE.Object3D | null) => {
      if (!cancelled) setObject(node ? { node, placeholder: false } : fallback())
    }
    if (artifact.assets.model) {
      loadModel(resolveAsset(manifestUrl, artifact.assets.model)).then((gltf) => show(gltf ? fitted(gltf.scene.clone(true), w, h, d) : null))
    } else if (artifact.assets.image) {
      // A book catalogued with only a cover image: a board of its size with the cover on top.
      loadTexture(resolveAsset(manifestUrl, artifact.assets.image)).then((map) => {
        if (!map) return show(null)
        const mesh = new THREE.Mesh(new THREE.BoxGeometry(w, h, Math.max(d, 0.02)), new THREE.MeshStandardMaterial({ map }))
        show(mesh)
      })
    } else show(null)
    return () => {
      cancelled = true
    }
  }, [artifact, manifestUrl, w, h, d])
  useEffect(() => {
    object?.node.traverse((o) => {
      const m = (o as THREE.Mesh).material as THREE.MeshStandardMaterial | undefined
      if (m && 'emissive' in m) m.emissive.set(hovered ? '#2a1e06' : '#000000')
    })
  }, [object, hovered])
  useEffect(
    () => () => {
      if (object) release(object.node)
    },
    [object],
  )
  return (
    <group
      position={placement.position}
      rotation-y={placement.yaw}
      userData={{ kind: ARTIFACT, id: artifact.id, placeholder: object?.placeholder ?? false, loaded: object !== null }}
      name={`artifact:${artifact.id}`}
      {...pointer}
    >
      {/* Books and papers in vitrines lie face up: their front turns to the sky. */}
      <group rotation-x={placement.flat ? -Math.PI / 2 : 0}>{object && <primitive object={object.node} />}</group>
    </group>
  )
}

/** Frees a work's GPU resources when it leaves view; shared geometry and textures re-upload on their next use. */
function release(node: THREE.Object3D): void {
  node.traverse((o) => {
    const mesh = o as THREE.Mesh
    if (!mesh.isMesh) return
    mesh.geometry.dispose()
    for (const m of Array.isArray(mesh.material) ? mesh.material : [mesh.material]) {
      for (const value of Object.values(m)) if (value instanceof THREE.Texture) value.dispose()
      m.dispose()
    }
  })
}

/** Scales and centres a model so its bounds match the catalogued size, whatever units it was authored in. */
function fitted(model: THREE.Object3D, w: number, h: number, d: number): THREE.Object3D {
  let node = model
  node.traverse((o) => {
    const mesh = o as THREE.Mesh
    if (mesh.isMesh) {
      // Own materials per instance so hover highlighting one copy leaves the cache untouched.
      mesh.material = Array.isArray(mesh.material) ? mesh.material.map((m) => m.clone()) : mesh.material.clone()
    }
  })
  node = mergeModel(node)
  const box = new THREE.Box3().setFromObject(node)
  const size = box.getSize(new THREE.Vector3())
  const scale = Math.min(w / Math.max(size.x, 1e-6), h / Math.max(size.y, 1e-6), (d > 0 ? d : h) / Math.max(size.z, 1e-6))
  const wrapper = new THREE.Group()
  node.scale.setScalar(scale)
  const centre = box.getCenter(new THREE.Vector3()).multiplyScalar(scale)
  node.position.set(-centre.x, -centre.y, -centre.z)
  wrapper.add(node)
  return wrapper
}
