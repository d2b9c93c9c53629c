import type { Theme } from '../manifest/schema'

/** How each lighting mood of the manifest lights a room: colours and strengths, tuned by eye. */
export interface Mood {
  sky: string
  ground: string
  hemisphere: number
  key: string
  keyIntensity: number
  /** Colour and strength of the glowing fixtures (chandeliers, tubes, skylight). */
  fixture: string
  fixtureGlow: number
  fixtures: 'chandelier' | 'pendant' | 'tube' | 'skylight'
}

export const MOODS: Record<Theme['lighting'], Mood> = {
  ceremonial: { sky: '#fff1d6', ground: '#6b5238', hemisphere: 1.5, key: '#ffe2b0', keyIntensity: 26, fixture: '#ffd9a0', fixtureGlow: 3, fixtures: 'chandelier' },
  warm: { sky: '#ffe6c4', ground: '#5a3322', hemisphere: 1.35, key: '#ffcf8f', keyIntensity: 24, fixture: '#ffcf8a', fixtureGlow: 3, fixtures: 'chandelier' },
  furnace: { sky: '#ffd7b0', ground: '#4a2a1a', hemisphere: 1.25, key: '#ff9f55', keyIntensity: 28, fixture: '#ffb070', fixtureGlow: 2.5, fixtures: 'pendant' },
  formal: { sky: '#f4e2c8', ground: '#3a2618', hemisphere: 1.1, key: '#ffd9a8', keyIntensity: 22, fixture: '#ffd49a', fixtureGlow: 2.2, fixtures: 'pendant' },
  study: { sky: '#f0ead8', ground: '#2f4030', hemisphere: 1.25, key: '#ffe8c0', keyIntensity: 22, fixture: '#d8f0c8', fixtureGlow: 2, fixtures: 'pendant' },
  cold: { sky: '#e4ecf4', ground: '#50545a', hemisphere: 1.2, key: '#e8f2ff', keyIntensity: 18, fixture: '#eef6ff', fixtureGlow: 2.5, fixtures: 'tube' },
  daylight: { sky: '#ffffff', ground: '#b8b4aa', hemisphere: 1.7, key: '#fffaf0', keyIntensity: 22, fixture: '#ffffff', fixtureGlow: 1.6, fixtures: 'skylight' },
}
