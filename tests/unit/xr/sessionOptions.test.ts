import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pickFrameRate } from '../../../src/xr/sessionOptions'

const PROFILES = 'public/xr/profiles'

describe('XR controller profiles served from our origin', () => {
  const list = JSON.parse(readFileSync(join(PROFILES, 'profilesList.json'), 'utf8')) as Record<string, { path: string }>

  it('ships the Quest 3 and Quest 2 controllers, the generic fallback and hands', () => {
    expect(Object.keys(list).sort()).toEqual(['generic-hand', 'generic-trigger-squeeze-thumbstick', 'meta-quest-touch-plus', 'oculus-touch-v3'])
  })

  it('has every profile and model the list names (run tools/copy-xr-profiles.ts to refresh)', () => {
    for (const [id, { path }] of Object.entries(list)) {
      const profile = JSON.parse(readFileSync(join(PROFILES, path), 'utf8')) as { layouts: Record<string, { assetPath: string }> }
      expect(Object.keys(profile.layouts).sort(), id).toEqual(['left', 'right'])
      for (const layout of Object.values(profile.layouts)) {
        const file = join(PROFILES, dirname(path), layout.assetPath)
        expect(existsSync(file), file).toBe(true)
        expect(statSync(file).size).toBeGreaterThan(1000)
      }
    }
  })
})

describe('XR session frame rate', () => {
  it('asks for 72 Hz on Quest-class headsets, else the nearest rate above, else what there is', () => {
    expect(pickFrameRate(new Float32Array([72, 80, 90, 120]))).toBe(72)
    expect(pickFrameRate([90, 60, 120])).toBe(90)
    expect(pickFrameRate([60])).toBe(60)
    expect(pickFrameRate([])).toBe(false)
  })
})
