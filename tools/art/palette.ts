/** The exhibition palette (STYLE.md) plus the printing inks and papers the artwork uses. */
export const PALETTE = {
  sovietRed: '#A4161A',
  vermilion: '#D3381C',
  gold: '#C9A227',
  ivory: '#F1E8D5',
  marble: '#E8E4DC',
  oak: '#5A3A22',
  baize: '#2F4F3A',
  coldGrey: '#8A9099',
  steelBlue: '#46586A',
} as const

export const INK = {
  poster: '#241612',
  brightGold: '#E9B93A',
  deepRed: '#7E0F12',
  rayLight: '#DC4B2B',
  typewriter: '#23212B',
  violet: '#3B2F5C',
  penBlue: '#1F2D63',
  stampRed: '#B3261E',
  pencil: '#6B6660',
} as const

export const PAPER = {
  poster: '#F2E6CB',
  white: '#F7F4EC',
  ivory: '#F1E9D6',
  yellowed: '#EADCB8',
  grey: '#DCDAD3',
  mount: '#E4DCC8',
  mountDark: '#3B3632',
} as const
