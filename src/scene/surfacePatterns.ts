/**
 * The patterns of the architecture's surfaces, drawn on 512 px canvases from a colour and a
 * seeded generator: chevron parquet, marble, concrete, boards, and the wall finishes.
 */
import * as THREE from 'three'
import type { Theme } from '../manifest/schema'

const SIZE = 512

function canvas(size = SIZE): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const c = document.createElement('canvas')
  c.width = c.height = size
  // Drawn on the CPU: the grain is read back and rewritten pixel by pixel (noise), which on a
  // GPU-backed canvas stalls for a readback; the finished picture is uploaded once either way.
  const ctx = c.getContext('2d', { willReadFrequently: true })
  if (!ctx) throw new Error('2D canvas unavailable')
  return [c, ctx]
}

/**
 * `hex` lighter or darker by `amount` of lightness, as the eye sees it: in sRGB. (In three's
 * linear working space a dark oak sits near 0, so a small step darker was black.)
 */
function shade(hex: string, amount: number): string {
  const c = new THREE.Color(hex)
  const hsl = { h: 0, s: 0, l: 0 }
  c.getHSL(hsl, THREE.SRGBColorSpace)
  c.setHSL(hsl.h, hsl.s, THREE.MathUtils.clamp(hsl.l + amount, 0, 1), THREE.SRGBColorSpace)
  return `#${c.getHexString(THREE.SRGBColorSpace)}`
}

function noise(ctx: CanvasRenderingContext2D, rnd: () => number, strength: number, size = SIZE): void {
  const image = ctx.getImageData(0, 0, size, size)
  for (let i = 0; i < image.data.length; i += 4) {
    const n = (rnd() - 0.5) * strength
    image.data[i] = image.data[i]! + n
    image.data[i + 1] = image.data[i + 1]! + n
    image.data[i + 2] = image.data[i + 2]! + n
  }
  ctx.putImageData(image, 0, 0)
}

/**
 * Oak parquet laid in a chevron: strips about 6 x 38 cm at 45 degrees, each row of the pattern
 * leaning the other way; one tile covers 1.6 m, and the rows and columns divide it exactly, so
 * tiles meet without a seam. The strips differ by a few percent of lightness, as sorted oak does.
 */
export function parquet(colour: string, rnd: () => number): HTMLCanvasElement {
  const [c, ctx] = canvas()
  ctx.fillStyle = shade(colour, -0.05)
  ctx.fillRect(0, 0, SIZE, SIZE)
  const columns = 18
  const a = SIZE / columns
  // 6 rows of 3 columns' height: an even count, so the alternating lean repeats across the edge.
  const rowHeight = 3 * a
  for (let row = 0; row < SIZE / rowHeight; row++) {
    const lean = row % 2 === 0 ? 1 : -1
    for (let k = -4; k < columns + 4; k++) {
      ctx.save()
      ctx.beginPath()
      ctx.rect(0, row * rowHeight, SIZE, rowHeight)
      ctx.clip()
      ctx.translate(k * a, row * rowHeight)
      ctx.transform(1, 0, lean, 1, 0, 0)
      ctx.fillStyle = shade(colour, (rnd() - 0.5) * 0.07)
      ctx.fillRect(0, 0, a, rowHeight)
      ctx.strokeStyle = 'rgba(30,15,5,0.3)'
      ctx.lineWidth = 1
      ctx.strokeRect(0, 0, a, rowHeight)
      // Grain along the strip.
      ctx.strokeStyle = 'rgba(40,20,5,0.07)'
      for (let g = 0; g < 3; g++) {
        const x = rnd() * a
        ctx.beginPath()
        ctx.moveTo(x, 0)
        ctx.lineTo(x, rowHeight)
        ctx.stroke()
      }
      ctx.restore()
    }
  }
  noise(ctx, rnd, 5)
  return c
}

/** Polished stone slabs with soft veins. */
export function marble(colour: string, rnd: () => number, joints: boolean): HTMLCanvasElement {
  const [c, ctx] = canvas()
  ctx.fillStyle = colour
  ctx.fillRect(0, 0, SIZE, SIZE)
  for (let v = 0; v < 14; v++) {
    ctx.beginPath()
    let x = rnd() * SIZE
    let y = rnd() * SIZE
    ctx.moveTo(x, y)
    for (let k = 0; k < 12; k++) {
      x += (rnd() - 0.3) * 60
      y += (rnd() - 0.5) * 60
      ctx.lineTo(x, y)
    }
    ctx.strokeStyle = `rgba(90,85,80,${0.05 + rnd() * 0.12})`
    ctx.lineWidth = 0.5 + rnd() * 2
    ctx.stroke()
  }
  if (joints) {
    ctx.strokeStyle = 'rgba(60,55,50,0.35)'
    ctx.lineWidth = 2
    for (let i = 0; i <= SIZE; i += SIZE / 2) {
      ctx.beginPath(); ctx.moveTo(i, 0); ctx.lineTo(i, SIZE); ctx.stroke()
      ctx.beginPath(); ctx.moveTo(0, i); ctx.lineTo(SIZE, i); ctx.stroke()
    }
  }
  noise(ctx, rnd, 6)
  return c
}

