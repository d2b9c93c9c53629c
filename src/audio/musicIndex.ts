/**
 * The sidecar `media/audio/music.json` that tools/build-audio.ts writes next to the room loops:
 * where each loop starts and ends inside its MP3 (the file carries a wrapped margin so the loop
 * is gapless whatever delay the browser's decoder leaves), plus credits and described captions.
 */

export type LocalizedLine = Record<string, string> & { en: string }

export interface MusicTrack {
  roomId: string
  file: string
  title: string
  loopStart: number
  loopEnd: number
  loopDuration: number
  duration: number
  bytes: number
  sampleRate: number
  channels: number
  bitrateKbps: number
  melodies: Array<{ id: string; name: LocalizedLine; origin: LocalizedLine; publicDomain: string }>
  instruments: string[]
  credit: LocalizedLine
  caption: LocalizedLine
  rms: number
  rmsDb: number
  peak: number
  peakDb: number
  inputsHash: string
}

export interface MusicIndex {
  version: 1
  generator?: string
  note?: string
  tracks: Record<string, MusicTrack>
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Checks a parsed music.json; throws an Error naming the first problem. */
export function parseMusicIndex(data: unknown): MusicIndex {
  if (!isObject(data) || data.version !== 1 || !isObject(data.tracks)) throw new Error('music index: expected { version: 1, tracks: {...} }')
  for (const [id, t] of Object.entries(data.tracks)) {
    if (!isObject(t)) throw new Error(`music index: track "${id}" is not an object`)
    for (const key of ['loopStart', 'loopEnd', 'duration'] as const) {
      if (typeof t[key] !== 'number' || !Number.isFinite(t[key])) throw new Error(`music index: track "${id}" has no numeric ${key}`)
    }
    if (!((t.loopStart as number) >= 0 && (t.loopEnd as number) > (t.loopStart as number) && (t.loopEnd as number) <= (t.duration as number))) {
      throw new Error(`music index: track "${id}" has loop points outside its file`)
    }
    if (typeof t.file !== 'string' || !isObject(t.caption) || typeof t.caption.en !== 'string') throw new Error(`music index: track "${id}" needs a file and an English caption`)
  }
  return data as unknown as MusicIndex
}

/** The loop points for a file, matched by its name (the part after the last "/"). */
export function loopPointsFor(index: MusicIndex, url: string): { loopStart: number; loopEnd: number } | null {
  const name = url.split(/[?#]/)[0]?.split('/').pop()
  for (const t of Object.values(index.tracks)) if (t.file === name) return { loopStart: t.loopStart, loopEnd: t.loopEnd }
  return null
}
