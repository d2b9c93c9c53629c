// The fonts: subset at build time and declared in index.html (tools/fonts/); the complete
// families load only for text outside the subset (i18n/fontCoverage.ts).
import './tokens.css'
import p from './primitives'
import '../i18n'
import { lazy, Suspense, useLayoutEffect } from 'react'
import { lazyPanel } from './lazyPanel'
import { PanelSlot } from './PanelSlot'
import { Notices } from './Notices'
import { useGallery } from '../store/useGallery'
import { AssetWarnings } from './AssetWarnings'
import { UpdatePrompt } from './offline/UpdatePrompt'
import { RoomArtifactList } from './RoomArtifactList'
import { Hud } from './Hud'
import { SoundSettings } from './SoundSettings'
import { CaptionBar } from './CaptionBar'
import { StartScreen, STATIC_START_ID } from './StartScreen'
import { useMapShortcut } from './useMapShortcut'
import { useInputKind } from './useInputKind'
import { useCompactLayout } from './useCompactLayout'
import { EnterVRButton } from '../xr/EnterVRButton'
import { LiveLayer } from './live/LiveLayer'

export interface OverlayProps {
  /** Called when the visitor presses "Enter the exhibition". */
  onEnter: () => void
  /** Show the text museum instead of the 3D interface (a `#/text` address, or no WebGL: see scene/webgl.ts). */
  text?: boolean
}

/**
 * The whole DOM interface over the canvas, in one component: start screen, HUD, inspect panel,
 * floor plan, asset warnings, and the error and no-WebGL pages. The root lets pointer events
 * through to the canvas except on its own panels and buttons.
 *
 * ```tsx
 * <Canvas ... />
 * <Overlay onEnter={() => { galleryStore.getState().setMode('walk'); commands.focusScene() }} />
 * ```
 */
// Panels the first frame does not need arrive with their first use, keeping the initial script small.
// Each behind its own boundary (PanelSlot): a chunk that fails to arrive can be tried again.
const InspectPanel = lazyPanel(() => import('./InspectPanel').then((m) => m.InspectPanel))
const MapPanel = lazyPanel(() => import('./MapPanel').then((m) => m.MapPanel))
const TourControls = lazyPanel(() => import('./TourControls').then((m) => m.TourControls))
const ErrorScreen = lazyPanel(() => import('./ErrorScreen').then((m) => m.ErrorScreen))

const TextMuseum = lazy(() => import('./text/TextMuseum').then((m) => ({ default: m.TextMuseum })))

export function Overlay({ onEnter, text = false }: OverlayProps) {
  const mode = useGallery((s) => s.mode)
  const manifest = useGallery((s) => s.manifest)
  const mapOpen = useGallery((s) => s.mapOpen && s.mode === 'walk')
  // The start screen index.html painted goes in the same frame as the app draws its own (or
  // the text museum, an error, VR): one screen, taken over without a jump.
  useLayoutEffect(() => {
    if (text || manifest || mode !== 'loading') document.getElementById(STATIC_START_ID)?.remove()
  }, [text, manifest, mode])
  useMapShortcut()
  // Touch sizes and the band beside the stick follow the pointer in use; phones and touch screens
  // put the hint and captions in the band at the bottom (CSS reads these attributes).
  const input = useInputKind()
  const band = input === 'touch' || useCompactLayout()

  return (
    <div className={p.overlay} data-part="overlay" data-input={input} data-band={band ? '' : undefined}>
      <Suspense fallback={null}>
      {text ? (
        <TextMuseum />
      ) : mode === 'error' ? (
        <PanelSlot id="error" panel={ErrorScreen} props={{}} />
      ) : mode === 'xr' ? null : (
        <>
          <StartScreen onEnter={onEnter} />
          {mode === 'start' && <EnterVRButton variant="start" className={`${p.button} ${p.buttonPrimary}`} onBeforeEnter={onEnter} />}
          <Hud />
          <RoomArtifactList />
          {/* Each panel's code comes on its first use, not with the start room. */}
          <PanelSlot id="inspect" panel={InspectPanel} props={{}} when={mode === 'inspect'} />
          <PanelSlot id="map" panel={MapPanel} props={{}} when={mapOpen} />
          <div className={p.dock}>
            <PanelSlot id="tours" panel={TourControls} props={{}} when={mode === 'walk'} />
            <SoundSettings />
          </div>
          <CaptionBar />
          <LiveLayer onEnter={onEnter} />
        </>
      )}
      <AssetWarnings />
      <UpdatePrompt />
      </Suspense>
      <Notices />
    </div>
  )
}
