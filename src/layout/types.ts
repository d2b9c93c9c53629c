/**
 * What the layout computes from a manifest: plain data in metres, world axes as in three.js
 * (y up, the floor at y = 0, "north" is -z, "east" is +x). No three.js, no React.
 */
import type { Mount, WallSide } from '../manifest/schema'

export type Vec2 = [number, number]
export type Vec3 = [number, number, number]

export interface Bounds2 {
  min: Vec2
  max: Vec2
}

export interface Doorway {
  id: string
  /** The two rooms it joins, in manifest order. */
  rooms: [string, string]
  /** Centre of the opening on the floor (x, z). */
  center: Vec2
  /** The wall plane it sits in: 'x' when the wall runs along x (a north/south wall). */
  axis: 'x' | 'z'
  width: number
  height: number
}

/** A solid stretch of wall, for rendering (with its height) and for collision (as a segment). */
export interface WallPiece {
  roomId: string
  side: WallSide
  a: Vec2
  b: Vec2
  /** Bottom and top of this piece; a lintel above a doorway has bottom > 0. */
  bottom: number
  top: number
  /** Unit normal pointing into the room (x, z). */
  normal: Vec2
}

export interface RoomLayout {
  id: string
  index: number
  bounds: Bounds2
  center: Vec2
  width: number
  depth: number
  height: number
  doorways: Doorway[]
  walls: WallPiece[]
  /** Where a visitor arriving in this room stands and which way they face. */
  entry: { position: Vec2; yaw: number }
  /**
   * Light fittings the layout places besides the ceiling fixtures (picture lights over wall works,
   * spots on vitrines). The lightmap baker lights the room with these too, so adding one just
   * means rebaking (`npm run assets`).
   */
  lights?: PlacedLight[]
}

/** A small light the layout places: a picture light or spot at `position`, aimed at `target`. */
export interface PlacedLight {
  kind: 'picture' | 'spot'
  position: Vec3
  target: Vec3
  /** Half-angle of the beam in radians (default 0.6). */
  angle?: number
  /** Relative strength (default 1: a picture light over a 1 m work). */
  intensity?: number
}

export interface ArtifactPlacement {
  artifactId: string
  roomId: string
  mount: Mount
  /** Wall the work hangs on (wall mounts only). */
  wall?: WallSide
  /** Centre of the work itself, in world metres. For floor mounts, the centre of the work above its stand. */
  position: Vec3
  /** Rotation about y so the work's front (+z in its own frame) faces the visitor. */
  yaw: number
  /** Size of the work in metres (width, height, depth). */
  size: Vec3
  /** Footprint of the stand (plinth or vitrine) on the floor, for rendering and collision; absent for wall mounts. */
  stand?: { center: Vec2; size: Vec2; height: number }
  /**
   * The work lies face up on its vitrine (books, papers): after `yaw`, tilt it by -π/2 about its
   * own x axis (three.js Euler order 'YXZ') so its front (+z) looks up and its top edge points away
   * from the viewpoint. `size` stays (width, height, depth) in the work's own frame.
   */
  flat?: boolean
  /** Where to stand to look at it, and the yaw that faces it. */
  viewpoint: { position: Vec2; yaw: number }
}

/** An axis-aligned box on the floor that the visitor may not enter (plinths, vitrines). */
export interface Obstacle {
  min: Vec2
  max: Vec2
}

export interface GalleryLayout {
  rooms: RoomLayout[]
  doorways: Doorway[]
  placements: ArtifactPlacement[]
  /** Every solid wall stretch of every room (the walls of both rooms at a doorway included). */
  walls: WallPiece[]
  obstacles: Obstacle[]
  bounds: Bounds2
}

/** Yaw convention: 0 looks toward -z (north); positive yaw turns left (counter-clockwise seen from above), as three.js rotation.y. */
export const EYE_HEIGHT = 1.6
export const VISITOR_RADIUS = 0.3
