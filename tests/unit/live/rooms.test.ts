import { describe, expect, it } from 'vitest'
import { all, codeIn, pupils, teachers } from '../../../server/rooms'

describe('codeIn', () => {
  it('gives back the class code of a room of the asked kind, and null for any other room', () => {
    expect(codeIn(teachers, teachers('AB12CD'))).toBe('AB12CD')
    expect(codeIn(all, all('AB12CD'))).toBe('AB12CD')
    expect(codeIn(teachers, pupils('AB12CD'))).toBeNull()
    expect(codeIn(all, 'a-socket-id')).toBeNull()
  })
})
