/**
 * Every measurement the layout uses, in metres. Exported so the renderer can draw trim and
 * stands that agree with what the layout reserved for them.
 */

/** Doorway opening between adjacent rooms. */
export const DOORWAY_WIDTH = 1.8
export const DOORWAY_HEIGHT = 2.6
/** A doorway is kept this far below the lower ceiling of the two rooms, so a lintel always shows. */
export const DOORWAY_HEADROOM = 0.3

/** How far inside its west doorway a visitor arriving in a room stands. */
export const ENTRY_INSET = 1
/** The first room has no west doorway; the visitor starts this far from its west wall. */
export const FIRST_ENTRY_INSET = 1.5

/** Wall works hang with their centre at eye level unless told otherwise. */
export const WALL_WORK_CENTRE_HEIGHT = 1.55
/** The lowest a wall work's bottom edge may come, so it is not hidden by skirting or feet. */
export const WALL_WORK_MIN_BOTTOM = 0.4
/** Gap kept between a wall work's top edge and the ceiling (cornice). */
export const WALL_WORK_CEILING_GAP = 0.3
/** A work that would need to come closer than this to the floor is refused rather than hung. */
export const WALL_WORK_FLOOR_GAP = 0.05
/** Wall kept free next to each corner (corner pilasters). */
export const WALL_CORNER_MARGIN = 0.5
/** Wall kept free on each side of a doorway opening (architraves). */
export const DOORWAY_MARGIN = 0.4
/** Each work is counted as this much wider on each side, for its frame. */
export const FRAME_MARGIN = 0.08
/** The least gap between two frames on the same wall. */
export const WALL_WORK_GAP = 0.3
/** The back of a wall work stands this far off the wall. */
export const WALL_WORK_OFFSET = 0.05
/** Thickness assumed for flat works (paper, canvas) whose depth is not given. */
export const FLAT_WORK_DEPTH = 0.02
/** Depth assumed for books and objects whose depth is not given, as a share of their smaller side. */
export const OBJECT_DEPTH_RATIO = 0.3

/** Half the width of the free walking corridor along z = 0 that joins the doorways. */
export const CORRIDOR_HALF_WIDTH = 1.2
/** Stands keep this far from a wall that carries works, so those works can be seen. */
export const WALL_WORK_CLEARANCE = 1.2
/** Stands keep this far from a bare wall: the space behind is too narrow to enter anyway. */
export const BARE_WALL_STAND_GAP = 0.1
/** The least gap between two stands, so people can pass between them. */
export const STAND_GAP = 0.8

export const VITRINE_MARGIN = 0.25
export const VITRINE_MIN_WIDTH = 0.8
export const VITRINE_MIN_DEPTH = 0.6
export const VITRINE_HEIGHT = 0.9
export const PLINTH_MIN_SIDE = 0.45
export const PLINTH_MARGIN = 0.1
/** Plinth height is chosen so the object's middle sits about here, within the limits below. */
export const PLINTH_TARGET_CENTRE = 1.2
export const PLINTH_MIN_HEIGHT = 0.5
export const PLINTH_MAX_HEIGHT = 1.1
/** A floor work must clear the ceiling by this much. */
export const FLOOR_WORK_CEILING_GAP = 0.1

/** Viewing distance for a wall work: max(MIN, FACTOR * largest side) + EXTRA. */
export const VIEW_DISTANCE_MIN = 1.6
export const VIEW_DISTANCE_FACTOR = 1.1
export const VIEW_DISTANCE_EXTRA = 0.3
/** Viewpoints stay this far inside the room's walls. */
export const VIEWPOINT_ROOM_MARGIN = 0.5
/** A wall-work viewpoint may be moved no closer to its wall than this to dodge a stand. */
export const VIEWPOINT_MIN_DISTANCE = 0.6
/** Distance from a stand's edge, toward the corridor, where its viewer stands. */
export const FLOOR_VIEW_DISTANCE = 1.3

/** Wall pieces whose bottom is at or above this (lintels) do not block walking. */
export const BLOCKING_MAX_BOTTOM = 1.8

/**
 * Added to an east/west stretch's fill when choosing where a work goes, so works prefer the long
 * north and south walls and move to the walls beside doorways only as those fill up.
 */
export const EAST_WEST_PENALTY = 0.35
