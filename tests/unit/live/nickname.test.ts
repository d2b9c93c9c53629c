import { describe, expect, it } from 'vitest'
import { nicknameKey, nicknameProblem, normalizeNickname } from '../../../src/live/nickname'

describe('nickname normalization', () => {
  it('tidies spaces, width forms and invisible characters', () => {
    expect(normalizeNickname('  Brave   Crane  ')).toBe('Brave Crane')
    expect(normalizeNickname('Ｂｒａｖｅ')).toBe('Brave')
    expect(normalizeNickname('Li\u200bMing')).toBe('LiMing')
    expect(normalizeNickname('\u202eevil\u202c')).toBe('evil')
    expect(normalizeNickname('a\u0000b\nc')).toBe('ab c')
    expect(normalizeNickname('<script>')).toBe('script')
    expect(normalizeNickname('勇敢的鹤')).toBe('勇敢的鹤')
    expect(normalizeNickname('Смелый Журавль')).toBe('Смелый Журавль')
  })

  it('keeps at most 24 characters, counting astral characters once', () => {
    expect(normalizeNickname('x'.repeat(40))).toHaveLength(24)
    expect(Array.from(normalizeNickname('𠀀'.repeat(30)))).toHaveLength(24)
  })
})

describe('nickname filter', () => {
  it('lets ordinary names through in three languages', () => {
    for (const name of ['Brave Crane', 'Li Ming', 'Scunthorpe', 'Assistant', '勇敢的鹤', '小明', 'Смелый Журавль', 'Команда', 'употребляю', 'Mandarin', 'Kate', 'A B Smith']) {
      expect(nicknameProblem(normalizeNickname(name)), name).toBeNull()
    }
  })

  it('refuses empty names and obscene ones in English, Chinese and Russian', () => {
    expect(nicknameProblem('')).toBe('empty')
    expect(nicknameProblem('...')).toBe('empty')
    for (const name of ['fuck', 'FuCk you', 'sh1t', 'b i t c h', 'f.u.c.k', '傻逼', '操 你', '你妈的', 'хуй', 'Сука', 'бляха', 'пиздец', 'xуй' /* Latin x */]) {
      expect(nicknameProblem(normalizeNickname(name)), name).toBe('blocked')
    }
  })

  it('gives look-alike spellings the same key', () => {
    expect(nicknameKey('Brave  Crane')).toBe(nicknameKey('brave crane'))
    expect(nicknameKey('Ｌｉ Ｍｉｎｇ')).toBe(nicknameKey('li-ming'))
  })
})
