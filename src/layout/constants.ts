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

/** Viewpoints stay this far inside the room's walls. */
export const VIEWPOINT_ROOM_MARGIN = 0.5

/** Wall pieces whose bottom is at or above this (lintels) do not block walking. */
export const BLOCKING_MAX_BOTTOM = 1.8

/**
 * Added to an east/west stretch's fill when choosing where a work goes, so works prefer the long
 * north and south walls and move to the walls beside doorways only as those fill up.
 */
export const EAST_WEST_PENALTY = 0.35

/** The desktop camera's vertical field of view in degrees; close-ups are framed for it. */
export const CAMERA_FOV = 62
/** Share of the view height a work fills from its close-up viewpoint: aimed at, and the least and most accepted. */
export const CLOSE_UP_FILL = 0.55
export const CLOSE_UP_FILL_MIN = 0.42
export const CLOSE_UP_FILL_MAX = 0.68
/** A view is assumed at least this wide for its height, so a wide work's close-up keeps it whole side to side. */
export const CLOSE_UP_ASPECT = 1.5
/** Narrowest and widest field of view a close-up may use (leaning in to a coin-sized object). */
export const CLOSE_UP_FOV_MIN = 1
export const CLOSE_UP_FOV_MAX = 120
/**
 * A visitor bends to an upright work on a plinth rather than peer down at it: the eye comes down
 * (not below this height) until the look to the work's centre is no steeper than the pitch below,
 * which keeps a margin inside the -20° a close-up may look down.
 */
export const CLOSE_UP_EYE_MIN = 1.1
export const CLOSE_UP_STEEPEST_PITCH = (-18 * Math.PI) / 180
/** The closest a viewer stands to a stand's edge (leaning over a vitrine). */
export const LEAN_DISTANCE = 0.05

/** Works at least this wide (with frame) or tall hang alone, centred on their wall: a room's centrepieces. */
export const CENTREPIECE_MIN_WIDTH = 1.4
export const CENTREPIECE_MIN_HEIGHT = 1.2
/** Gap between frames in a hung group: photographs, documents and letters; posters and paintings. */
export const GROUP_GAP_SMALL = 0.08
export const GROUP_GAP_LARGE = 0.3
/** At most this many works in one group. */
export const GROUP_MAX = 4
/** A stretch of wall longer than this never carries one small work alone when a shorter one can take it. */
export const LONE_WORK_MAX_WALL = 5

/** Labels: width follows the work (within these bounds), height fixed; gap to the frame. */
export const LABEL_MIN_WIDTH = 0.16
export const LABEL_MAX_WIDTH = 0.32
export const LABEL_HEIGHT = 0.1
export const LABEL_GAP = 0.04
/** Side labels sit with their centre at most this high (readable standing). */
export const LABEL_SIDE_HEIGHT = 1.35

/** The room's text panel by its entrance. */
export const INTRO_PANEL_WIDTH = 1.3
export const INTRO_PANEL_HEIGHT = 1.7
/** Graphics keep this far from works and doorways along the wall. */
export const GRAPHIC_GAP = 0.4
/** A free stretch shorter than this is left as it is (it is a pier beside a door, not a wall). */
export const MIN_GRAPHIC_STRETCH = 0.9
/** Slogan band under the cornice. */
export const BAND_HEIGHT = 0.42
export const BAND_CORNICE_GAP = 0.35
/** Picture lights: how far out from the wall and above the frame. */
export const PICTURE_LIGHT_OUT = 0.3
export const PICTURE_LIGHT_ABOVE = 0.18
