import { describe, expect, it } from 'vitest'
import { readTextSize } from '../../../src/ui/textSize'

describe('text size', () => {
  const storage = (value: string | null) => ({ getItem: () => value })
  it('reads a stored size and refuses anything else', () => {
    expect(readTextSize(storage('1.25'))).toBe(1.25)
    expect(readTextSize(storage('1.5'))).toBe(1.5)
    expect(readTextSize(storage('3'))).toBe(1)
    expect(readTextSize(storage('abc'))).toBe(1)
    expect(readTextSize(storage(null))).toBe(1)
    expect(readTextSize(undefined)).toBe(1)
  })
})
