/**
 * The seven room loops: what each plays, on what, and how it is described to visitors who cannot
 * hear it. Each arrangement is a list of sections placed on the loop's beat grid; the loop's
 * length in LOOP_UNITs fixes the tempo (beats / length).
 */
import {
  KALINKA_REFRAIN,
  KALINKA_REFRAIN_CHORDS,
  KALINKA_REFRAIN_END,
  KALINKA_VERSE,
  KALINKA_VERSE_CHORDS,
  KOROBEINIKI,
  KOROBEINIKI_CHORDS,
  MELODIES,
  MO_LI_HUA_A,
  MO_LI_HUA_A_CHORDS,
  MO_LI_HUA_B,
  MO_LI_HUA_B_CHORDS,
  MO_LI_HUA_C,
  MO_LI_HUA_C_CHORDS,
  OCHI_CHYORNYE,
  OCHI_CHYORNYE_CHORDS,
  type Localized,
  type MelodyInfo,
} from './melodies'
import { chordChart, concat, midiOf, transpose } from './notation'
import { ScoreBuilder, type RoomEffects, type Score } from './score'

export interface RoomMusic {
  roomId: string
  title: string
  melodies: Array<MelodyInfo['id']>
  instruments: string[]
  /** What a caption shows while it plays. */
  caption: Localized
  score: () => Score
}

const m = midiOf

/** A room's effects: most rooms have no gramophone horn, crackle or air, so only those that do say so. */
function effects(reverb: RoomEffects['reverb'], targetRmsDb: number, period: Partial<Pick<RoomEffects, 'gramophone' | 'crackle' | 'air'>> = {}): RoomEffects {
  return { reverb, gramophone: false, crackle: 0, air: 0, ...period, targetRmsDb }
}

/** A loop of `beats` beats over `units` LOOP_UNITs, its events written by `write` on a fresh builder. */
function arrange(beats: number, units: number, fx: RoomEffects, write: (s: ScoreBuilder) => void): () => Score {
  return () => {
    const s = new ScoreBuilder()
    write(s)
    return { beats, units, events: s.events, effects: fx }
  }
}

/** Mo Li Hua in full (A A B C, 32 beats of 2/4) and its chord chart on the same beats. */
const JASMINE = concat(MO_LI_HUA_A, MO_LI_HUA_A, MO_LI_HUA_B, MO_LI_HUA_C)
const JASMINE_CHORDS = [...MO_LI_HUA_A_CHORDS, ...MO_LI_HUA_A_CHORDS.map((c) => ({ ...c, start: c.start + 8 })), ...MO_LI_HUA_B_CHORDS.map((c) => ({ ...c, start: c.start + 16 })), ...MO_LI_HUA_C_CHORDS.map((c) => ({ ...c, start: c.start + 24 }))]

const entranceHall: RoomMusic = {
  roomId: 'entrance-hall',
  title: 'Kalinka, stately, as from a gramophone',
  melodies: ['kalinka'],
  instruments: ['accordion', 'balalaika', 'strings', 'plucked bass'],
  caption: {
    en: '[Music: Kalinka, Russian song (1860), played stately on accordion, balalaika and strings, as if from an old gramophone]',
    zh: '［音乐：俄罗斯歌曲《卡林卡》（1860年），手风琴、巴拉莱卡琴与弦乐庄重演奏，仿佛来自一台老留声机］',
    ru: '[Музыка: «Калинка», русская песня (1860), торжественно, аккордеон, балалайка и струнные, словно со старого граммофона]',
  },
  score: arrange(48, 32, effects({ size: 0.78, damp: 0.45, mix: 0.32 }, -20, { gramophone: true, crackle: 0.8 }), (s) => {
    // Verse (16 bars of 2/4) then the refrain (8 bars): 48 beats at about 70 a minute.
    s.melody(KALINKA_VERSE, { instrument: 'accordion', at: 0, velocity: 0.75, legato: 0.92 })
    s.pad(KALINKA_VERSE_CHORDS, { instrument: 'strings', at: 0, centre: 55, velocity: 0.38 })
    s.oomPah(KALINKA_VERSE_CHORDS, { at: 0, beatsPerBar: 2, bass: 'bass', chords: 'balalaika', velocity: 0.5 })
    s.melody(KALINKA_REFRAIN_END, { instrument: 'accordion', at: 32, velocity: 0.8, legato: 0.9 })
    s.melody(KALINKA_REFRAIN_END, { instrument: 'balalaika', at: 32, velocity: 0.5, octave: 1, legato: 0.9 })
    s.pad(KALINKA_REFRAIN_CHORDS, { instrument: 'strings', at: 32, centre: 55, velocity: 0.4 })
    s.oomPah(KALINKA_REFRAIN_CHORDS, { at: 32, beatsPerBar: 2, bass: 'bass', chords: 'balalaika', velocity: 0.55 })
  }),
}

