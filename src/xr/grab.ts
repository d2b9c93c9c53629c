/**
 * Picking up 3D works: squeeze the grip with the controller at a work (or with its ray on it, and
 * the work flies to the hand), turn it in the hand, let go and it glides back onto its stand.
 * Works directly on the scene's `artifact:<id>` groups; wall works cannot be taken down.
 */
import * as THREE from 'three'
import type { GalleryLayout, Vec3 } from '../layout/types'
import { ARCHITECTURE } from '../scene/picking'
import { createSlot } from '../store/slot'
import { xrRuntime } from './xrRuntime'

/** How close (metres) the grip must be to a work's bounds to take it directly. */
export const GRAB_REACH = 0.08
/** How far a ray may reach to pull a work to the hand. */
export const GRAB_RAY_REACH = 8
/** Seconds a released work takes to glide back to its stand. */
export const RETURN_SECONDS = 0.45

interface Held {
  id: string
  node: THREE.Object3D
  /** The node's transform relative to the grip, fixed at the moment of grabbing. */
  offset: THREE.Matrix4
}

interface Home {
  position: THREE.Vector3
  quaternion: THREE.Quaternion
  scale: THREE.Vector3
}

interface Returning {
  node: THREE.Object3D
  from: Home
  t: number
}

export interface GripPose {
  position: Vec3
  quaternion: [number, number, number, number]
}

const m = new THREE.Matrix4()
const gripMatrix = new THREE.Matrix4()
const box = new THREE.Box3()
const v = new THREE.Vector3()
const raycaster = new THREE.Raycaster()

function gripToMatrix(grip: GripPose, target: THREE.Matrix4): THREE.Matrix4 {
  return target.compose(new THREE.Vector3(...grip.position), new THREE.Quaternion(...grip.quaternion), new THREE.Vector3(1, 1, 1))
}

export class Grabber {
  private readonly held = new Map<unknown, Held>()
  private readonly homes = new Map<THREE.Object3D, Home>()
  private readonly returning: Returning[] = []

  constructor(
    private readonly scene: THREE.Object3D,
    private readonly layout: GalleryLayout,
  ) {}

  /** The works that can be picked up and are in the scene now (rooms in view). */
  private candidates(): Array<{ id: string; node: THREE.Object3D }> {
    const out: Array<{ id: string; node: THREE.Object3D }> = []
    for (const p of this.layout.placements) {
      if (p.mount === 'wall') continue
      const node = this.scene.getObjectByName(`artifact:${p.artifactId}`)
      if (node && node.userData.loaded !== false) out.push({ id: p.artifactId, node })
    }
    return out
  }

  /** Squeeze pressed on `hand`: takes the work at the grip, else the one its ray points at. */
  grab(hand: unknown, grip: GripPose, ray: { origin: Vec3; direction: Vec3 } | null): string | null {
    if (this.held.has(hand)) return this.held.get(hand)!.id
    const taken = new Set([...this.held.values()].map((h) => h.node))
    const candidates = this.candidates().filter((c) => !taken.has(c.node))
    const gripPoint = new THREE.Vector3(...grip.position)
    let chosen: { id: string; node: THREE.Object3D } | null = null
    let pull = false
    let best = GRAB_REACH
    for (const c of candidates) {
      c.node.updateWorldMatrix(true, true)
      const d = box.setFromObject(c.node).distanceToPoint(gripPoint)
      if (d <= best) {
        best = d
        chosen = c
      }
    }
    if (!chosen && ray) {
      raycaster.set(new THREE.Vector3(...ray.origin), new THREE.Vector3(...ray.direction).normalize())
      raycaster.far = GRAB_RAY_REACH
      const walls: THREE.Object3D[] = []
      this.scene.traverse((o) => {
        if ((o as THREE.Mesh).isMesh && o.userData.kind === ARCHITECTURE && !o.userData.floor) walls.push(o)
      })
      const hits = raycaster.intersectObjects([...candidates.map((c) => c.node), ...walls], true)
      for (const hit of hits) {
        let o: THREE.Object3D | null = hit.object
        while (o && !candidates.some((c) => c.node === o)) o = o.parent
        if (!o) break // a wall came first
        chosen = candidates.find((c) => c.node === o) ?? null
        pull = true
        break
      }
    }
    if (!chosen) return null
    const { node, id } = chosen
    const returning = this.returning.findIndex((r) => r.node === node)
    if (returning >= 0) this.returning.splice(returning, 1)
    if (!this.homes.has(node)) {
      this.homes.set(node, { position: node.position.clone(), quaternion: node.quaternion.clone(), scale: node.scale.clone() })
    }
    node.updateWorldMatrix(true, true)
    const world = node.matrixWorld.clone()
    if (pull) {
      // Brought to the hand: its middle sits in the palm, it keeps the way it was turned.
      box.setFromObject(node).getCenter(v)
      world.premultiply(m.makeTranslation(grip.position[0] - v.x, grip.position[1] - v.y, grip.position[2] - v.z))
    }
    const offset = gripToMatrix(grip, new THREE.Matrix4()).invert().multiply(world)
    this.held.set(hand, { id, node, offset })
    return id
  }

