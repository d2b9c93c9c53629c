/**
 * Procedural surface textures for the architecture, drawn once on a canvas at start-up: a few
 * hundred kilobytes of pixels instead of megabytes of downloaded photographs, and tinted from
 * each room's palette so one manifest change restyles a room.
 */
import * as THREE from 'three'
import { seededRandom } from '../layout/random'
import type { Theme } from '../manifest/schema'

const SIZE = 512

function canvas(size = SIZE): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const c = document.createElement('canvas')
  c.width = c.height = size
  const ctx = c.getContext('2d')
  if (!ctx) throw new Error('2D canvas unavailable')
  return [c, ctx]
}

function shade(hex: string, amount: number): string {
  const c = new THREE.Color(hex)
  const hsl = { h: 0, s: 0, l: 0 }
  c.getHSL(hsl)
  c.setHSL(hsl.h, hsl.s, THREE.MathUtils.clamp(hsl.l + amount, 0, 1))
  return `#${c.getHexString()}`
}

function toTexture(c: HTMLCanvasElement, repeat: [number, number]): THREE.CanvasTexture {
  const t = new THREE.CanvasTexture(c)
  t.colorSpace = THREE.SRGBColorSpace
  t.wrapS = t.wrapT = THREE.RepeatWrapping
  t.repeat.set(repeat[0], repeat[1])
  t.anisotropy = 8
  return t
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

/** Oak parquet laid in a herringbone: 45-degree planks in alternating rows; one tile covers 1.6 m. */
function parquet(colour: string, rnd: () => number): HTMLCanvasElement {
  const [c, ctx] = canvas()
  ctx.fillStyle = shade(colour, -0.15)
  ctx.fillRect(0, 0, SIZE, SIZE)
  // Each row of the pattern is a column of planks leaning one way, the next row the other way.
  const w = SIZE / 16
  const l = w * 4
  const rowHeight = l * Math.SQRT1_2
  for (let row = -1; row * rowHeight < SIZE + rowHeight; row++) {
    const lean = row % 2 === 0 ? 1 : -1
    for (let k = -2; k * w * Math.SQRT2 < SIZE + l; k++) {
      ctx.save()
      ctx.translate(k * w * Math.SQRT2, row * rowHeight)
      ctx.transform(1, 0, lean, 1, 0, 0)
      ctx.fillStyle = shade(colour, (rnd() - 0.5) * 0.14)
      ctx.fillRect(0, 0, w * Math.SQRT2, rowHeight)
      ctx.strokeStyle = 'rgba(25,12,4,0.55)'
      ctx.lineWidth = 1.5
      ctx.strokeRect(0, 0, w * Math.SQRT2, rowHeight)
      // Grain along the plank.
      ctx.strokeStyle = 'rgba(40,20,5,0.12)'
      for (let g = 0; g < 3; g++) {
        const x = rnd() * w * Math.SQRT2
        ctx.beginPath()
        ctx.moveTo(x, 0)
        ctx.lineTo(x, rowHeight)
        ctx.stroke()
      }
      ctx.restore()
    }
  }
  noise(ctx, rnd, 8)
  return c
}

/** Polished stone slabs with soft veins. */
function marble(colour: string, rnd: () => number, joints: boolean): HTMLCanvasElement {
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

function concrete(colour: string, rnd: () => number): HTMLCanvasElement {
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

function boards(colour: string, rnd: () => number): HTMLCanvasElement {
  const [c, ctx] = canvas()
  const w = SIZE / 8
  for (let i = 0; i < 8; i++) {
    ctx.fillStyle = shade(colour, (rnd() - 0.5) * 0.1)
    ctx.fillRect(i * w, 0, w, SIZE)
    ctx.fillStyle = 'rgba(0,0,0,0.4)'
    ctx.fillRect(i * w, 0, 1.5, SIZE)
    const joint = rnd() * SIZE
    ctx.fillRect(i * w, joint, w, 1.5)
  }
  noise(ctx, rnd, 16)
  return c
}

/** Wall fabric with a small damask-like lozenge, or plain plaster with a faint trowel texture. */
function wallSurface(kind: Theme['wall'], colour: string, rnd: () => number): HTMLCanvasElement {
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

export interface RoomSurfaces {
  floor: THREE.MeshStandardMaterial
  wall: THREE.MeshStandardMaterial
  ceiling: THREE.MeshStandardMaterial
  trim: THREE.MeshStandardMaterial
  accent: THREE.MeshStandardMaterial
  dispose: () => void
}

/** The materials of one room, from its theme. `size` is the room's [width, depth, height] in metres. */
export function roomSurfaces(theme: Theme, size: [number, number, number], seed: number): RoomSurfaces {
  // Seeded, so every visit (and every screenshot) sees the same grain.
  const rnd = seededRandom(seed)
  const { palette } = theme
  const [width, depth] = size
  let floorCanvas: HTMLCanvasElement
  let tile = 2
  switch (theme.floor) {
    case 'parquet': floorCanvas = parquet(palette.floor, rnd); tile = 1.6; break
    case 'marble': floorCanvas = marble(palette.floor, rnd, true); tile = 2.4; break
    case 'stone': floorCanvas = marble(palette.floor, rnd, true); tile = 1.2; break
    case 'boards': floorCanvas = boards(palette.floor, rnd); tile = 1.6; break
    case 'linoleum': floorCanvas = marble(palette.floor, rnd, false); tile = 3; break
    default: floorCanvas = concrete(palette.floor, rnd); tile = 3
  }
  const floorMap = toTexture(floorCanvas, [width / tile, depth / tile])
  const wallMap = toTexture(wallSurface(theme.wall, palette.wall, rnd), [1, 1])
  // Wall UVs are in metres (see Room), so repeat sets the pattern's physical size.
  const wallTile = theme.wall === 'panelling' ? 1.2 : theme.wall === 'brick' ? 2 : theme.wall === 'fabric' ? 0.5 : 1
  wallMap.repeat.set(1 / wallTile, 1 / wallTile)
  const gilded = theme.ornament >= 0.5
  const floor = new THREE.MeshStandardMaterial({
    map: floorMap,
    roughness: theme.floor === 'marble' || theme.floor === 'stone' ? 0.35 : theme.floor === 'parquet' ? 0.55 : 0.8,
    metalness: 0,
  })
  const wall = new THREE.MeshStandardMaterial({ map: wallMap, roughness: 0.9, metalness: 0 })
  const ceiling = new THREE.MeshStandardMaterial({ color: palette.ceiling, roughness: 1, metalness: 0 })
  const trim = new THREE.MeshStandardMaterial({ color: palette.trim, roughness: 0.6, metalness: 0 })
  const accent = new THREE.MeshStandardMaterial({
    color: palette.accent,
    roughness: gilded ? 0.35 : 0.7,
    metalness: gilded ? 0.6 : 0.1,
  })
  const all = [floor, wall, ceiling, trim, accent]
  return {
    floor,
    wall,
    ceiling,
    trim,
    accent,
    dispose: () => {
      floorMap.dispose()
      wallMap.dispose()
      for (const m of all) m.dispose()
    },
  }
}