const eastMetEast: RoomMusic = {
  roomId: 'east-met-east',
  title: 'Kalinka and Mo Li Hua in turn',
  melodies: ['kalinka', 'mo-li-hua'],
  instruments: ['balalaika', 'accordion', 'pipa', 'celesta', 'strings', 'plucked bass'],
  caption: {
    en: '[Music: Kalinka, Russian song (1860), on balalaika and accordion, alternating with Mo Li Hua (Jasmine Flower), Chinese folk song (18th century), on pipa]',
    zh: '［音乐：巴拉莱卡琴与手风琴演奏的俄罗斯歌曲《卡林卡》（1860年），与琵琶演奏的中国民歌《茉莉花》（18世纪）交替响起］',
    ru: '[Музыка: «Калинка», русская песня (1860), балалайка и аккордеон, попеременно с китайской народной песней «Молихуа» («Цветок жасмина», XVIII век) на пипе]',
  },
  score: arrange(64, 36, effects({ size: 0.6, damp: 0.5, mix: 0.26 }, -20), (s) => {
    // Kalinka's refrain twice (16 + 16 beats), then Mo Li Hua (32 beats): 64 beats, about 83 a minute.
    s.melody(KALINKA_REFRAIN, { instrument: 'balalaika', at: 0, velocity: 0.8, legato: 0.9 })
    s.oomPah(KALINKA_REFRAIN_CHORDS, { at: 0, beatsPerBar: 2, bass: 'bass', chords: 'accordion', velocity: 0.5 })
    s.melody(KALINKA_REFRAIN_END, { instrument: 'accordion', at: 16, velocity: 0.75, legato: 0.9 })
    s.melody(KALINKA_REFRAIN_END, { instrument: 'balalaika', at: 16, velocity: 0.45, octave: 1 })
    s.oomPah(KALINKA_REFRAIN_CHORDS, { at: 16, beatsPerBar: 2, bass: 'bass', chords: 'balalaika', velocity: 0.5 })
    s.melody(JASMINE, { instrument: 'pipa', at: 32, velocity: 0.8, legato: 0.95 })
    s.melody(MO_LI_HUA_B, { instrument: 'celesta', at: 48, velocity: 0.35, octave: 1 })
    s.pad(JASMINE_CHORDS, { instrument: 'strings', at: 32, fifths: true, centre: 50, velocity: 0.4 })
    s.arpeggio(JASMINE_CHORDS, { instrument: 'pipa', at: 32, step: 1, pattern: [0, 2, 3, 2], octave: 0, velocity: 0.3 })
    // Kalinka's pick-up, handed over on the balalaika under the last jasmine note.
    s.note('balalaika', 63, 0.9, m('A4'), 0.6)
  }),
}

