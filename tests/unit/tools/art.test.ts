/**
 * The artwork pipeline (tools/art): SVG drawn by code, rendered with the bundled fonts into
 * power-of-two WebP textures, deterministically and incrementally.
 */
import { existsSync, readFileSync } from 'node:fs'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { HASHES, inputHash, loadArtworks, renderArtwork, wallArtifacts } from '../../../tools/art/build'
import { hasGlyphs, measure, SANS, SERIF, wrap } from '../../../tools/art/fonts'
import { nearestPot, potSize, rasterize, svgDocument, thumbSize } from '../../../tools/art/render'
import { drawArtwork } from '../../../tools/art/templates'
import type { ArtworkParams } from '../../../tools/art/params'

const LETTER: ArtworkParams = {
  template: 'letter',
  lang: 'ru',
  paper: 'ruled',
  greeting: 'Дорогой друг!',
  body: ['Пишу вам из Москвы. 我们都很好。'],
  closing: ['Ваш товарищ'],
}

/** Count of pixels noticeably darker than the white background. */
function inkPixels(pixels: Buffer): number {
  let count = 0
  for (let i = 0; i < pixels.length; i += 4) {
    if ((pixels[i] ?? 255) < 160 && (pixels[i + 3] ?? 0) > 0) count++
  }
  return count
}

function renderText(s: string, family: string): number {
  const body = `<rect width="600" height="120" fill="#fff"/><text x="10" y="80" font-family="${family}" font-size="60" fill="#000">${s}</text>`
  const { pixels, width, height } = rasterize(svgDocument(body, 600, 120, 600, 120))
  expect([width, height]).toEqual([600, 120])
  return inkPixels(pixels)
}

describe('texture sizes', () => {
  it('rounds to the nearest power of two on a log scale', () => {
    expect(nearestPot(1024)).toBe(1024)
    expect(nearestPot(700)).toBe(512)
    expect(nearestPot(730)).toBe(1024)
    expect(potSize(300, 160, 2048)).toEqual({ width: 2048, height: 1024 })
    expect(potSize(60, 85, 2048)).toEqual({ width: 1024, height: 2048 })
    expect(potSize(50, 40, 1024)).toEqual({ width: 1024, height: 1024 })
    expect(thumbSize(300, 160)).toEqual({ width: 256, height: 137 })
  })

  it('renders an artwork to the expected power-of-two texture and a true-aspect thumbnail', async () => {
    const out = await renderArtwork('test-letter', 21, 28, LETTER)
    const texture = await sharp(out.texture).metadata()
    expect(texture.format).toBe('webp')
    expect([texture.width, texture.height]).toEqual([1024, 1024])
    const thumb = await sharp(out.thumbnail).metadata()
    expect([thumb.width, thumb.height]).toEqual([192, 256])
  })

  it('renders a poster at 2048 on its long edge', async () => {
    const params: ArtworkParams = { template: 'poster', layout: 'banner', scene: 'crowd', zh: ['中苏友好'], ru: ['Дружба'], weathered: 0 }
    const out = await renderArtwork('test-poster', 60, 85, params)
    const meta = await sharp(out.texture).metadata()
    expect([meta.width, meta.height]).toEqual([1024, 2048])
  })
})

describe('determinism', () => {
  it('draws the same SVG from the same inputs', () => {
    const a = drawArtwork({ id: 'same', widthCm: 21, heightCm: 28 }, LETTER)
    const b = drawArtwork({ id: 'same', widthCm: 21, heightCm: 28 }, LETTER)
    expect(a).toBe(b)
    expect(a).not.toMatch(/NaN|Infinity|undefined/)
  })

  it('gives identical bytes when built twice', async () => {
    const first = await renderArtwork('twice', 21, 28, LETTER)
    const second = await renderArtwork('twice', 21, 28, LETTER)
    expect(first.texture.equals(second.texture)).toBe(true)
    expect(first.thumbnail.equals(second.thumbnail)).toBe(true)
  })

  it('has recorded an up-to-date input hash for every shipped artwork', () => {
    expect(existsSync(HASHES)).toBe(true)
    const hashes = JSON.parse(readFileSync(HASHES, 'utf8')) as Record<string, string>
    const params = loadArtworks()
    const stale = wallArtifacts()
      .filter((a) => hashes[a.id] !== inputHash(a, params[a.id] as ArtworkParams))
      .map((a) => a.id)
    // A failure here means the templates or parameters changed: run `npx tsx tools/build-art.ts`.
    expect(stale).toEqual([])
  })
})

describe('bundled fonts', () => {
  it('cover Chinese and Cyrillic', () => {
    expect(hasGlyphs('苏联的今天就是我们的明天', SERIF)).toBe(true)
    expect(hasGlyphs('Сегодняшний день Советского Союза', SANS)).toBe(true)
  })

  it('render a Chinese and a Cyrillic string with visible glyphs', () => {
    expect(renderText('', 'Noto Serif SC')).toBe(0)
    expect(renderText('中苏友好', 'Noto Serif SC')).toBeGreaterThan(500)
    expect(renderText('Дружба', 'Noto Sans SC')).toBeGreaterThan(500)
  })

  it('measure and wrap text for layout', () => {
    const font = { family: SERIF, weight: 400 as const, size: 10 }
    expect(measure('中苏', font)).toBeCloseTo(20, 5)
    expect(measure('Дружба', font)).toBeGreaterThan(20)
    const lines = wrap('Да здравствует великая дружба советского и китайского народов', font, 120)
    expect(lines.length).toBeGreaterThan(1)
    for (const l of lines) expect(measure(l, font)).toBeLessThanOrEqual(120)
    expect(wrap('苏联的今天就是我们的明天', font, 60)).toEqual(['苏联的今天就', '是我们的明天'])
  })
})
