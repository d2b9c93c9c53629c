import { lazy, Suspense, useMemo, type ReactNode } from 'react'
import { Canvas } from '@react-three/fiber'
import * as THREE from 'three'
import { CAMERA_FOV } from '../layout/constants'
import type { GalleryLayout } from '../layout/types'
import { doorwayBetween } from '../layout/doorways'
import type { Manifest } from '../manifest/schema'
import { useGallery } from '../store/useGallery'
import { readySlot, runtime } from '../store/runtime'
import { useLatch, useSlotFilled } from '../store/useLatch'
import { Visitor } from '../navigation/Visitor'
import { Room } from './Room'
import { RoomWorks } from './works/RoomWorks'
import { Lights } from './Lights'
import { SceneEnvironment } from './environment'
import { FrameDemand } from './FrameDemand'
import { AdaptiveResolution } from './AdaptiveResolution'
import { maxPixelRatio } from './pixelRatio'
import { deviceTier, screenPixelRatio } from './graphicsTier'
import { usePageVisible } from './usePageVisible'
import { localize } from '../i18n'
import { TeacherMarker } from './TeacherMarker'
import { ClassmateMarkers } from './ClassmateMarkers'
import { HighlightFrame } from './HighlightFrame'
import { WalkTarget } from './WalkTarget'
import { FrameProbe } from './FrameProbe'
import { SceneHandover } from './SceneHandover'
import { ModelStage } from './ModelStage'
import { ContextWatch } from './ContextWatch'
import { ThroughDoorway } from './ThroughDoorway'

// Sound starts only after Enter, so its code need not be in the first script, nor (mounted only
// once the start room's works are in, or on Enter) compete with the start room's files.
const AudioLayer = lazy(() => import('../audio/AudioLayer').then((m) => ({ default: m.AudioLayer })))

const NO_WORKS: never[] = []

/** The rooms drawn now: the visitor's room and its neighbours, the only ones a doorway can show. */
export function roomsInView(layout: GalleryLayout, roomId: string | null): string[] {
  const index = Math.max(0, layout.rooms.findIndex((r) => r.id === roomId))
  return [index - 1, index, index + 1].map((i) => layout.rooms[i]?.id ?? '')
}

/**
 * The 3D gallery: architecture and works of the rooms in view, lights and the walking visitor.
 *
 * `children` are drawn in the same Canvas (App puts the XR layer there).
 *
 * ```tsx
 * <Gallery manifest={manifest} layout={layout}>
 *   <XRMount layout={layout} manifest={manifest} />
 * </Gallery>
 * ```
 */
export function Gallery({ manifest, layout, children }: { manifest: Manifest; layout: GalleryLayout; children?: ReactNode }) {
  const roomId = useGallery((s) => s.roomId)
  const language = useGallery((s) => s.language)
  // A hidden tab draws nothing; a VR session keeps its own frame loop whatever the page says.
  const visible = usePageVisible()
  const inXR = useGallery((s) => s.mode === 'xr')
  const entered = useGallery((s) => s.mode !== 'loading' && s.mode !== 'start')
  const sound = useLatch(useSlotFilled(readySlot) || entered)
  const rooms = roomsInView(layout, roomId ?? manifest.exhibition.startRoom ?? layout.rooms[0]?.id ?? null)
  const current = rooms[1] || rooms[0]!
  const currentTheme = manifest.rooms.find((r) => r.id === current)?.theme
  const currentRoom = layout.rooms.find((r) => r.id === current)
  const works = useMemo(() => {
    const byRoom = new Map<string, Array<{ placement: (typeof layout.placements)[number]; artifact: Manifest['artifacts'][number] }>>()
    for (const placement of layout.placements) {
      const artifact = manifest.artifacts.find((a) => a.id === placement.artifactId)
      if (!artifact) continue
      byRoom.set(placement.roomId, [...(byRoom.get(placement.roomId) ?? []), { placement, artifact }])
    }
    return byRoom
  }, [manifest, layout])
  // What the lightmap baker sees of each room's works (stands and frames cast shadow).
  const shadowWorks = useMemo(() => new Map([...works].map(([id, list]) => [id, list.map((w) => ({ placement: w.placement, kind: w.artifact.kind }))])), [works])
  const entranceTitle = useMemo(() => {
    const { title, subtitle, languages } = manifest.exhibition
    const first = layout.rooms[0]?.id
    return first
      ? { id: first, text: { title: localize(title, language), lines: languages.filter((l) => l !== language).map((l) => localize(title, l)).concat(subtitle ? [localize(subtitle, language)] : []) } }
      : null
  }, [manifest, layout, language])
  return (
    <Canvas
      id="gallery-canvas"
      // On demand (FrameDemand.tsx says when); the headset asks for every frame itself.
      frameloop={inXR ? 'always' : visible ? 'demand' : 'never'}
      role="img"
      aria-label={localize(manifest.exhibition.title, language)}
      // The cap for this screen (lower on phones); AdaptiveResolution follows turns of the phone and slow frames.
      dpr={maxPixelRatio(window.innerWidth, window.innerHeight, screenPixelRatio())}
      // A software rasteriser draws without multisampling (graphicsTier.ts says why).
      gl={{ antialias: deviceTier().antialias, powerPreference: 'high-performance', preserveDrawingBuffer: false }}
      camera={{ fov: CAMERA_FOV, near: 0.05, far: 120, position: runtime.position }}
      onCreated={({ gl }) => {
        gl.toneMapping = THREE.NeutralToneMapping
        gl.toneMappingExposure = 1.05
      }}
      tabIndex={-1}
    >
      <color attach="background" args={['#1b140e']} />
      <Lights layout={layout} manifest={manifest} rooms={rooms} />
      {currentTheme && <SceneEnvironment roomId={current} theme={currentTheme} />}
      {rooms.map((id) => {
        const room = layout.rooms.find((r) => r.id === id)
        const data = manifest.rooms.find((r) => r.id === id)
        if (!room || !data) return null
        // The visitor's room is drawn as is; a neighbour only through the doorway joining them.
        const doorway = id === current || !currentRoom ? null : doorwayBetween(currentRoom, room)
        return (
          <ThroughDoorway key={id} room={room} doorway={doorway}>
            <Room room={room} data={data} works={shadowWorks.get(id) ?? NO_WORKS} extraText={entranceTitle?.id === id ? entranceTitle.text : undefined} />
            <RoomWorks room={room} works={works.get(id) ?? []} />
          </ThroughDoorway>
        )
      })}
      <Visitor layout={layout} />
      <WalkTarget />
      {/* Live class: the teacher's beacon and, when allowed, classmates' discs (pupils only). */}
      <TeacherMarker />
      <ClassmateMarkers />
      <HighlightFrame />
      {children}
      {sound && (
        <Suspense fallback={null}>
          <AudioLayer manifest={manifest} layout={layout} />
        </Suspense>
      )}
      <FrameDemand />
      <AdaptiveResolution />
      <FrameProbe />
      <SceneHandover />
      <ContextWatch />
      {/* The inspect panel's turnable model, drawn by this renderer: one WebGL context a page. */}
      <ModelStage />
    </Canvas>
  )
}