const canvasToFactory: RoomMusic = {
  roomId: 'canvas-to-factory',
  title: 'Korobeiniki, brisk',
  melodies: ['korobeiniki'],
  instruments: ['balalaika', 'accordion', 'strings', 'plucked bass'],
  caption: {
    en: '[Music: Korobeiniki, Russian folk tune (poem 1861), brisk, on balalaika and accordion]',
    zh: '［音乐：俄罗斯民间曲调《货郎》（诗作于1861年），轻快，巴拉莱卡琴与手风琴演奏］',
    ru: '[Музыка: «Коробейники», русский народный напев (стихи 1861 г.), бодро, балалайка и аккордеон]',
  },
  score: arrange(96, 35, effects({ size: 0.7, damp: 0.35, mix: 0.24 }, -19), (s) => {
    // The tune three times (3 x 32 beats of 4/4) at about 128 a minute.
    s.melody(KOROBEINIKI, { instrument: 'balalaika', at: 0, velocity: 0.85, legato: 0.85 })
    s.oomPah(KOROBEINIKI_CHORDS, { at: 0, beatsPerBar: 4, bass: 'bass', chords: 'accordion', velocity: 0.55 })
    s.melody(KOROBEINIKI, { instrument: 'accordion', at: 32, velocity: 0.8, legato: 0.85 })
    s.oomPah(KOROBEINIKI_CHORDS, { at: 32, beatsPerBar: 4, bass: 'bass', chords: 'balalaika', velocity: 0.6 })
    s.melody(KOROBEINIKI, { instrument: 'balalaika', at: 64, velocity: 0.75, octave: 1, legato: 0.85 })
    s.melody(KOROBEINIKI, { instrument: 'accordion', at: 64, velocity: 0.6, legato: 0.85 })
    s.pad(KOROBEINIKI_CHORDS, { instrument: 'strings', at: 64, centre: 57, velocity: 0.35 })
    s.oomPah(KOROBEINIKI_CHORDS, { at: 64, beatsPerBar: 4, bass: 'bass', chords: 'balalaika', velocity: 0.6 })
  }),
}

const brothers: RoomMusic = {
  roomId: 'brothers-iron-curtain',
  title: 'Ochi chyornye, slow and formal',
  melodies: ['ochi-chyornye'],
  instruments: ['harmonium', 'strings', 'balalaika', 'plucked bass'],
  caption: {
    en: '[Music: Ochi chyornye (Dark Eyes), Russian romance (19th century), slow and formal, on harmonium, strings and balalaika]',
    zh: '［音乐：俄罗斯浪漫曲《黑眼睛》（19世纪），缓慢庄重，簧风琴、弦乐与巴拉莱卡琴演奏］',
    ru: '[Музыка: «Очи чёрные», русский романс (XIX век), медленно и торжественно, фисгармония, струнные и балалайка]',
  },
  score: arrange(48, 34, effects({ size: 0.55, damp: 0.6, mix: 0.22 }, -20), (s) => {
    // Sixteen bars of 3/4 (48 beats) at about 66 a minute.
    s.melody(OCHI_CHYORNYE, { instrument: 'harmonium', at: 0, velocity: 0.75, legato: 0.98 })
    s.melody(OCHI_CHYORNYE, { instrument: 'strings', at: 24, velocity: 0.45, octave: -1, legato: 1, from: 24 })
    s.pad(OCHI_CHYORNYE_CHORDS, { instrument: 'strings', at: 0, centre: 53, velocity: 0.36 })
    s.waltz(OCHI_CHYORNYE_CHORDS, { at: 0, bass: 'bass', chords: 'balalaika', velocity: 0.45, chordCentre: 60 })
  }),
}

