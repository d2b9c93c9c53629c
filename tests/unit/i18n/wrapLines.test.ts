import { describe, expect, it } from 'vitest'
import { lineTokens, wrapLines } from '../../../src/i18n/wrapLines'

/** One unit a character: what a monospaced measure would say. */
const chars = (s: string) => [...s].length

describe('the line breaker', () => {
  it('breaks Latin and Cyrillic only at spaces, keeping punctuation with its word', () => {
    expect(lineTokens('Hello, world  again')).toEqual(['Hello, ', 'world  ', 'again'])
    expect(wrapLines('Да здравствует дружба народов', 14, chars)).toEqual(['Да здравствует', 'дружба народов'])
    expect(wrapLines('one two three', 7, chars)).toEqual(['one two', 'three'])
  })

  it('breaks Chinese between any two characters, but never before closing punctuation', () => {
    expect(lineTokens('知识，桥梁。')).toEqual(['知', '识，', '桥', '梁。'])
    expect(wrapLines('东方与东方相遇的时候', 4, chars)).toEqual(['东方与东', '方相遇的', '时候'])
    expect(wrapLines('知识，桥梁', 2, chars)).toEqual(['知', '识，', '桥梁'])
  })

  it('lets closing punctuation hang past the edge when asked', () => {
    expect(wrapLines('知识，桥梁', 2, chars, { hang: true })).toEqual(['知识，', '桥梁'])
  })

  it('mixes scripts in one line, and keeps a word wider than the line whole', () => {
    expect(wrapLines('Moscow 莫斯科 1957', 9, chars)).toEqual(['Moscow 莫斯', '科 1957'])
    expect(wrapLines('internationalism', 5, chars)).toEqual(['internationalism'])
  })

  it('keeps paragraphs, empty ones as empty lines', () => {
    expect(wrapLines('a b\n\nc', 10, chars)).toEqual(['a b', '', 'c'])
    expect(wrapLines('', 10, chars)).toEqual([''])
  })

  it('never splits a character made of several code points', () => {
    const flag = '🇨🇳'
    expect(lineTokens(`${flag}${flag}`)).toEqual([`${flag}${flag}`])
    expect(wrapLines('e\u0301te\u0301 e\u0301te\u0301', 4, (s) => [...new Intl.Segmenter().segment(s)].length)).toEqual(['e\u0301te\u0301', 'e\u0301te\u0301'])
  })
})
