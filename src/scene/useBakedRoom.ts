import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import type { RoomLayout } from '../layout/types'
import type { Room as RoomData } from '../manifest/schema'
import { useGallery } from '../store/useGallery'
import { fixtureGeometry, motifGeometry } from './architecture'
import { roomBakeInputs, type PlacedWork, type SurfaceName } from './bakeInputs'
import { useRoomEnvironment } from './environment'
import { projectOntoChart } from './lightmapUv'
import { bakedMaterial, useLightmap } from './lightmaps'
import { roomSurfaces } from './materials'
import { MOODS } from './moods'

type Surfaces = Record<SurfaceName, THREE.Material>

/** How much of the room's environment each floor reflects: polished stone a little, wood and concrete a trace. */
const FLOOR_REFLECTIVITY: Record<RoomData['theme']['floor'], number> = { marble: 0.12, stone: 0.08, linoleum: 0.06, parquet: 0.05, boards: 0, concrete: 0.03 }

/** A dark room shows 8-bit banding in its gradients: dither it. */
function isDark(theme: RoomData['theme']): boolean {
  const l = (hex: string) => new THREE.Color(hex).getHSL({ h: 0, s: 0, l: 0 }).l
  return (l(theme.palette.wall) + l(theme.palette.floor)) / 2 < 0.4
}

/**
 * A room's architecture geometry and materials: baked (unlit materials with the room's lightmap)
 * when a lightmap for exactly this geometry exists, otherwise lit live as before.
 */
export function useBakedRoom(room: RoomLayout, data: RoomData, works: PlacedWork[]) {
  const theme = data.theme
  const mood = MOODS[theme.lighting]
  const manifestUrl = useGallery((s) => s.manifestUrl)
  const live = useMemo(() => roomSurfaces(theme, [room.width, room.depth, room.height], room.index * 7919 + 17), [theme, room.width, room.depth, room.height, room.index])
  const inputs = useMemo(() => roomBakeInputs(room, theme, works), [room, theme, works])
  const extra = useMemo(() => {
    const motif = motifGeometry(room, theme.floorMotif)
    // The carpet, inlay or crack lies on the floor: it reads the floor's texels of the lightmap.
    if (motif && inputs.surfaces.floor) projectOntoChart(motif, inputs.surfaces.floor)
    return { motif, fixtures: fixtureGeometry(room, mood.fixtures) }
  }, [room, theme.floorMotif, mood.fixtures, inputs])
  const lightmap = useLightmap(manifestUrl, room.id, inputs.key)
  const env = useRoomEnvironment(room.id, theme)
  const liveMotif = useMemo(
    () =>
      new THREE.MeshStandardMaterial({
        // The runner is always a red carpet, whatever the room's accent; the star takes the accent (gilt).
        color: theme.floorMotif === 'crack' ? '#1d1f22' : theme.floorMotif === 'runner' ? '#7a1414' : theme.palette.accent,
        roughness: theme.floorMotif === 'runner' ? 0.95 : 0.4,
        metalness: theme.floorMotif === 'star' ? 0.5 : 0,
      }),
    [theme.floorMotif, theme.palette.accent],
  )
  const fixtureMaterial = useMemo(() => new THREE.MeshBasicMaterial({ color: new THREE.Color(mood.fixture).multiplyScalar(mood.fixtureGlow) }), [mood.fixture, mood.fixtureGlow])
  const materials = useMemo(() => {
    if (!lightmap) {
      const surfaces: Surfaces = { walls: live.wall, floor: live.floor, ceiling: live.ceiling, trim: live.trim, accent: live.accent }
      return { surfaces, motif: liveMotif as THREE.Material, baked: false }
    }
    const dithering = isDark(theme)
    const gilded = theme.ornament >= 0.5
    const surfaces: Surfaces = {
      walls: bakedMaterial(live.wall, lightmap, { dithering }),
      floor: bakedMaterial(live.floor, lightmap, { envMap: env, reflectivity: FLOOR_REFLECTIVITY[theme.floor], dithering }),
      ceiling: bakedMaterial(live.ceiling, lightmap, { dithering }),
      trim: bakedMaterial(live.trim, lightmap, { envMap: env, reflectivity: gilded ? 0.25 : 0, dithering }),
      accent: bakedMaterial(live.accent, lightmap, { envMap: env, reflectivity: gilded ? 0.35 : 0.05, dithering }),
    }
    const motif = bakedMaterial(liveMotif, lightmap, { envMap: env, reflectivity: theme.floorMotif === 'star' ? 0.35 : 0, dithering })
    return { surfaces, motif: motif as THREE.Material, baked: true }
  }, [lightmap, live, liveMotif, env, theme])
  useEffect(() => () => {
    if (materials.baked) {
      for (const m of Object.values(materials.surfaces)) m.dispose()
      materials.motif.dispose()
    }
  }, [materials])
  useEffect(() => () => live.dispose(), [live])
  useEffect(() => () => liveMotif.dispose(), [liveMotif])
  useEffect(() => () => fixtureMaterial.dispose(), [fixtureMaterial])
  useEffect(() => () => Object.values(inputs.surfaces).forEach((g) => g?.dispose()), [inputs])
  useEffect(() => () => Object.values(extra).forEach((g) => g?.dispose()), [extra])
  return { geometry: { ...inputs.surfaces, ...extra }, materials: materials.surfaces, motifMaterial: materials.motif, fixtureMaterial, baked: materials.baked }
}
