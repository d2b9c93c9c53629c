import type { RoomLayout } from '../../layout/types'
import { FloorWork } from './FloorWork'
import { WallWork } from './WallWork'
import { WorkFrames } from './WorkFrames'
import { WorkLabels } from './WorkLabels'
import { WorkStands } from './WorkStands'
import type { Work } from './work'

/**
 * Every work of one room: the works themselves, their frames merged per material, their stands,
 * and all their labels drawn into one atlas, so a room's collection costs a few draw calls plus
 * one per work.
 *
 * ```tsx
 * <RoomWorks room={layout.rooms[0]} works={[{ placement, artifact }]} />
 * ```
 */
export function RoomWorks({ room, works }: { room: RoomLayout; works: readonly Work[] }) {
  return (
    <group name={`works:${room.id}`}>
      {works.map((w) =>
        w.placement.mount === 'wall' ? <WallWork key={w.artifact.id} {...w} /> : <FloorWork key={w.artifact.id} {...w} />,
      )}
      <WorkFrames works={works} />
      <WorkStands works={works} />
      <WorkLabels works={works} />
    </group>
  )
}
