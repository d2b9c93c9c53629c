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
  /** Wall graphics made for the exhibition (title wall, intro panel, mural, banners, slogan band). */
  graphics: WallGraphic[]
  /** Light fixtures the room's works and graphics are lit by (picture lights, spots, washes). */
  lights: RoomLight[]
}

/**
 * A wall graphic's place; what it shows comes from the manifest (the room's title, intro and
 * optional `graphics`): 'title' the chapter title over the far doorway (or centred on a wall
 * without one), 'intro' the room's text panel by the entrance, 'mural' an enlarged photograph,
 * 'banner' a tall slogan banner beside a doorway, 'band' a slogan band under the cornice.
 */
export interface WallGraphic {
  id: string
  kind: 'title' | 'intro' | 'mural' | 'banner' | 'band'
  wall: WallSide
  /** Centre of the graphic's face, a hair off the wall, in world metres. */
  position: Vec3
  /** Rotation about y so its face (+z in its own frame) looks into the room. */
  yaw: number
  /** Width and height in metres. */
  size: Vec2
  /** For banners: which one of a pair (0 left, 1 right as seen from inside), so each can carry its own script. */
  part?: number
}

/** A light fixture: a picture light over a wall work, a ceiling spot over a stand, or a wash over a graphic. */
export interface RoomLight {
  id: string
  kind: 'picture' | 'spot' | 'wash'
  /** Where the lamp is, in world metres. */
  position: Vec3
  /** The point it is aimed at. */
  target: Vec3
  /** The artifact or graphic it lights. */
  for: string
  /** Width of the lit face in metres (picture lights are made about as wide). */
  span: number
  /** Half-angle of the beam in radians (default 0.6). */
  angle?: number
  /** Relative strength (default 1: a picture light over a 1 m work). */
  intensity?: number
}

/** The lights the lightmap baker reads (`npm run assets` rebakes when they move). */
export type PlacedLight = RoomLight

/** Where a visitor stands to look at a work, how they look, and (only for works too small to frame by stepping closer) how far the view is zoomed. */
export interface Viewpoint {
  position: Vec2
  yaw: number
  /** Look down (negative) or up toward the work's centre, radians. */
  pitch: number
  /** Vertical field of view in degrees for this close-up, when it differs from CAMERA_FOV (leaning in to a small object). */
  fov?: number
  /** Height of the eye in metres when the visitor bends to a small work on a plinth, so they do not peer steeply down at it; EYE_HEIGHT when absent. */
  eyeHeight?: number
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
  /** Wall works hung together share a group id (and a centre line); a centrepiece hangs alone, centred on its wall. */
  group?: string
  centrepiece?: boolean
  /** The label: centre in world metres, size (width, height), facing as the work. */
  label: { position: Vec3; size: Vec2 }
  /** Where to stand to look at it, and the yaw that faces it. */
  viewpoint: Viewpoint
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
