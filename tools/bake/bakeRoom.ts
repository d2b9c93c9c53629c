/**
 * Bakes one room's lightmap from its BakeInputs: rasterize the atlas, shade the texels (in worker
 * threads when asked), dilate, encode to WebP. Deterministic: every texel's rays are seeded by
 * its own index, whatever thread shades it.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import sharp from 'sharp'
import type { BakeInputs } from '../../src/scene/bakeInputs'
import { DEFAULT_SETTINGS, buildBvh, dilate, encode, occluderSoup, rangeOf, rasterize, shade, type BakeSettings, type ShadeJob, type Texels } from './core.ts'

export interface BakedRoom {
  size: number
  /** Linear RGB per atlas texel (dilated). */
  rgb: Float32Array
  texels: Texels
  /** lightMapIntensity the runtime multiplies the 8-bit texels by (before three's 1/π for MeshBasicMaterial). */
  scale: number
  webp: Buffer
  seconds: number
}

/** A pool of bake workers, shared across the rooms of one run. */
export class BakePool {
  private workers: Worker[]
  private next = 0
  private pending = new Map<number, (rgb: Float32Array) => void>()
  private failed = new Map<number, (e: Error) => void>()
  constructor(count = Math.min(2, availableParallelism())) {
    this.workers = Array.from({ length: count }, () => {
      // The worker is TypeScript too: load it through tsx, as the parent was.
      const w = new Worker(new URL('./worker.mjs', import.meta.url))
      w.on('error', (e) => {
        for (const reject of this.failed.values()) reject(e)
      })
      w.on('message', (m: { id: number; rgb: Float32Array }) => {
        this.pending.get(m.id)?.(m.rgb)
        this.pending.delete(m.id)
        this.failed.delete(m.id)
      })
      return w
    })
  }
  get size(): number {
    return this.workers.length
  }
  run(job: ShadeJob, worker: number): Promise<Float32Array> {
    const id = this.next++
    return new Promise((resolve, reject) => {
      this.pending.set(id, resolve)
      this.failed.set(id, reject)
      this.workers[worker % this.workers.length]!.postMessage({ ...job, id })
    })
  }
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()))
  }
}

export async function bakeRoom(inputs: BakeInputs, options: { settings?: BakeSettings; pool?: BakePool } = {}): Promise<BakedRoom> {
  const t0 = performance.now()
  const settings = options.settings ?? DEFAULT_SETTINGS
  const size = inputs.atlas.size
  const surfaces = Object.values(inputs.surfaces).filter((g): g is NonNullable<typeof g> => g !== null)
  const texels = rasterize(surfaces, size)
  const soup = occluderSoup(surfaces, inputs.occluders)
  const base = { occluders: soup, lights: inputs.lights, ambient: inputs.ambient, settings }
  const count = texels.index.length
  let shaded: Float32Array
  if (options.pool) {
    // Interleaved chunks so both threads get walls, floor and mouldings alike.
    const chunks = options.pool.size * 6
    const per = Math.ceil(count / chunks)
    const parts = await Promise.all(
      Array.from({ length: chunks }, (_, c) => {
        const from = Math.min(count, c * per)
        const to = Math.min(count, from + per)
        return options.pool!.run({ ...base, position: texels.position.slice(from * 3, to * 3), normal: texels.normal.slice(from * 3, to * 3), first: from }, c)
      }),
    )
    shaded = new Float32Array(count * 3)
    let at = 0
    for (const p of parts) {
      shaded.set(p, at)
      at += p.length
    }
  } else {
    shaded = shade({ ...base, position: texels.position, normal: texels.normal, first: 0 }, buildBvh(soup))
  }
  const rgb = new Float32Array(size * size * 3)
  const filled = new Uint8Array(size * size)
  texels.index.forEach((i, k) => {
    rgb.set(shaded.subarray(k * 3, k * 3 + 3), i * 3)
    filled[i] = 1
  })
  const scale = rangeOf(rgb, filled)
  dilate(rgb, filled, size, 4)
  const webp = await sharp(Buffer.from(encode(rgb, scale)), { raw: { width: size, height: size, channels: 3 } })
    .webp({ quality: 88, effort: 6, smartSubsample: true })
    .toBuffer()
  return { size, rgb, texels, scale, webp, seconds: (performance.now() - t0) / 1000 }
}
