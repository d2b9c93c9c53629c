/**
 * A build step (Vite plugin) that writes a .br and a .gz beside every compressible file in dist/,
 * so the production server (server/, sirv) sends them without compressing on each request.
 * A compressed copy is kept only when it is smaller than the file.
 */
import type { Plugin } from 'vite'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { promisify } from 'node:util'

const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|txt|vtt|xml|wasm|webmanifest|map|gltf|ttf|otf)$/i
const MIN_BYTES = 1024
const br = promisify(brotliCompress)
const gz = promisify(gzip)

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* walk(path)
    else if (entry.isFile()) yield path
  }
}

export async function precompressDir(dir: string): Promise<{ files: number; bytes: number; brBytes: number }> {
  let files = 0
  let bytes = 0
  let brBytes = 0
  for await (const path of walk(dir)) {
    if (!COMPRESSIBLE.test(path) || (await stat(path)).size < MIN_BYTES) continue
    const data = await readFile(path)
    const [b, g] = await Promise.all([
      br(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
      gz(data, { level: 9 }),
    ])
    if (b.length < data.length) await writeFile(`${path}.br`, b)
    if (g.length < data.length) await writeFile(`${path}.gz`, g)
    files++
    bytes += data.length
    brBytes += Math.min(b.length, data.length)
  }
  return { files, bytes, brBytes }
}

export function precompress(): Plugin {
  let outDir = 'dist'
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    // After every other plugin has written its files (the service worker among them).
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const r = await precompressDir(outDir)
        this.info?.(`precompressed ${r.files} files: ${(r.bytes / 1e6).toFixed(2)} MB -> ${(r.brBytes / 1e6).toFixed(2)} MB brotli`)
      },
    },
  }
}
