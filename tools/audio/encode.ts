/**
 * MP3 encoding of a loop for gapless playback with `AudioBufferSourceNode.loopStart/loopEnd`.
 *
 * An MP3 starts late (the encoder's 576-sample delay plus the decoder's 529) and browsers disagree
 * on whether they trim that delay. So the file holds the loop with a wrapped margin on each side,
 * [end of loop | whole loop | start of loop], and the sidecar gives loopStart/loopEnd for the
 * usual untrimmed delay (measured: mpg123 without a LAME tag returns exactly 1105 samples late).
 * The loop is a whole number of frames long, so once the encoder has settled (LEAD_IN) it writes
 * the same frames for the loop's start as for the same music one loop later: the two sides of the
 * join decode to identical samples. Because the signal is periodic across the margins, a decoder that trims
 * differently only shifts where in the tune the loop points fall: the join stays seamless for any
 * delay error smaller than the margin (a quarter of a second).
 */
import { Mp3Encoder } from '@breezystack/lamejs'
import { MPEGDecoder } from 'mpg123-decoder'

/** Samples per MPEG-1 Layer III frame. */
export const MP3_FRAME = 1152
/** LAME's encoder delay plus the standard decoder delay, in samples. */
export const MP3_DELAY = 576 + 529
/** The wrapped margin on each side of the loop, in samples (10 frames: 0.26 s at 44.1 kHz). */
export const LOOP_MARGIN = 10 * MP3_FRAME
/**
 * Extra wrapped lead-in before the first margin, in samples. The encoder starts from an empty
 * state (bit reservoir, psychoacoustic history); by the time it reaches the loop it must encode
 * it exactly as it will encode the same music one loop later, or the two sides of the join differ.
 */
export const LEAD_IN = 30 * MP3_FRAME

export interface EncodedLoop {
  bytes: Uint8Array
  sampleRate: number
  /** Seconds, in the decoded (untrimmed) timeline. */
  loopStart: number
  loopEnd: number
  /** Seconds of audio a decoder that keeps the delay returns (whole frames). */
  duration: number
  frames: number
}

function toInt16(x: Float32Array): Int16Array {
  const out = new Int16Array(x.length)
  for (let i = 0; i < x.length; i++) out[i] = Math.max(-32768, Math.min(32767, Math.round((x[i] as number) * 32767)))
  return out
}

export function encodeLoop(loop: Float32Array, sampleRate: number, kbps: number, leadIn = LEAD_IN): EncodedLoop {
  const n = loop.length
  const before = LOOP_MARGIN + leadIn
  if (n < before || n < LOOP_MARGIN) throw new Error('loop shorter than its margins')
  const padded = new Float32Array(n + before + LOOP_MARGIN)
  padded.set(loop.subarray(n - before), 0)
  padded.set(loop, before)
  padded.set(loop.subarray(0, LOOP_MARGIN), before + n)
  const pcm = toInt16(padded)
  const encoder = new Mp3Encoder(1, sampleRate, kbps)
  const parts: Uint8Array[] = []
  for (let i = 0; i < pcm.length; i += MP3_FRAME) parts.push(encoder.encodeBuffer(pcm.subarray(i, i + MP3_FRAME)))
  parts.push(encoder.flush())
  const size = parts.reduce((s, p) => s + p.length, 0)
  const bytes = new Uint8Array(size)
  let o = 0
  for (const p of parts) {
    bytes.set(p, o)
    o += p.length
  }
  const frames = countFrames(bytes)
  const start = before + MP3_DELAY
  return {
    bytes,
    sampleRate,
    loopStart: start / sampleRate,
    loopEnd: (start + n) / sampleRate,
    duration: (frames * MP3_FRAME) / sampleRate,
    frames,
  }
}

const BITRATES_V1_L3 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
const RATES_V1 = [44100, 48000, 32000]

export interface FrameScan {
  frames: number
  sampleRate: number | null
  bitrates: Set<number>
  /** True when every byte belongs to a valid MPEG-1 Layer III frame, back to back. */
  clean: boolean
}

/** Walks the MPEG-1 Layer III frame headers of a file (no ID3 tags expected). */
export function scanFrames(bytes: Uint8Array): FrameScan {
  let i = 0
  let frames = 0
  let sampleRate: number | null = null
  const bitrates = new Set<number>()
  while (i + 4 <= bytes.length) {
    const b1 = bytes[i + 1] as number
    const b2 = bytes[i + 2] as number
    // Sync (11 bits), MPEG-1 (11), Layer III (01).
    if (bytes[i] !== 0xff || (b1 & 0xfe) !== 0xfa) return { frames, sampleRate, bitrates, clean: false }
    const bitrate = BITRATES_V1_L3[b2 >> 4]
    const rate = RATES_V1[(b2 >> 2) & 3]
    if (!bitrate || !rate) return { frames, sampleRate, bitrates, clean: false }
    const padding = (b2 >> 1) & 1
    const length = Math.floor((144000 * bitrate) / rate) + padding
    sampleRate ??= rate
    bitrates.add(bitrate)
    frames += 1
    i += length
  }
  return { frames, sampleRate, bitrates, clean: i === bytes.length }
}

export function countFrames(bytes: Uint8Array): number {
  return scanFrames(bytes).frames
}

/** Decodes an MP3 to mono samples with mpg123 (WebAssembly), keeping the decoder delay as a browser does. */
export async function decodeMp3(bytes: Uint8Array): Promise<{ samples: Float32Array; sampleRate: number; errors: number }> {
  const decoder = new MPEGDecoder({ enableGapless: false })
  await decoder.ready
  try {
    const result = decoder.decode(bytes)
    return { samples: result.channelData[0] ?? new Float32Array(0), sampleRate: result.sampleRate, errors: result.errors.length }
  } finally {
    decoder.free()
  }
}
