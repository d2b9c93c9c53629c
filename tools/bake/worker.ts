/** A bake worker thread: builds the BVH once per room, then shades the texel ranges it is sent. */
import { parentPort } from 'node:worker_threads'
import type { MeshBVH } from 'three-mesh-bvh'
import { buildBvh, shade, type ShadeJob } from './core.ts'

let current: { soup: Float32Array; bvh: MeshBVH } | null = null

parentPort!.on('message', (job: ShadeJob & { id: number }) => {
  if (!current || current.soup.length !== job.occluders.length || current.soup.some((v, i) => v !== job.occluders[i])) {
    current = { soup: job.occluders, bvh: buildBvh(job.occluders) }
  }
  const rgb = shade(job, current.bvh)
  parentPort!.postMessage({ id: job.id, rgb }, [rgb.buffer as ArrayBuffer])
})
