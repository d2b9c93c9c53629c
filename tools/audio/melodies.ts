/**
 * The public-domain melodies the exhibition's music is made from, written out from the well-known
 * tunes, with where each comes from and why it is free to use.
 *
 * Only tunes of the 18th and 19th centuries are here. Songs written in the 1930s-50s (Katyusha,
 * Moscow-Beijing, ...) are still under copyright and must never be added. Of Mo Li Hua only the
 * traditional opening phrases are used, not the 20th-century arrangements of the song.
 */
import { chordChart, phrase, type Phrase } from './notation'

export type Localized = { en: string; zh: string; ru: string }

export interface MelodyInfo {
  id: 'kalinka' | 'korobeiniki' | 'ochi-chyornye' | 'mo-li-hua'
  name: Localized
  /** Short origin for captions: "Russian song (1860)". */
  origin: Localized
  /** Why the melody is in the public domain (for the credits file). */
  publicDomain: string
}

export const MELODIES: Record<MelodyInfo['id'], MelodyInfo> = {
  kalinka: {
    id: 'kalinka',
    name: { en: 'Kalinka', zh: '《卡林卡》', ru: '«Калинка»' },
    origin: { en: 'Russian song by Ivan Larionov (1860)', zh: '俄罗斯歌曲，伊万·拉里奥诺夫作（1860年）', ru: 'русская песня Ивана Ларионова (1860)' },
    publicDomain: 'Written and first performed in 1860 by Ivan Larionov (1830-1889); its copyright expired long ago and it has been sung as a folk song ever since.',
  },
  korobeiniki: {
    id: 'korobeiniki',
    name: { en: 'Korobeiniki (The Peddlers)', zh: '《货郎》', ru: '«Коробейники»' },
    origin: { en: 'Russian folk tune to a poem by Nikolai Nekrasov (1861)', zh: '俄罗斯民间曲调，歌词为涅克拉索夫的诗（1861年）', ru: 'русский народный напев на стихи Николая Некрасова (1861)' },
    publicDomain: 'A 19th-century folk melody sung to Nikolai Nekrasov\'s poem of 1861 (Nekrasov died in 1878); traditional, with no copyright. Only the folk tune is used, not any later arrangement.',
  },
  'ochi-chyornye': {
    id: 'ochi-chyornye',
    name: { en: 'Ochi chyornye (Dark Eyes)', zh: '《黑眼睛》', ru: '«Очи чёрные»' },
    origin: { en: 'Russian romance, 19th century', zh: '俄罗斯浪漫曲，19世纪', ru: 'русский романс, XIX век' },
    publicDomain: 'A 19th-century Russian romance: words by Yevhen Hrebinka, published in 1843 (he died in 1848), sung to a 19th-century melody; no copyright remains.',
  },
  'mo-li-hua': {
    id: 'mo-li-hua',
    name: { en: 'Mo Li Hua (Jasmine Flower)', zh: '《茉莉花》', ru: '«Молихуа» («Цветок жасмина»)' },
    origin: { en: 'Chinese folk song, 18th century', zh: '中国民歌，18世纪', ru: 'китайская народная песня, XVIII век' },
    publicDomain: 'A Chinese folk song of the 18th century, printed in Europe as early as 1804; traditional, with no copyright. Only its traditional opening phrases are used here, not 20th-century arrangements.',
  },
}

// ---------------------------------------------------------------- the tunes

/** Kalinka in D minor, 2/4 (a beat is a crotchet). The refrain, ending with the pick-up into its repeat. */
export const KALINKA_REFRAIN: Phrase = phrase(
  `G4:1 E4:.5 F4:.5 | G4:1 E4:.5 F4:.5 | G4:1 F4:.5 E4:.5 | D4:1 A4:.5 A4:.5 |
   G4:.75 F4:.25 E4:.5 F4:.5 | G4:1 E4:.5 F4:.5 | G4:1 F4:.5 E4:.5 | D4:1 A4:1`,
  2,
)
/** The same refrain closing on the tonic. */
export const KALINKA_REFRAIN_END: Phrase = phrase(
  `G4:1 E4:.5 F4:.5 | G4:1 E4:.5 F4:.5 | G4:1 F4:.5 E4:.5 | D4:1 A4:.5 A4:.5 |
   G4:.75 F4:.25 E4:.5 F4:.5 | G4:1 E4:.5 F4:.5 | G4:1 F4:.5 E4:.5 | D4:2`,
  2,
)
export const KALINKA_REFRAIN_CHORDS = chordChart('A7 | A7 | A7 | Dm | A7 | A7 | A7 | Dm', 2)

