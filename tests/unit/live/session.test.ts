import { describe, expect, it } from 'vitest'
import { createSession, pupilView, reduce, teacherView, type Action, type SessionState } from '../../../src/live/session'
import type { ManifestIds } from '../../../src/live/protocol'

const ids: ManifestIds = {
  rooms: new Set(['hall', 'study']),
  artifacts: new Set(['vase', 'poster']),
  tours: new Map([['highlights', 3]]),
}
const pose = { p: [0, 1.6, 0] as [number, number, number], yaw: 0, pitch: 0, room: 'hall', seq: 1, t: 0 }

function apply(state: SessionState, action: Action, now = 1000): SessionState {
  const out = reduce(state, action, ids, now)
  if (!out.ok) throw new Error(out.error)
  return out.state
}
const join = (nickname: string, n: number, rejoin?: { memberId: string; token: string }): Action => ({
  type: 'join',
  nickname,
  rejoin,
  newId: `m-0000000${n}`,
  newToken: String(n).repeat(32).slice(0, 32),
})

describe('session reducer', () => {
  const fresh = () => createSession('ACD346', 'f'.repeat(32), 0, 3)

  it('joins pupils with tidy nicknames and advances the version', () => {
    const s = apply(fresh(), join('  Brave   Crane ', 1))
    expect(s.version).toBe(2)
    expect(teacherView(s).roster).toEqual([{ id: 'm-00000001', nickname: 'Brave Crane', roomId: null, inspecting: null, connected: true }])
    expect(JSON.stringify(teacherView(s))).not.toContain('f'.repeat(32))
    expect(JSON.stringify(teacherView(s))).not.toContain('1'.repeat(32))
  })

  it('refuses a locked class, a full one and an obscene nickname', () => {
    let s = fresh()
    expect(reduce(s, join('fuck', 1), ids, 1)).toEqual({ ok: false, error: 'nickname' })
    s = apply(s, { type: 'command', command: { type: 'lock', on: true } })
    expect(reduce(s, join('Li', 1), ids, 1)).toEqual({ ok: false, error: 'locked' })
    s = apply(s, { type: 'command', command: { type: 'lock', on: false } })
    s = apply(apply(apply(s, join('A1', 1)), join('A2', 2)), join('A3', 3))
    expect(reduce(s, join('A4', 4), ids, 1)).toEqual({ ok: false, error: 'full' })
  })

  it('lets a known pupil back in with their token, even when locked or full', () => {
    let s = apply(fresh(), join('Li', 1))
    const { id, token } = s.members[0]!
    s = apply(s, { type: 'memberConnection', memberId: id, connected: false })
    expect(s.members[0]!.connected).toBe(false)
    s = apply(apply(s, join('A2', 2)), join('A3', 3))
    s = apply(s, { type: 'command', command: { type: 'lock', on: true } })
    const back = reduce(s, join('ignored', 9, { memberId: id, token }), ids, 5)
    expect(back.ok && back.member?.id).toBe(id)
    expect(back.ok && back.state.members.length).toBe(3)
    expect(reduce(s, join('ignored', 9, { memberId: id, token: 'e'.repeat(32) }), ids, 5)).toEqual({ ok: false, error: 'locked' })
  })

  it('removes a pupil for good: neither the token nor the name gets back in', () => {
    let s = apply(fresh(), join('Li Ming', 1))
    const { id, token } = s.members[0]!
    const out = reduce(s, { type: 'command', command: { type: 'remove', memberId: id } }, ids, 2)
    expect(out.ok && out.removed).toBe(id)
    s = apply(s, { type: 'command', command: { type: 'remove', memberId: id } })
    expect(s.members).toHaveLength(0)
    expect(reduce(s, join('Li Ming', 2, { memberId: id, token }), ids, 3)).toEqual({ ok: false, error: 'removed' })
    expect(reduce(s, join('li  ming', 2), ids, 3)).toEqual({ ok: false, error: 'removed' })
    expect(reduce(s, join('Wang', 2), ids, 3).ok).toBe(true)
  })

  it('gives every pupil a formation place of their own: kept while away, freed when removed', () => {
    let s = createSession('ACD346', 'f'.repeat(32), 0, 10)
    for (let n = 1; n <= 4; n++) s = apply(s, join(`P${n}`, n))
    expect(s.members.map((m) => m.slot)).toEqual([0, 1, 2, 3])
    const [first, second] = s.members
    s = apply(s, { type: 'memberConnection', memberId: first!.id, connected: false })
    s = apply(s, { type: 'command', command: { type: 'remove', memberId: second!.id } })
    s = apply(s, join('P5', 5))
    // The removed pupil's place is taken again; the one who is away keeps theirs.
    expect(s.members.at(-1)!.slot).toBe(1)
    const back = reduce(s, join('ignored', 9, { memberId: first!.id, token: first!.token }), ids, 5)
    expect(back.ok && back.member!.slot).toBe(0)
    expect(new Set(s.members.map((m) => m.slot)).size).toBe(s.members.length)
    // Places are private: the roster anyone sees does not carry them.
    expect(JSON.stringify(pupilView(apply(s, { type: 'command', command: { type: 'classmates', on: true } })))).not.toContain('slot')
    expect(JSON.stringify(teacherView(s))).not.toContain('slot')
  })

  it('applies teacher commands and checks ids against the manifest', () => {
    let s = fresh()
    s = apply(s, { type: 'command', command: { type: 'follow', on: true } })
    s = apply(s, { type: 'command', command: { type: 'eyesOnMe', on: true } })
    s = apply(s, { type: 'command', command: { type: 'highlight', artifactId: 'vase', open: true } })
    s = apply(s, { type: 'command', command: { type: 'gather', pose } })
    s = apply(s, { type: 'command', command: { type: 'gather', pose } })
    expect(s).toMatchObject({ following: true, eyesOnMe: true, highlight: { artifactId: 'vase', open: true }, gather: { seq: 2 } })
    expect(reduce(s, { type: 'command', command: { type: 'highlight', artifactId: 'nothing', open: false } }, ids, 1)).toEqual({ ok: false, error: 'unknown-id' })
    expect(reduce(s, { type: 'command', command: { type: 'tourStart', tourId: 'nothing' } }, ids, 1)).toEqual({ ok: false, error: 'unknown-id' })
    expect(reduce(s, { type: 'command', command: { type: 'tourStop', stop: 1 } }, ids, 1)).toEqual({ ok: false, error: 'invalid' })
    s = apply(s, { type: 'command', command: { type: 'tourStart', tourId: 'highlights' } })
    s = apply(s, { type: 'command', command: { type: 'tourStop', stop: 2 } })
    expect(reduce(s, { type: 'command', command: { type: 'tourStop', stop: 3 } }, ids, 1)).toEqual({ ok: false, error: 'unknown-id' })
    s = apply(s, { type: 'command', command: { type: 'tourPlaying', playing: false } })
    expect(s.tour).toEqual({ tourId: 'highlights', stop: 2, playing: false })
    s = apply(s, { type: 'command', command: { type: 'tourEnd' } })
    expect(s.tour).toBeNull()
  })

  it('tracks where pupils are, only with known ids, and tells the teacher only on change', () => {
    let s = apply(fresh(), join('Li', 1))
    const id = s.members[0]!.id
    const moved = reduce(s, { type: 'presence', memberId: id, roomId: 'study', inspecting: 'poster' }, ids, 2)
    expect(moved.ok && moved.change).toBe('roster')
    s = apply(s, { type: 'presence', memberId: id, roomId: 'study', inspecting: 'poster' })
    const same = reduce(s, { type: 'presence', memberId: id, roomId: 'study', inspecting: 'poster' }, ids, 3)
    expect(same.ok && same.change).toBe('none')
    expect(reduce(s, { type: 'presence', memberId: id, roomId: 'attic', inspecting: null }, ids, 3)).toEqual({ ok: false, error: 'unknown-id' })
  })

  it('keeps the teacher pose without advancing the version', () => {
    const s = fresh()
    const after = apply(s, { type: 'teacherPose', pose })
    expect(after.version).toBe(s.version)
    expect(after.teacher.pose).toEqual(pose)
  })

  it('shows pupils no roster unless classmates are visible, and never what others inspect', () => {
    let s = apply(fresh(), join('Li', 1))
    s = apply(s, { type: 'presence', memberId: s.members[0]!.id, roomId: 'hall', inspecting: 'vase' })
    expect(pupilView(s).roster).toEqual([])
    s = apply(s, { type: 'command', command: { type: 'classmates', on: true } })
    expect(pupilView(s).roster[0]).toMatchObject({ nickname: 'Li', roomId: 'hall', inspecting: null })
  })

  it('ends for good', () => {
    const s = apply(fresh(), { type: 'command', command: { type: 'end' } })
    expect(s.mode).toBe('ended')
    expect(reduce(s, join('Li', 1), ids, 1)).toEqual({ ok: false, error: 'no-session' })
  })
})
