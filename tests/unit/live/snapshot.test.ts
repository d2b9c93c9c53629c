import { describe, expect, it } from 'vitest'
import { applySnapshot } from '../../../src/live/snapshot'
import type { Snapshot } from '../../../src/live/protocol'
import { QUIET_CLASS } from '../../../src/live/session'

const pose = { p: [1, 1.6, 2] as [number, number, number], yaw: 0.5, pitch: 0, room: null, seq: 1, t: 1 }
const base: Snapshot = {
  code: 'ACDEFG',
  version: 1,
  mode: 'active',
  teacher: { connected: true, pose },
  ...QUIET_CLASS,
  cap: 60,
  roster: [{ id: 'm-aaaaaaaa', nickname: 'Brave Crane', roomId: null, inspecting: null, connected: true }],
}
const v = (n: number, patch: Partial<Snapshot>): Snapshot => ({ ...base, version: n, ...patch })

describe('applying snapshots', () => {
  it('ignores one older than the last applied, and shows the teacher the roster but not a pupil', () => {
    const first = applySnapshot(null, v(5, {}), 'teacher')!
    expect(first.view.members).toHaveLength(1)
    expect(applySnapshot(first.applied, v(4, {}), 'teacher')).toBeNull()
    expect(applySnapshot(null, v(5, {}), 'pupil')!.view.members).toEqual([])
  })

  it('does not replay a gather from before the pupil came, obeys a new one once, even after a reconnect', () => {
    const first = applySnapshot(null, v(1, { gather: { seq: 3, pose } }), 'pupil')!
    expect(first.actions).toEqual([])
    const next = applySnapshot(first.applied, v(2, { gather: { seq: 4, pose } }), 'pupil')!
    expect(next.actions).toEqual([{ type: 'gather', pose }])
    // The same snapshot again on a reconnect: nothing to do.
    expect(applySnapshot(next.applied, v(2, { gather: { seq: 4, pose } }), 'pupil')!.actions).toEqual([])
  })

  it('joins a class tour under way, steps with it, pauses and ends with it', () => {
    const a = applySnapshot(null, v(1, { tour: { tourId: 'highlights', stop: 2, playing: true } }), 'pupil')!
    expect(a.actions).toEqual([{ type: 'tour', tourId: 'highlights', stop: 2 }])
    const b = applySnapshot(a.applied, v(2, { tour: { tourId: 'highlights', stop: 3, playing: false } }), 'pupil')!
    expect(b.actions).toEqual([{ type: 'tour', tourId: 'highlights', stop: 3 }, { type: 'tourPlaying', playing: false }])
    expect(applySnapshot(b.applied, v(3, { tour: null }), 'pupil')!.actions).toEqual([{ type: 'tourEnd' }])
  })

  it('opens the highlighted work for all when asked, and closes it when the pointing stops', () => {
    const a = applySnapshot(null, v(1, {}), 'pupil')!
    const b = applySnapshot(a.applied, v(2, { highlight: { artifactId: 'poster-a', open: true } }), 'pupil')!
    expect(b.actions).toEqual([{ type: 'open', artifactId: 'poster-a' }])
    expect(b.view.highlighted).toBe('poster-a')
    expect(applySnapshot(b.applied, v(3, { highlight: null }), 'pupil')!.actions).toEqual([{ type: 'close', artifactId: 'poster-a' }])
  })

  it('starts following with the teacher’s pose, and reports an ended class', () => {
    const a = applySnapshot(null, v(1, {}), 'pupil')!
    expect(applySnapshot(a.applied, v(2, { following: true }), 'pupil')!.actions).toEqual([{ type: 'follow', pose }])
    expect(applySnapshot(a.applied, v(2, { mode: 'ended' }), 'pupil')!.actions).toEqual([{ type: 'ended' }])
  })
})