/** The verse ("Akh, pod sosnoyu...") in F major, ending on the pick-up A into the refrain. */
export const KALINKA_VERSE: Phrase = phrase(
  `A4:.5 C5:.5 Bb4:.5 A4:.25 G4:.25 | F4:1 C4:1 | A4:.5 C5:.5 Bb4:.5 A4:.25 G4:.25 | F4:1 C4:1 |
   D4:1 D4:.5 E4:.5 | G4:.5 F4:.5 E4:.5 D4:.5 | C4:1 C4:1 | C4:1 C5:1 |
   A4:.5 C5:.5 G4:.5 A4:.5 | F4:1 C4:1 | A4:.5 C5:.5 G4:.5 A4:.5 | F4:1 C4:1 |
   D4:1 D4:.5 E4:.5 | G4:.5 F4:.5 E4:.5 D4:.5 | C5:1 Bb4:1 | A4:2`,
  2,
)
export const KALINKA_VERSE_CHORDS = chordChart('F C7 | F | F C7 | F | Bb | G7 | C | C | F C7 | F | F C7 | F | Bb | G7 | C Gm | A7', 2)

/** Korobeiniki in A minor, 4/4: the folk tune's two halves. */
export const KOROBEINIKI: Phrase = phrase(
  `E5:1 B4:.5 C5:.5 D5:1 C5:.5 B4:.5 | A4:1 A4:.5 C5:.5 E5:1 D5:.5 C5:.5 | B4:1.5 C5:.5 D5:1 E5:1 | C5:1 A4:1 A4:2 |
   r:.5 D5:1 F5:.5 A5:1 G5:.5 F5:.5 | E5:1.5 C5:.5 E5:1 D5:.5 C5:.5 | B4:1 B4:.5 C5:.5 D5:1 E5:1 | C5:1 A4:1 A4:2`,
  4,
)
export const KOROBEINIKI_CHORDS = chordChart('Am | Am | E | Am | Dm | C | E | Am', 4)

/** Ochi chyornye in D minor, 3/4. */
export const OCHI_CHYORNYE: Phrase = phrase(
  `r:1 G#4:1 A4:1 | Bb4:1.5 A4:.5 A4:1 | r:1 G#4:1 A4:1 | Bb4:1.5 A4:.5 A4:1 |
   r:1 A4:1 D5:1 | D5:1.5 C#5:.5 C#5:1 | r:1 E5:1 F5:1 | E5:1.5 D5:.5 D5:1 |
   r:1 F5:1 G5:1 | F5:1.5 E5:.5 E5:1 | r:1 E5:1 F5:1 | E5:1.5 D5:.5 D5:1 |
   r:1 G#4:1 A4:1 | Bb4:1.5 A4:.5 A4:1 | r:1 E5:1 F5:1 | D5:2 r:1`,
  3,
)
export const OCHI_CHYORNYE_CHORDS = chordChart('A7 | A7 | Dm | Dm | A7 | A7 | Dm | Dm | Gm | Gm6 | Dm | Dm | A7 | A7 | A7 | Dm', 3)

/**
 * Mo Li Hua in F (1 = F), 2/4: its traditional opening - the first phrase twice, then the two
 * phrases that answer it - as sung all over China and printed in Europe by 1804.
 */
export const MO_LI_HUA_A: Phrase = phrase('A4:1 A4:.5 C5:.5 | D5:.5 F5:.5 F5:.5 D5:.5 | C5:1 C5:.5 D5:.5 | C5:2', 2)
export const MO_LI_HUA_B: Phrase = phrase('C5:1 C5:1 | C5:1 A4:.5 C5:.5 | D5:1 D5:1 | C5:2', 2)
export const MO_LI_HUA_C: Phrase = phrase('A4:1 G4:.5 A4:.5 | C5:.5 A4:.5 G4:.5 F4:.5 | F4:1 F4:.5 G4:.5 | F4:2', 2)
/** Open fifths and plain triads: pentatonic tunes want little Western harmony under them. */
export const MO_LI_HUA_A_CHORDS = chordChart('F | Dm | C | F', 2)
export const MO_LI_HUA_B_CHORDS = chordChart('C | F | Dm | C', 2)
export const MO_LI_HUA_C_CHORDS = chordChart('F | F C | F | F', 2)
