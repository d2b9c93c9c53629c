import { describe, expect, it } from 'vitest'
import { classmatesHere } from '../../../src/live/classmates'
import { CLASSMATES_FORGET_MS } from '../../../src/live/protocol'
import type { LivePose } from '../../../src/store/liveTypes'

const at = (roomId: string, heardAt: number): LivePose => ({ position: [0, 0], yaw: 0, roomId, heardAt })

describe('classmates a pupil sees', () => {
  it('are those in their own room heard of lately', () => {
    const members = new Map([
      ['0', at('hall', 1000)],
      ['1', at('study', 1000)],
      ['2', at('hall', 1000 + CLASSMATES_FORGET_MS)],
    ])
    expect(classmatesHere(members, 'hall', 1000 + CLASSMATES_FORGET_MS).map(([k]) => k)).toEqual(['0', '2'])
    // One not heard of for longer (their node died, say) is forgotten.
    expect(classmatesHere(members, 'hall', 1001 + CLASSMATES_FORGET_MS).map(([k]) => k)).toEqual(['2'])
    expect(classmatesHere(members, 'study', 1000).map(([k]) => k)).toEqual(['1'])
  })
})
