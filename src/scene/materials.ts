/**
 * Procedural surface textures for the architecture, drawn once on a canvas at start-up: a few
 * hundred kilobytes of pixels instead of megabytes of downloaded photographs, and tinted from
 * each room's palette so one manifest change restyles a room.
 */
import * as THREE from 'three'
import { seededRandom } from '../layout/random'
import type { Theme } from '../manifest/schema'
import { boards, concrete, marble, parquet, wallSurface } from './surfacePatterns'
import { deviceTier } from './graphicsTier'

function toTexture(c: HTMLCanvasElement, repeat: [number, number]): THREE.CanvasTexture {
  const t = new THREE.CanvasTexture(c)
  t.colorSpace = THREE.SRGBColorSpace
  t.wrapS = t.wrapT = THREE.RepeatWrapping
  t.repeat.set(repeat[0], repeat[1])
  t.anisotropy = deviceTier().anisotropy
  return t
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
    case 'boards': floorCanvas = boards(palette.floor, rnd); tile = 1.28; break
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
