/**
 * Builds the 2D artwork of the exhibition: every artifact with an image in
 * content/exhibition.json is drawn from its parameters in content/art/artworks.json and
 * written as a power-of-two WebP texture (public/media/art/<id>.webp) and a thumbnail
 * (public/media/thumbs/<id>.webp).
 *
 * Incremental: each artwork's inputs (template code, parameters, size, fonts, encoder
 * versions) are hashed into public/media/art/.hashes.json and unchanged works are skipped.
 * Deterministic: no clocks and no unseeded randomness, so the same inputs give the same bytes.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fontsHash } from './fonts'
import { artworksFile, type ArtworkParams } from './params'
import { encodeArtwork, type Encoded } from './render'
import { drawArtwork, longestEdge } from './templates'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const ART_TOOLS = resolve(ROOT, 'tools/art')
export const MANIFEST = resolve(ROOT, 'content/exhibition.json')
export const ARTWORKS = resolve(ROOT, 'content/art/artworks.json')
export const ART_DIR = resolve(ROOT, 'public/media/art')
export const THUMB_DIR = resolve(ROOT, 'public/media/thumbs')
export const HASHES = join(ART_DIR, '.hashes.json')

interface WallArtifact {
  id: string
  kind: string
  widthCm: number
  heightCm: number
  image: string
  thumbnail?: string
}

/** The artifacts that need a picture, read from the manifest (only the fields this needs). */
export function wallArtifacts(manifestPath = MANIFEST): WallArtifact[] {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    artifacts: Array<{ id: string; kind: string; dimensions: { width: number; height: number }; assets: { image?: string; thumbnail?: string } }>
  }
  return manifest.artifacts
    .filter((a) => a.assets.image !== undefined)
    .map((a) => ({ id: a.id, kind: a.kind, widthCm: a.dimensions.width, heightCm: a.dimensions.height, image: a.assets.image as string, thumbnail: a.assets.thumbnail }))
}

export function loadArtworks(path = ARTWORKS): Record<string, ArtworkParams> {
  return artworksFile.parse(JSON.parse(readFileSync(path, 'utf8'))).artworks
}

function listFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...listFiles(p))
    else if (entry.name.endsWith('.ts')) out.push(p)
  }
  return out.sort()
}

let codeHashCache: string | null = null
/** What the templates use from src/: the seeded generator they draw with, the line breaker they set text with. */
const SHARED_SOURCES = ['src/layout/random.ts', 'src/i18n/wrapLines.ts'].map((f) => resolve(ROOT, f))

/** Hash of the template code: every TypeScript file under tools/art, and what they use from src/. */
export function codeHash(): string {
  if (codeHashCache) return codeHashCache
  const h = createHash('sha256')
  for (const f of [...listFiles(ART_TOOLS), ...SHARED_SOURCES]) {
    h.update(relative(ART_TOOLS, f))
    h.update(readFileSync(f))
  }
  codeHashCache = h.digest('hex')
  return codeHashCache
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(resolve(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version
  } catch {
    return 'unknown'
  }
}

/** Everything an artwork's bytes depend on. */
export function inputHash(art: WallArtifact, params: ArtworkParams): string {
  const h = createHash('sha256')
  h.update(JSON.stringify({ id: art.id, w: art.widthCm, h: art.heightCm, params }))
  h.update(codeHash())
  h.update(fontsHash())
  h.update(`resvg ${packageVersion('@resvg/resvg-js')} sharp ${packageVersion('sharp')}`)
  return h.digest('hex').slice(0, 32)
}

/** Draws and encodes one artwork, writing nothing. */
export async function renderArtwork(id: string, widthCm: number, heightCm: number, params: ArtworkParams): Promise<Encoded> {
  const body = drawArtwork({ id, widthCm, heightCm }, params)
  return encodeArtwork(body, widthCm * 10, heightCm * 10, longestEdge(params))
}

export interface BuildOptions {
  force?: boolean
  only?: string[]
  log?: (line: string) => void
}

export interface BuildReport {
  built: string[]
  skipped: string[]
  removed: string[]
  problems: string[]
}

async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T
      await fn(item)
    }
  })
  await Promise.all(workers)
}

export async function buildArt(options: BuildOptions = {}): Promise<BuildReport> {
  const log = options.log ?? (() => {})
  const report: BuildReport = { built: [], skipped: [], removed: [], problems: [] }
  const arts = wallArtifacts()
  const params = loadArtworks()
  for (const art of arts) {
    if (!params[art.id]) report.problems.push(`${art.id}: no parameters in content/art/artworks.json`)
    if (art.image !== `media/art/${art.id}.webp`) report.problems.push(`${art.id}: image should be media/art/${art.id}.webp`)
    if (art.thumbnail !== `media/thumbs/${art.id}.webp`) report.problems.push(`${art.id}: thumbnail should be media/thumbs/${art.id}.webp`)
  }
  for (const id of Object.keys(params)) {
    if (!arts.some((a) => a.id === id)) report.problems.push(`${id}: has parameters but no artifact with an image in the manifest`)
  }
  if (report.problems.length > 0) return report

  mkdirSync(ART_DIR, { recursive: true })
  mkdirSync(THUMB_DIR, { recursive: true })
  const hashes: Record<string, string> = existsSync(HASHES) ? (JSON.parse(readFileSync(HASHES, 'utf8')) as Record<string, string>) : {}
  const todo = arts.filter((a) => !options.only || options.only.includes(a.id))
  await pool(todo, Math.max(1, Math.min(4, availableParallelism())), async (art) => {
    const p = params[art.id] as ArtworkParams
    const hash = inputHash(art, p)
    const texturePath = join(ART_DIR, `${art.id}.webp`)
    const thumbPath = join(THUMB_DIR, `${art.id}.webp`)
    if (!options.force && hashes[art.id] === hash && existsSync(texturePath) && existsSync(thumbPath)) {
      report.skipped.push(art.id)
      return
    }
    const out = await renderArtwork(art.id, art.widthCm, art.heightCm, p)
    writeFileSync(texturePath, out.texture)
    writeFileSync(thumbPath, out.thumbnail)
    hashes[art.id] = hash
    report.built.push(art.id)
    log(`built ${art.id} ${out.textureSize.width}x${out.textureSize.height} ${(out.texture.length / 1024).toFixed(0)} KB`)
  })
  // Outputs whose artwork is gone from the manifest.
  const live = new Set(arts.map((a) => a.id))
  for (const dir of [ART_DIR, THUMB_DIR]) {
    for (const f of readdirSync(dir)) {
      const id = f.replace(/\.webp$/, '')
      if (f.endsWith('.webp') && !live.has(id)) {
        rmSync(join(dir, f))
        report.removed.push(relative(ROOT, join(dir, f)))
      }
    }
  }
  for (const id of Object.keys(hashes)) if (!live.has(id)) delete hashes[id]
  const sorted = Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => a.localeCompare(b)))
  writeFileSync(HASHES, `${JSON.stringify(sorted, null, 2)}\n`)
  report.built.sort()
  report.skipped.sort()
  return report
}
