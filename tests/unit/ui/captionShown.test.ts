import { describe, expect, it } from 'vitest'
import { captionShown } from '../../../src/ui/captionShown'

const base = { captions: true, tour: null, mode: 'walk' as const, mapOpen: false }
const music = { kind: 'music' as const, text: '[Music: a march]', lang: 'en' }
const speech = { kind: 'narration' as const, text: 'In 1950 the treaty was signed.', lang: 'en' }

describe('captionShown', () => {
  it('shows a caption while walking or inspecting with captions on, and none on the start screen or with captions off', () => {
    expect(captionShown({ ...base, caption: music })).toBe(true)
    expect(captionShown({ ...base, mode: 'inspect', caption: speech })).toBe(true)
    expect(captionShown({ ...base, mode: 'start', caption: music })).toBe(false)
    expect(captionShown({ ...base, captions: false, caption: music })).toBe(false)
    expect(captionShown({ ...base, caption: null })).toBe(false)
  })

  it('lets a music caption give way to the open floor plan, but never words being spoken', () => {
    expect(captionShown({ ...base, mapOpen: true, caption: music })).toBe(false)
    expect(captionShown({ ...base, mapOpen: true, caption: speech })).toBe(true)
  })
})
