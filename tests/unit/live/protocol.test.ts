import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import {
  command,
  commandKnown,
  joinRequest,
  manifestIds,
  pose,
  pupilPose,
  resumeRequest,
  snapshot,
  wrapAngle,
  poseKnown,
} from '../../../src/live/protocol'
import { createSession, teacherView, pupilView } from '../../../src/live/session'
import { validateManifest } from '../../../src/manifest'

const goodPose = { p: [1.5, 1.6, -3], yaw: 0.5, pitch: -0.1, room: 'entrance-hall', seq: 4, t: 1_700_000_000_000 }

describe('live protocol schemas', () => {
  it('accept what the app sends', () => {
    expect(pose.safeParse(goodPose).success).toBe(true)
    expect(pupilPose.safeParse({ ...goodPose, inspecting: 'some-work' }).success).toBe(true)
    expect(joinRequest.safeParse({ code: 'ACD346', nickname: 'Brave Crane' }).success).toBe(true)
    expect(joinRequest.safeParse({ code: 'ACD346', nickname: 'x', rejoin: { memberId: 'm-abcd1234', token: 'a'.repeat(32) } }).success).toBe(true)
    expect(resumeRequest.safeParse({ code: 'ACD346', secret: '0123456789abcdef0123456789abcdef' }).success).toBe(true)
    for (const c of [
      { type: 'gather', pose: goodPose },
      { type: 'follow', on: true },
      { type: 'highlight', artifactId: 'a-work', open: true },
      { type: 'highlight', artifactId: null },
      { type: 'eyesOnMe', on: false },
      { type: 'tourStart', tourId: 'the-tour' },
      { type: 'tourStop', stop: 3 },
      { type: 'tourPlaying', playing: false },
      { type: 'tourEnd' },
      { type: 'lock', on: true },
      { type: 'classmates', on: true },
      { type: 'rename', memberId: 'm-abcd1234', nickname: 'Li' },
      { type: 'remove', memberId: 'm-abcd1234' },
      { type: 'end' },
    ]) {
      expect(command.safeParse(c).success, JSON.stringify(c)).toBe(true)
    }
  })

  it('refuse malformed, oversized and out-of-range messages', () => {
    const bad: unknown[] = [
      { ...goodPose, p: [1, 2] },
      { ...goodPose, p: [1e6, 0, 0] },
      { ...goodPose, p: [Number.NaN, 0, 0] },
      { ...goodPose, yaw: 7 },
      { ...goodPose, pitch: 2 },
      { ...goodPose, room: 'Entrance Hall' },
      { ...goodPose, room: 'a'.repeat(65) },
      { ...goodPose, seq: -1 },
      { ...goodPose, seq: 1.5 },
      { ...goodPose, extra: 1 },
      { ...goodPose, t: '1' },
      null,
      'pose',
      [],
    ]
    for (const b of bad) expect(pose.safeParse(b).success, JSON.stringify(b)).toBe(false)
    expect(joinRequest.safeParse({ code: 'ACD34', nickname: 'x' }).success).toBe(false)
    expect(joinRequest.safeParse({ code: 'ACD340', nickname: 'x' }).success).toBe(false) // 0 is not in the alphabet
    expect(joinRequest.safeParse({ code: 'acd346', nickname: 'x' }).success).toBe(false)
    expect(joinRequest.safeParse({ code: 'ACD346', nickname: '' }).success).toBe(false)
    expect(joinRequest.safeParse({ code: 'ACD346', nickname: 'x'.repeat(65) }).success).toBe(false)
    expect(joinRequest.safeParse({ code: 'ACD346', nickname: 'x', admin: true }).success).toBe(false)
    expect(resumeRequest.safeParse({ code: 'ACD346', secret: 'short' }).success).toBe(false)
    expect(command.safeParse({ type: 'explode' }).success).toBe(false)
    expect(command.safeParse({ type: 'follow', on: 'yes' }).success).toBe(false)
    expect(command.safeParse({ type: 'tourStop', stop: 1000 }).success).toBe(false)
    expect(command.safeParse({ type: 'remove', memberId: 'teacher' }).success).toBe(false)
    expect(command.safeParse({ type: 'end', now: true }).success).toBe(false)
  })

  it('check ids against the manifest', () => {
    const result = validateManifest(JSON.parse(readFileSync('content/exhibition.json', 'utf8')))
    if (!result.ok) throw new Error('the shipped manifest must validate')
    const ids = manifestIds(result.manifest)
    const room = result.manifest.rooms[0]!.id
    const artifact = result.manifest.artifacts[0]!.id
    expect(poseKnown({ ...goodPose, room } as never, ids)).toBe(true)
    expect(poseKnown({ ...goodPose, room: 'no-such-room' } as never, ids)).toBe(false)
    expect(poseKnown({ ...goodPose, room, inspecting: 'no-such-work' } as never, ids)).toBe(false)
    expect(commandKnown({ type: 'highlight', artifactId: artifact, open: false }, ids)).toBe(true)
    expect(commandKnown({ type: 'highlight', artifactId: 'no-such-work', open: false }, ids)).toBe(false)
    expect(commandKnown({ type: 'tourStart', tourId: 'no-such-tour' }, ids)).toBe(false)
  })

  it('describe the snapshots the reducer makes', () => {
    const s = createSession('ACD346', 'f'.repeat(32), 0)
    expect(snapshot.safeParse(teacherView(s)).success).toBe(true)
    expect(snapshot.safeParse(pupilView(s)).success).toBe(true)
  })

  it('wrap angles into the range the schemas accept', () => {
    for (const a of [0, 1, -1, Math.PI, -Math.PI, 7, -7, 100, -100.5]) {
      const w = wrapAngle(a)
      expect(w).toBeGreaterThanOrEqual(-Math.PI)
      expect(w).toBeLessThanOrEqual(Math.PI)
      expect(Math.cos(w)).toBeCloseTo(Math.cos(a), 9)
      expect(Math.sin(w)).toBeCloseTo(Math.sin(a), 9)
    }
  })
})
