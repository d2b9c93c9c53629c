/**
 * One prefiltered environment (PMREM) per room, made on the device at load from a tiny scene in
 * the room's own colours - walls, floor, ceiling and glowing panels where its fixtures are - so
 * glass, gilt, brass and polished floors reflect something like the room they stand in. Nothing
 * is downloaded, and a reflection costs no extra draw call (no MeshReflectorMaterial).
 */
import { useEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import { useStore } from 'zustand'
import * as THREE from 'three'
import { LightProbeGenerator } from 'three/examples/jsm/lights/LightProbeGenerator.js'
import { contextLoss } from './contextLoss'
import type { Theme } from '../manifest/schema'
import { MOODS } from './moods'
import { ENVIRONMENT_INTENSITY, reflectEnvironment } from './reflections'

/**
 * The maps of the rooms in view (each mounted room asks for its own; the scene uses the current
 * one's), freed with their GPU memory when no room in view uses them: crossing a doorway never
 * waits for a map (the next room's was made when its doorway came into view), and a long visit
 * holds on the GPU what its first minute did.
 */
/** The environment map's face size, in texels. */
const ENVIRONMENT_SIZE = 64

const made = new Map<string, { target: THREE.WebGLRenderTarget; users: number }>()

function environmentScene(theme: Theme): THREE.Scene {
  const mood = MOODS[theme.lighting]
  const scene = new THREE.Scene()
  const box = new THREE.BoxGeometry(1, 1, 1)
  const side = (color: string, strength: number) => new THREE.MeshBasicMaterial({ color: new THREE.Color(color).multiplyScalar(strength), side: THREE.BackSide })
  // A room about 14 x 10 x 5 m seen from eye height: dim walls, a darker floor, the ceiling.
  const room = new THREE.Mesh(box, [side(theme.palette.wall, 0.5), side(theme.palette.wall, 0.5), side(theme.palette.ceiling, 0.6), side(theme.palette.floor, 0.3), side(theme.palette.wall, 0.45), side(theme.palette.wall, 0.45)])
  room.scale.set(14, 5, 10)
  room.position.y = 0.9
  scene.add(room)
  // The fixtures: bright panels overhead, so reflections carry highlights that move as one walks.
  const glow = new THREE.MeshBasicMaterial({ color: new THREE.Color(mood.fixture).multiplyScalar(mood.fixtures === 'skylight' ? 6 : 9) })
  const spots = mood.fixtures === 'skylight' ? [[0, 0]] : [[-4, 0], [0, 0], [4, 0]]
  for (const [x, z] of spots) {
    const panel = new THREE.Mesh(new THREE.PlaneGeometry(mood.fixtures === 'skylight' ? 8 : 1.2, mood.fixtures === 'skylight' ? 5 : 1.2), glow)
    panel.rotation.x = Math.PI / 2
    panel.position.set(x!, 3.2, z!)
    scene.add(panel)
  }
  return scene
}

/** Each environment map's diffuse light, as spherical harmonics read back from the GPU. */
const diffuse = new WeakMap<THREE.Texture, Promise<THREE.SphericalHarmonics3 | null>>()

/** The environment maps are drawn on the GPU, so a lost context takes them with it. */
let madeAfterRestores = 0

/** The room's environment map, made when a room in view first asks for it (made again after the context was lost). */
export function useRoomEnvironment(roomId: string, theme: Theme): THREE.Texture | null {
  const gl = useThree((s) => s.gl)
  const restores = useStore(contextLoss, (s) => s.restores)
  const texture = useMemo(() => {
    if (restores !== madeAfterRestores) {
      for (const entry of made.values()) entry.target.dispose()
      made.clear()
      madeAfterRestores = restores
    }
    const cached = made.get(roomId)
    if (cached) return cached.target.texture
    const pmrem = new THREE.PMREMGenerator(gl)
    const scene = environmentScene(theme)
    // 64 px a face, not three's 256: a box room of flat colours and a few lamp panels holds no
    // detail finer than that, and each texel of the sharp levels is 256 GGX samples (at 256 px
    // a software-rendered device spent over a second a room here; 64 px is a sixteenth of it).
    const target = pmrem.fromScene(scene, 0.02, 0.1, 60, { size: ENVIRONMENT_SIZE })
    pmrem.dispose()
    // The same room seen from the same point, tiny and in half floats (the lamps' panels are far
    // brighter than 1), for the light probe's spherical harmonics.
    const cube = new THREE.WebGLCubeRenderTarget(16, { type: THREE.HalfFloatType })
    new THREE.CubeCamera(0.1, 60, cube).update(gl, scene)
    diffuse.set(
      target.texture,
      LightProbeGenerator.fromCubeRenderTarget(gl, cube)
        .then((probe) => probe.sh)
        // A device that cannot read half floats back keeps the probe dark: matte surfaces are then lit by the lamps alone.
        .catch(() => null)
        .finally(() => cube.dispose()),
    )
    scene.traverse((o) => {
      const mesh = o as THREE.Mesh
      if (mesh.isMesh) {
        mesh.geometry.dispose()
        for (const m of [mesh.material].flat()) m.dispose()
      }
    })
    made.set(roomId, { target, users: 0 })
    return target.texture
  }, [gl, roomId, theme, restores])
  useEffect(() => {
    const entry = made.get(roomId)
    if (!entry) return
    entry.users += 1
    return () => {
      entry.users -= 1
      // After this commit: a room remounted in it (a new key) has counted itself by then.
      queueMicrotask(() => {
        if (entry.users > 0 || made.get(roomId) !== entry) return
        entry.target.dispose()
        made.delete(roomId)
      })
    }
  }, [roomId, texture])
  return texture
}

/**
 * Puts the environment of the room the visitor is in on the reflective materials (gilt frames,
 * glass, brass: reflections.ts), and its diffuse light on every lit material as a light probe
 * (nine spherical-harmonic terms, no texture lookup), at a strength that leaves the works' own
 * light to the lamps.
 */
export function SceneEnvironment({ roomId, theme }: { roomId: string; theme: Theme }) {
  const scene = useThree((s) => s.scene)
  const invalidate = useThree((s) => s.invalidate)
  const texture = useRoomEnvironment(roomId, theme)
  // Always in the scene while mounted (the count of lights never changes, so no shader recompiles as the visitor walks).
  const probe = useMemo(() => new THREE.LightProbe(undefined, ENVIRONMENT_INTENSITY), [])
  useEffect(() => {
    scene.add(probe)
    return () => void scene.remove(probe)
  }, [scene, probe])
  useEffect(() => {
    // Changed outside React, so the canvas (drawn on demand) is asked for a frame each time.
    reflectEnvironment(texture)
    invalidate()
    let current = true
    void (texture && diffuse.get(texture))?.then((sh) => {
      if (!current || !sh) return
      probe.sh.copy(sh)
      invalidate()
    })
    return () => {
      current = false
    }
  }, [texture, probe, invalidate])
  return null
}
