import { describe, expect, it } from 'vitest'
import { generateNickname } from '../../../src/live/nicknames'

const seq = (...values: number[]) => {
  let i = 0
  return () => values[i++ % values.length]!
}

describe('generated nicknames', () => {
  it('are an adjective and an animal in the pupil’s language', () => {
    expect(generateNickname('en', seq(0, 0))).toBe('Brave Crane')
    expect(generateNickname('zh', seq(0, 0))).toBe('勇敢的仙鹤')
    expect(generateNickname('ru', seq(0, 0))).toBe('Смелый журавль')
    expect(generateNickname('de', seq(0, 0))).toBe('Brave Crane')
  })

  it('never run past the lists', () => {
    for (const lang of ['en', 'zh', 'ru']) {
      const name = generateNickname(lang, () => 0.999999)
      expect(name.length).toBeGreaterThan(2)
      expect(name).not.toMatch(/undefined/)
    }
  })
})