export function concrete(colour: string, rnd: () => number): HTMLCanvasElement {
  const [c, ctx] = canvas()
  ctx.fillStyle = colour
  ctx.fillRect(0, 0, SIZE, SIZE)
  for (let i = 0; i < 400; i++) {
    ctx.fillStyle = `rgba(${rnd() > 0.5 ? '255,255,255' : '0,0,0'},${rnd() * 0.05})`
    const r = 4 + rnd() * 40
    ctx.beginPath()
    ctx.arc(rnd() * SIZE, rnd() * SIZE, r, 0, Math.PI * 2)
    ctx.fill()
  }
  ctx.strokeStyle = 'rgba(40,40,40,0.35)'
  ctx.lineWidth = 2
  ctx.strokeRect(0, 0, SIZE, SIZE)
  noise(ctx, rnd, 18)
  return c
}

/**
 * Floor boards 16 cm wide (a tile of 1.28 m holds 8), each of a slightly different oak, with
 * their end joints staggered; thin joints, never black lines.
 */
export function boards(colour: string, rnd: () => number): HTMLCanvasElement {
  const [c, ctx] = canvas()
  const count = 8
  const w = SIZE / count
  for (let i = 0; i < count; i++) {
    ctx.fillStyle = shade(colour, (rnd() - 0.5) * 0.06)
    ctx.fillRect(i * w, 0, w, SIZE)
    ctx.fillStyle = 'rgba(30,15,5,0.28)'
    ctx.fillRect(i * w, 0, 1, SIZE)
    // Staggered: each board's end joint a good way from its neighbour's.
    const joint = ((i * 0.37 + rnd() * 0.2) % 1) * SIZE
    ctx.fillRect(i * w, joint, w, 1)
    ctx.strokeStyle = 'rgba(40,20,5,0.06)'
    for (let g = 0; g < 4; g++) {
      const x = i * w + 2 + rnd() * (w - 4)
      ctx.beginPath()
      ctx.moveTo(x, 0)
      ctx.lineTo(x + (rnd() - 0.5) * 6, SIZE)
      ctx.stroke()
    }
  }
  noise(ctx, rnd, 6)
  return c
}

/** Wall fabric with a small damask-like lozenge, or plain plaster with a faint trowel texture. */
export function wallSurface(kind: Theme['wall'], colour: string, rnd: () => number): HTMLCanvasElement {
  const [c, ctx] = canvas(256)
  ctx.fillStyle = colour
  ctx.fillRect(0, 0, 256, 256)
  if (kind === 'fabric') {
    ctx.strokeStyle = shade(colour, 0.035)
    ctx.lineWidth = 2
    for (let y = 0; y < 256; y += 64) {
      for (let x = 0; x < 256; x += 64) {
        const ox = (y / 64) % 2 ? 32 : 0
        ctx.beginPath()
        ctx.moveTo(x + ox, y + 8); ctx.lineTo(x + ox + 16, y + 32); ctx.lineTo(x + ox, y + 56); ctx.lineTo(x + ox - 16, y + 32)
        ctx.closePath()
        ctx.stroke()
      }
    }
    noise(ctx, rnd, 10, 256)
  } else if (kind === 'brick') {
    for (let row = 0; row < 16; row++) {
      for (let col = -1; col < 5; col++) {
        const x = col * 64 + (row % 2) * 32
        ctx.fillStyle = shade(colour, (rnd() - 0.5) * 0.12)
        ctx.fillRect(x + 2, row * 16 + 2, 60, 12)
      }
    }
    noise(ctx, rnd, 14, 256)
  } else if (kind === 'panelling') {
    ctx.fillStyle = shade(colour, -0.04)
    for (let x = 0; x < 256; x += 2) {
      ctx.globalAlpha = 0.15 * rnd()
      ctx.fillRect(x, 0, 1, 256)
    }
    ctx.globalAlpha = 1
    ctx.strokeStyle = shade(colour, -0.12)
    ctx.lineWidth = 4
    ctx.strokeRect(16, 16, 224, 224)
    ctx.strokeStyle = shade(colour, 0.08)
    ctx.lineWidth = 2
    ctx.strokeRect(22, 22, 212, 212)
  } else {
    noise(ctx, rnd, kind === 'painted' ? 4 : 8, 256)
  }
  return c
}