  /** Squeeze let go: the work glides home. */
  release(hand: unknown): void {
    const held = this.held.get(hand)
    if (!held) return
    this.held.delete(hand)
    const { node } = held
    this.returning.push({ node, from: { position: node.position.clone(), quaternion: node.quaternion.clone(), scale: node.scale.clone() }, t: 0 })
  }

  /** Every frame: held works follow their grips, released ones move home. */
  update(dt: number, grips: Map<unknown, GripPose>): void {
    for (const [hand, held] of this.held) {
      const grip = grips.get(hand)
      if (!grip) {
        this.release(hand)
        continue
      }
      const parent = held.node.parent
      if (!parent) {
        this.held.delete(hand)
        continue
      }
      const world = gripToMatrix(grip, gripMatrix).multiply(held.offset)
      parent.updateWorldMatrix(true, false)
      m.copy(parent.matrixWorld).invert().multiply(world)
      m.decompose(held.node.position, held.node.quaternion, held.node.scale)
    }
    for (let i = this.returning.length - 1; i >= 0; i--) {
      const r = this.returning[i]!
      const home = this.homes.get(r.node)
      r.t = Math.min(1, r.t + dt / RETURN_SECONDS)
      if (!home) {
        this.returning.splice(i, 1)
        continue
      }
      const k = r.t * r.t * (3 - 2 * r.t)
      r.node.position.lerpVectors(r.from.position, home.position, k)
      r.node.quaternion.slerpQuaternions(r.from.quaternion, home.quaternion, k)
      r.node.scale.lerpVectors(r.from.scale, home.scale, k)
      if (r.t >= 1) {
        r.node.position.copy(home.position)
        r.node.quaternion.copy(home.quaternion)
        r.node.scale.copy(home.scale)
        this.returning.splice(i, 1)
      }
    }
  }

  /** Puts everything back at once (leaving VR). */
  reset(): void {
    for (const hand of [...this.held.keys()]) this.release(hand)
    for (const r of this.returning) {
      const home = this.homes.get(r.node)
      if (!home) continue
      r.node.position.copy(home.position)
      r.node.quaternion.copy(home.quaternion)
      r.node.scale.copy(home.scale)
    }
    this.returning.length = 0
  }

  /** Every work that can be picked up and is in the scene, where it is now (world), and whether it is on its way home. */
  works(): Array<{ id: string; position: Vec3; held: boolean; returning: boolean }> {
    const held = new Set([...this.held.values()].map((h) => h.node))
    const returning = new Set(this.returning.map((r) => r.node))
    return this.candidates().map(({ id, node }) => {
      node.getWorldPosition(v)
      return { id, position: [v.x, v.y, v.z], held: held.has(node), returning: returning.has(node) }
    })
  }

  /** The first work held now, with its world position. */
  current(): { id: string; position: Vec3 } | null {
    for (const held of this.held.values()) {
      held.node.getWorldPosition(v)
      return { id: held.id, position: [v.x, v.y, v.z] }
    }
    return null
  }
}

/** The grabber of the scene in VR now (XRDriver fills it while mounted). */
export const grabberSlot = createSlot<Grabber>()

/** Releases what is held and returns the works to their stands (leaving VR). */
export function resetGrabs(): void {
  grabberSlot.get()?.reset()
  xrRuntime.grabbed = null
}

/** The works that can be picked up, where they are now, for the automation API. */
export function grabbableWorks(): Array<{ id: string; position: Vec3; held: boolean; returning: boolean }> {
  return grabberSlot.get()?.works() ?? []
}

/** The first held work, for the automation API. */
export function heldWork(): { id: string; position: Vec3 } | null {
  return grabberSlot.get()?.current() ?? null
}
