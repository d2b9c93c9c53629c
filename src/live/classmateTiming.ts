/** How often classmates are sent and forgotten: plain numbers (no schemas), re-exported by protocol.ts. */

/** How often a node sends the pupils of one gallery room where their classmates are (when the teacher shows classmates). */
export const CLASSMATES_MS = 1_000
/** A classmate who has not moved is sent again this often, so a pupil who just arrived sees them. */
export const CLASSMATES_REFRESH_MS = 5_000
/** A pupil forgets a classmate not heard of for this long (their node died, say). */
export const CLASSMATES_FORGET_MS = 3 * CLASSMATES_REFRESH_MS
