/**
 * Vite plugin: the page's Noto Serif SC (400, 700) and Noto Sans SC (400), subset at build time
 * to the characters of the exhibition and the interface (charset.ts), cut into slices by
 * unicode-range, written as hashed woff2 files under assets/ and declared by an inline <style>
 * in index.html, so the start screen can use them before any script runs. Subsets are cached in
 * .cache/fonts by their input's hash (a cold build subsets for about a minute).
 * The complete families stay available for text outside the subset (src/i18n/fontCoverage.ts).
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import subsetFont from 'subset-font'
import { characterCounts, sliceCharacters, subsetTexts, unicodeRange, type Slice } from './charset'

const ROOT = resolve(import.meta.dirname, '../..')
const EXPO = join(ROOT, 'node_modules/@expo-google-fonts')
const CACHE = join(ROOT, '.cache/fonts')

export const FACES = [
  { family: 'Noto Serif SC', slug: 'noto-serif-sc', weight: 400, file: join(EXPO, 'noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf') },
  { family: 'Noto Serif SC', slug: 'noto-serif-sc', weight: 700, file: join(EXPO, 'noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf') },
  { family: 'Noto Sans SC', slug: 'noto-sans-sc', weight: 400, file: join(EXPO, 'noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf') },
] as const

function walk(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name), test) : test(e.name) ? [join(dir, e.name)] : []))
}

/** The slices for the exhibition in content/ and the interface in src/. */
export function subsetPlan(): Slice[] {
  const docs = walk(join(ROOT, 'content'), (n) => n.endsWith('.json') && !n.endsWith('.schema.json')).map((f) => JSON.parse(readFileSync(f, 'utf8')) as unknown)
  const sources = walk(join(ROOT, 'src'), (n) => /\.(ts|tsx)$/.test(n)).map((f) => readFileSync(f, 'utf8'))
  return sliceCharacters(characterCounts(subsetTexts(docs, sources)))
}

interface Built {
  fileName: string
  source: Buffer
}

async function subsetCached(file: string, chars: string[]): Promise<Buffer> {
  const key = createHash('sha256').update(`${file}:${statSync(file).size}:noLayoutClosure:${chars.join('')}`).digest('hex').slice(0, 24)
  const cached = join(CACHE, `${key}.woff2`)
  if (existsSync(cached)) return readFileSync(cached)
  // Without layout closure: the glyphs of these characters only, not every alternate, small cap
  // and ligature their GSUB features reach (a Latin slice 40 KB -> 12 KB); text is set from
  // the characters' own glyphs, with their kerning.
  const out = await subsetFont(readFileSync(file), chars.join(''), { targetFormat: 'woff2', noLayoutClosure: true })
  mkdirSync(CACHE, { recursive: true })
  writeFileSync(cached, out)
  return out
}

export function subsetFonts(): Plugin {
  let built: Built[] | null = null
  let css = ''
  let base = './'
  const prepare = async () => {
    if (built) return
    const slices = subsetPlan()
    const files: Built[] = []
    const rules: string[] = []
    for (const face of FACES) {
      for (const slice of slices) {
        const source = await subsetCached(face.file, slice.chars)
        const hash = createHash('sha256').update(source).digest('hex').slice(0, 8)
        const fileName = `assets/${face.slug}-${face.weight}-${slice.name}-${hash}.woff2`
        files.push({ fileName, source })
        rules.push(`@font-face{font-family:'${face.family}';font-style:normal;font-weight:${face.weight};font-display:swap;src:url(${base}${fileName}) format('woff2');unicode-range:${unicodeRange(slice.chars)}}`)
      }
    }
    built = files
    css = rules.join('\n')
  }
  return {
    name: 'subset-fonts',
    configResolved(config) {
      base = config.command === 'build' ? config.base : '/'
    },
    async buildStart() {
      await prepare()
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const path = (req.url ?? '').replace(/^\//, '').split('?')[0]
        if (!path?.startsWith('assets/') || !path.endsWith('.woff2')) return next()
        await prepare()
        const file = built!.find((f) => f.fileName === path)
        if (!file) return next()
        res.setHeader('Content-Type', 'font/woff2')
        res.end(file.source)
      })
    },
    generateBundle() {
      for (const file of built ?? []) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source })
    },
    async transformIndexHtml() {
      await prepare()
      return [{ tag: 'style', attrs: { 'data-vm-fonts': '' }, children: css, injectTo: 'head' }]
    },
  }
}
