import type { RoomLayout } from '../layout/types'
import type { Room as RoomData } from '../manifest/schema'
import { galleryStore } from '../store/galleryStore'
import { walkTo } from '../navigation/motion'
import { ARCHITECTURE, CLICK_SLOP_PX } from './picking'
import type { PlacedWork } from './bakeInputs'
import { useBakedRoom } from './useBakedRoom'
import { Loudspeaker } from './Loudspeaker'
import { WallText } from './WallText'

/**
 * One room's architecture: floor, ceiling, walls, mouldings, fixtures and wall texts, each a single
 * merged mesh per material; lit by the room's baked lightmap where one matches (see lightmaps.ts).
 *
 * ```tsx
 * <Room room={layout.rooms[0]} data={manifest.rooms[0]} works={[{ placement, kind: 'poster' }]} />
 * ```
 */
export function Room({ room, data, works, extraText }: { room: RoomLayout; data: RoomData; works: PlacedWork[]; extraText?: { title: string; lines: string[] } }) {
  const { geometry, materials, motifMaterial, fixtureMaterial, baked } = useBakedRoom(room, data, works)
  return (
    <group name={`room:${room.id}`} userData={{ baked }}>
      <mesh geometry={geometry.walls!} material={materials.walls} userData={{ kind: ARCHITECTURE }} />
      <mesh geometry={geometry.floor!} material={materials.floor} userData={{ kind: ARCHITECTURE, floor: true }}
        name="floor"
        onClick={(e) => {
          // A drag to look around ends in a click too; only a still click walks.
          if (e.delta > CLICK_SLOP_PX || galleryStore.getState().mode !== 'walk') return
          e.stopPropagation()
          walkTo([e.point.x, e.point.z])
        }}
      />
      <mesh geometry={geometry.ceiling!} material={materials.ceiling} userData={{ kind: ARCHITECTURE }} />
      <mesh geometry={geometry.trim!} material={materials.trim} userData={{ kind: ARCHITECTURE }} />
      {geometry.accent && <mesh geometry={geometry.accent} material={materials.accent} userData={{ kind: ARCHITECTURE }} />}
      {geometry.motif && <mesh geometry={geometry.motif} material={motifMaterial} />}
      <mesh geometry={geometry.fixtures} material={fixtureMaterial} />
      <WallText room={room} data={data} extraText={extraText} />
      <Loudspeaker room={room} data={data} />
    </group>
  )
}
