/**
 * A small WebVTT reader for the captions of narration and recordings, enough for the files this
 * project writes and most others: the header, cue identifiers, `hh:mm:ss.ttt` / `mm:ss.ttt`
 * timings with cue settings, multi-line text, NOTE/STYLE/REGION blocks (skipped), voice and style
 * tags (removed, the speaker's name kept as `voice`) and the common character references.
 */

export interface Cue {
  id?: string
  /** Seconds. */
  start: number
  end: number
  /** Plain text, lines joined with "\n". */
  text: string
  /** The speaker named by a `<v Name>` tag, if any. */
  voice?: string
}

export class VttError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'VttError'
  }
}

const TIMESTAMP = /^(?:(\d+):)?([0-5]\d):([0-5]\d)\.(\d{3})$/
const TIMING = /^(\S+)\s+-->\s+(\S+)(?:\s+.*)?$/

/** "01:02.500" or "1:01:02.500" to seconds; NaN if malformed. */
export function parseTimestamp(text: string): number {
  const m = TIMESTAMP.exec(text.trim())
  if (!m) return Number.NaN
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f', quot: '"', apos: "'" }

function cueText(raw: string): { text: string; voice?: string } {
  let voice: string | undefined
  const text = raw
    .replace(/<v(?:\.[^\s>]*)?\s+([^>]*)>/g, (_, name: string) => {
      voice ??= name.trim()
      return ''
    })
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
        return Number.isFinite(code) ? String.fromCodePoint(code) : all
      }
      return ENTITIES[name.toLowerCase()] ?? all
    })
  return voice === undefined ? { text } : { text, voice }
}

/**
 * Parses a WebVTT file into cues sorted by start time. Throws a VttError when the signature is
 * missing; a cue with malformed timing is skipped, as browsers do.
 */
export function parseVtt(source: string): Cue[] {
  const lines = source.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').split('\n')
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) throw new VttError('not a WebVTT file: it must start with "WEBVTT"')
  // Blocks are separated by blank lines; the first block is the header.
  const blocks: string[][] = []
  let block: string[] = []
  for (const line of lines.slice(1)) {
    if (line.trim() === '') {
      if (block.length > 0) blocks.push(block)
      block = []
    } else block.push(line)
  }
  if (block.length > 0) blocks.push(block)
  const cues: Cue[] = []
  for (const b of blocks) {
    const first = b[0] as string
    if (/^(NOTE|STYLE|REGION)(\s|$)/.test(first)) continue
    const timingAt = TIMING.test(first.trim()) ? 0 : b.length > 1 && TIMING.test((b[1] as string).trim()) ? 1 : -1
    if (timingAt < 0) continue
    const m = TIMING.exec((b[timingAt] as string).trim()) as RegExpExecArray
    const start = parseTimestamp(m[1] as string)
    const end = parseTimestamp(m[2] as string)
    if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) continue
    const { text, voice } = cueText(b.slice(timingAt + 1).join('\n'))
    const cue: Cue = { start, end, text }
    if (timingAt === 1) cue.id = first.trim()
    if (voice !== undefined) cue.voice = voice
    cues.push(cue)
  }
  return cues.map((c, i) => ({ c, i })).sort((p, q) => p.c.start - q.c.start || p.i - q.i).map((x) => x.c)
}

/** The cue showing at time t (start ≤ t < end); of overlapping cues, the one that started last. */
export function activeCue(cues: readonly Cue[], t: number): Cue | null {
  let found: Cue | null = null
  for (const c of cues) {
    if (c.start > t) break
    if (t < c.end) found = c
  }
  return found
}
