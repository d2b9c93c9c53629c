/**
 * The numbers the live service and its clients agree on: class codes, class sizes, how long an
 * idle class lives, rate limits, how often classmates are sent. The schemas that use them are in
 * messages.ts; both are re-exported by protocol.ts.
 */

/** Class codes: 6 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V). */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTWXY34679'
export const CODE_LENGTH = 6
export const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`)

export const SESSION_CAP_DEFAULT = 60
/** The most pupils a class may have (the cap, and the range of gather places). */
export const CAP_MAX = 500
/** A session nobody has touched for this long is deleted with everything about it. */
export const SESSION_IDLE_MS = 3 * 60 * 60 * 1000
export const NICKNAME_MAX = 24

/** Per-socket token buckets: `perSecond` sustained, `burst` at once. Over the limit = dropped. */
export const RATE_LIMITS = {
  pupilPose: { perSecond: 5, burst: 5 },
  teacherPose: { perSecond: 20, burst: 20 },
  other: { perSecond: 2, burst: 4 },
} as const
/** Invalid messages tolerated from one socket before it is disconnected. */
export const INVALID_MESSAGE_LIMIT = 20

/** The service answers here with `LiveStatus` JSON; a static host without the service does not. */
export const LIVE_STATUS_PATH = 'live/status'

/** How often a node sends the pupils of one gallery room where their classmates are (when the teacher shows classmates). */
export const CLASSMATES_MS = 1_000
/** A classmate who has not moved is sent again this often, so a pupil who just arrived sees them. */
export const CLASSMATES_REFRESH_MS = 5_000
/** A pupil forgets a classmate not heard of for this long (their node died, say). */
export const CLASSMATES_FORGET_MS = 3 * CLASSMATES_REFRESH_MS