const knowledgeBridge: RoomMusic = {
  roomId: 'knowledge-bridge',
  title: 'Mo Li Hua on celesta',
  melodies: ['mo-li-hua'],
  instruments: ['celesta', 'pipa', 'harmonium'],
  caption: {
    en: '[Music: Mo Li Hua (Jasmine Flower), Chinese folk song (18th century), on celesta and pipa with harmonium]',
    zh: '［音乐：中国民歌《茉莉花》（18世纪），钢片琴、琵琶与簧风琴演奏］',
    ru: '[Музыка: «Молихуа» («Цветок жасмина»), китайская народная песня (XVIII век), челеста и пипа с фисгармонией]',
  },
  score: arrange(64, 34, effects({ size: 0.45, damp: 0.55, mix: 0.24 }, -21), (s) => {
    // In G: the opening twice (2 x 32 beats of 2/4) at about 88 a minute.
    const up = 2
    const tune = transpose(JASMINE, up)
    const chart = JASMINE_CHORDS.map((c) => ({
      ...c,
      chord: { ...c.chord, root: c.chord.root + up, tones: c.chord.tones.map((t) => t + up) },
    }))
    s.melody(tune, { instrument: 'celesta', at: 0, velocity: 0.75, octave: 1 })
    s.pad(chart, { instrument: 'harmonium', at: 0, fifths: true, centre: 48, velocity: 0.3 })
    s.arpeggio(chart, { instrument: 'pipa', at: 0, step: 0.5, pattern: [0, 2, 4, 2], velocity: 0.22 })
    s.melody(tune, { instrument: 'pipa', at: 32, velocity: 0.7 })
    s.melody(transpose(MO_LI_HUA_B, up), { instrument: 'celesta', at: 48, velocity: 0.4, octave: 1 })
    s.melody(transpose(MO_LI_HUA_C, up), { instrument: 'celesta', at: 56, velocity: 0.4, octave: 1 })
    s.pad(chart, { instrument: 'harmonium', at: 32, fifths: true, centre: 48, velocity: 0.32 })
  }),
}

const breakingPoint: RoomMusic = {
  roomId: 'breaking-point',
  title: 'Fragments, cold',
  melodies: ['mo-li-hua', 'ochi-chyornye'],
  instruments: ['celesta', 'pipa', 'balalaika', 'strings', 'music box'],
  caption: {
    en: '[Music: sparse, cold fragments of Mo Li Hua and Ochi chyornye in a minor key, on celesta, pipa and strings, with long silences]',
    zh: '［音乐：《茉莉花》与《黑眼睛》的零落片段，转为小调，钢片琴、琵琶与弦乐演奏，清冷而稀疏，间有长久的静默］',
    ru: '[Музыка: редкие холодные обрывки «Молихуа» и «Очей чёрных» в миноре, челеста, пипа и струнные, с долгими паузами]',
  },
  score: arrange(48, 37, effects({ size: 0.88, damp: 0.25, mix: 0.5 }, -25, { air: 0.9 }), (s) => {
    // C minor, about 61 beats a minute, 48 beats: motifs broken off and left hanging.
    s.note('strings', 0, 24, m('C3'), 0.32).note('strings', 0, 24, m('G3'), 0.26)
    s.note('strings', 24, 24, m('Ab2'), 0.32).note('strings', 24, 24, m('Eb3'), 0.24)
    // "3 3 5 6" of the jasmine tune, made minor.
    s.note('celesta', 2, 1, m('Eb5'), 0.6).note('celesta', 3, 0.5, m('Eb5'), 0.5).note('celesta', 3.5, 0.5, m('G5'), 0.5).note('celesta', 4, 2, m('Ab5'), 0.55)
    s.note('pipa', 9, 0.6, m('Ab4'), 0.55).note('pipa', 10, 0.65, m('G4'), 0.45)
    // The sigh of Ochi chyornye (G# A Bb A), in C and slower.
    s.note('strings', 14, 1, m('B3'), 0.42).note('strings', 15, 1, m('C4'), 0.45).note('strings', 16, 1.5, m('Db4'), 0.5).note('strings', 17.5, 3.5, m('C4'), 0.42)
    s.note('celesta', 24, 1, m('C6'), 0.5).note('celesta', 25, 1, m('Bb5'), 0.45).note('celesta', 26, 3, m('G5'), 0.4)
    // A phrase on the balalaika that stops short.
    s.note('balalaika', 30, 0.45, m('Eb4'), 0.5).note('balalaika', 30.5, 0.45, m('Eb4'), 0.45).note('balalaika', 31, 0.3, m('G4'), 0.45)
    s.note('strings', 35, 3, m('Db4'), 0.4).note('strings', 38, 5, m('C4'), 0.36)
    s.note('musicbox', 42, 1, m('G5'), 0.5).note('musicbox', 43.5, 2, m('Eb5'), 0.4)
  }),
}

