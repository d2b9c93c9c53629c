import { describe, expect, it } from 'vitest'
import { captionCues, cueAtChar, cueAtTime, cueWidth, CUE_UNITS } from '../../../src/tours/captionCues'

const EN =
  'Welcome. This poster announces the exhibition of Soviet economic and cultural achievements that opened in Beijing in 1954, in a new building with a tall spire crowned by a star. Against red rays it shows the flags of both states and a title in Chinese and Russian.'
const ZH = '欢迎参观。这张宣传画介绍的是1954年在北京开幕的苏联经济及文化建设成就展览会，展览设在一座新落成的建筑里，高高的尖塔顶端饰有一颗星。画面上，红色光芒映衬着两国国旗。'

describe('caption cues', () => {
  it('counts an ideograph as two units', () => {
    expect(cueWidth('ab')).toBe(2)
    expect(cueWidth('展厅')).toBe(4)
  })

  it('keeps a short text as one cue', () => {
    expect(captionCues('A short line.', 'en')).toEqual([{ text: 'A short line.', offset: 0, at: 0 }])
  })

  for (const [lang, text] of [
    ['en', EN],
    ['zh', ZH],
  ] as const) {
    it(`cuts a long ${lang} narration into cues that fit, lose no word and follow the text`, () => {
      const cues = captionCues(text, lang)
      expect(cues.length).toBeGreaterThan(1)
      // A tiny sentence may ride with its neighbour a little over the width.
      for (const c of cues) expect(cueWidth(c.text)).toBeLessThanOrEqual(CUE_UNITS * 1.4)
      expect(cues.map((c) => c.text).join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''))
      for (const c of cues) expect(text.slice(c.offset, c.offset + 10)).toBe(c.text.slice(0, 10))
      const times = cues.map((c) => c.at)
      expect(times[0]).toBe(0)
      expect([...times].sort((a, b) => a - b)).toEqual(times)
      expect(times.at(-1)!).toBeLessThan(1)
    })
  }

  it('does not leave a one-word sentence to flash by alone', () => {
    expect(captionCues(EN, 'en')[0]!.text.startsWith('Welcome. This poster')).toBe(true)
  })

  it('finds the cue for a moment and for a spoken character', () => {
    const cues = captionCues(EN, 'en')
    expect(cueAtTime(cues, 0)).toBe(0)
    expect(cueAtTime(cues, 0.999)).toBe(cues.length - 1)
    expect(cueAtTime(cues, cues[1]!.at)).toBe(1)
    expect(cueAtChar(cues, 0)).toBe(0)
    expect(cueAtChar(cues, cues[2]!.offset + 3)).toBe(2)
    expect(cueAtChar(cues, EN.length - 1)).toBe(cues.length - 1)
  })
})
