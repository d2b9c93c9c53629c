/** Class codes: short, typed by children, drawn from a CSPRNG (`crypto.getRandomValues`). */
import { CODE_ALPHABET, CODE_LENGTH, CODE_PATTERN } from './protocol'

type RandomFill = (bytes: Uint8Array) => Uint8Array

const fillRandom: RandomFill = (bytes) => globalThis.crypto.getRandomValues(bytes)

/**
 * A new class code. Bytes at or above the largest multiple of the alphabet's size are drawn
 * again (rejection sampling), so every character is equally likely.
 */
export function generateCode(fill: RandomFill = fillRandom): string {
  const n = CODE_ALPHABET.length
  const limit = 256 - (256 % n)
  let out = ''
  const bytes = new Uint8Array(16)
  while (out.length < CODE_LENGTH) {
    fill(bytes)
    for (const b of bytes) {
      if (b < limit && out.length < CODE_LENGTH) out += CODE_ALPHABET[b % n]
    }
  }
  return out
}

/** What a pupil typed ("ac3 d-fg", "ac3dfg") as a code, or null when it cannot be one. */
export function normalizeCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s\-_.]/g, '')
  return CODE_PATTERN.test(code) ? code : null
}

/** `bytes` random bytes as lower-case hex (secrets, tokens). */
export function randomHex(bytes = 16, fill: RandomFill = fillRandom): string {
  const buf = fill(new Uint8Array(bytes))
  return Array.from(buf, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** A member id matching the protocol's `memberId` pattern. */
export function randomMemberId(fill: RandomFill = fillRandom): string {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789'
  const limit = 256 - (256 % chars.length)
  let out = ''
  const bytes = new Uint8Array(16)
  while (out.length < 8) {
    fill(bytes)
    for (const b of bytes) if (b < limit && out.length < 8) out += chars[b % chars.length]
  }
  return `m-${out}`
}