const forgottenLegacy: RoomMusic = {
  roomId: 'forgotten-legacy',
  title: 'Mo Li Hua and Ochi chyornye intertwined',
  melodies: ['mo-li-hua', 'ochi-chyornye'],
  instruments: ['celesta', 'pipa', 'harmonium', 'strings'],
  caption: {
    en: '[Music: Mo Li Hua (Jasmine Flower) and Ochi chyornye (Dark Eyes) intertwined, reflective, on celesta, pipa, harmonium and strings, as if from an old record]',
    zh: '［音乐：《茉莉花》与《黑眼睛》交织，沉思般，钢片琴、琵琶、簧风琴与弦乐演奏，仿佛来自一张旧唱片］',
    ru: '[Музыка: «Молихуа» и «Очи чёрные» переплетаются, задумчиво, челеста, пипа, фисгармония и струнные, словно со старой пластинки]',
  },
  score: arrange(48, 38, effects({ size: 0.62, damp: 0.45, mix: 0.3 }, -21, { gramophone: true, crackle: 0.65 }), (s) => {
    // F major / D minor, about 59 beats a minute: jasmine (8), dark eyes (12), jasmine (16), dark eyes (12).
    s.melody(MO_LI_HUA_A, { instrument: 'celesta', at: 0, velocity: 0.7 })
    s.pad(MO_LI_HUA_A_CHORDS, { instrument: 'strings', at: 0, fifths: true, centre: 50, velocity: 0.34 })
    s.melody(OCHI_CHYORNYE, { instrument: 'harmonium', at: 8, velocity: 0.6, from: 0, to: 12 })
    s.pad(OCHI_CHYORNYE_CHORDS.filter((c) => c.start < 12), { instrument: 'strings', at: 8, centre: 53, velocity: 0.32 })
    const jasmine = concat(MO_LI_HUA_B, MO_LI_HUA_C)
    s.melody(jasmine, { instrument: 'pipa', at: 20, velocity: 0.65 })
    s.pad([...MO_LI_HUA_B_CHORDS, ...MO_LI_HUA_C_CHORDS.map((c) => ({ ...c, start: c.start + 8 }))], { instrument: 'strings', at: 20, fifths: true, centre: 50, velocity: 0.32 })
    // Under the jasmine, the harmonium holds the sigh of the Russian tune (A ... Bb A).
    s.note('harmonium', 20, 4, m('A4'), 0.3).note('harmonium', 24, 2, m('Bb4'), 0.3).note('harmonium', 26, 2, m('A4'), 0.28)
    s.melody(OCHI_CHYORNYE, { instrument: 'strings', at: 36, velocity: 0.5, from: 36, to: 48 })
    s.pad(
      chordChart('A7 | A7 | A7 | Dm', 3),
      { instrument: 'strings', at: 36, centre: 53, velocity: 0.3 },
    )
    // And the celesta answers with the jasmine's first notes, leading back to the start.
    s.note('celesta', 46.5, 0.5, m('A5'), 0.35).note('celesta', 47, 0.5, m('C6'), 0.3)
  }),
}

export const ROOM_MUSIC: RoomMusic[] = [entranceHall, eastMetEast, canvasToFactory, brothers, knowledgeBridge, breakingPoint, forgottenLegacy]

/** The credit line for a room's music, in the three languages. */
export function creditFor(room: RoomMusic): Localized {
  const tunes = room.melodies.map((id) => MELODIES[id])
  const many = tunes.length > 1
  return {
    en: `Music: ${tunes.map((t) => `${t.name.en} – ${t.origin.en}`).join('; ')}. Public-domain ${many ? 'melodies' : 'melody'}, arranged and synthesized for this exhibition.`,
    zh: `音乐：${tunes.map((t) => `${t.name.zh}——${t.origin.zh}`).join('；')}。公有领域旋律，为本展览编配并合成。`,
    ru: `Музыка: ${tunes.map((t) => `${t.name.ru} — ${t.origin.ru}`).join('; ')}. ${many ? 'Мелодии в общественном достоянии' : 'Мелодия в общественном достоянии'}, аранжировка и синтез для этой выставки.`,
  }
}
