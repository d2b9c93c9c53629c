import { describe, expect, it } from 'vitest'
import { generateCode, normalizeCode, randomHex, randomMemberId } from '../../../src/live/classCode'
import { CODE_ALPHABET, CODE_PATTERN, memberId, secret } from '../../../src/live/protocol'

describe('class codes', () => {
  it('are 6 characters of the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) expect(generateCode()).toMatch(CODE_PATTERN)
    for (const ch of '0O1IL2Z5S8BUV') expect(CODE_ALPHABET).not.toContain(ch)
  })

  it('use every character about equally (rejection sampling, no modulo bias)', () => {
    const counts = new Map<string, number>()
    const n = 4000
    for (let i = 0; i < n; i++) for (const ch of generateCode()) counts.set(ch, (counts.get(ch) ?? 0) + 1)
    expect(counts.size).toBe(CODE_ALPHABET.length)
    const expected = (n * 6) / CODE_ALPHABET.length
    for (const c of counts.values()) expect(Math.abs(c - expected) / expected).toBeLessThan(0.15)
  })

  it('discard bytes above the last full multiple of the alphabet', () => {
    // 253..255 would favour the first 3 characters; a source that gives only those first must be skipped.
    let call = 0
    const fill = (b: Uint8Array) => {
      b.fill(call++ === 0 ? 255 : 1)
      return b
    }
    expect(generateCode(fill)).toBe(CODE_ALPHABET[1]!.repeat(6))
    expect(call).toBe(2)
  })

  it('come from crypto.getRandomValues', () => {
    const seen = new Set(Array.from({ length: 500 }, () => generateCode()))
    expect(seen.size).toBe(500)
  })

  it('are read back from what a pupil types', () => {
    expect(normalizeCode('acd 346')).toBe('ACD346')
    expect(normalizeCode('ACD-346')).toBe('ACD346')
    expect(normalizeCode('ACD34')).toBeNull()
    expect(normalizeCode('ACD3460')).toBeNull()
    expect(normalizeCode('ACD34O')).toBeNull()
  })

  it('secrets and member ids match their schemas', () => {
    expect(secret.safeParse(randomHex()).success).toBe(true)
    expect(memberId.safeParse(randomMemberId()).success).toBe(true)
    expect(randomHex()).not.toBe(randomHex())
  })
})
