/**
 * The one XR store (@react-three/xr): what the session asks for and how it renders.
 *
 * Chosen to hold 72 fps on a Quest 2 (13.9 ms a frame, the GPU shading ~3.5 M pixels twice):
 * - `frameRate`: 72 Hz where offered (Quest 2 and 3 both are). The library's default picks the
 *   highest rate (90 or 120 Hz), which would leave 11 or 8 ms a frame; a museum has no fast
 *   motion that needs them, and a steady 72 beats a 90 that drops frames.
 * - `foveation: 1`: the strongest fixed foveated rendering. The lenses blur the periphery anyway;
 *   what is read (panels, labels) is read in the middle of the view, where shading stays full.
 * - `frameBufferScaling: 1`: the headset's recommended eye buffer (about 1440 x 1584 per eye on
 *   Quest 2), not supersampled (1.2 would cost 44% more pixels) and not lowered: the in-world
 *   panel's 12 mm body text at 1 m needs those pixels to stay sharp.
 * - No features that cost frames or ask permissions a museum does not need: no planes, meshes,
 *   anchors, hit tests, body or depth sensing, no DOM overlay (VR shows no DOM). Hand tracking
 *   is asked for (optional), so visitors can point and pinch without controllers.
 * - Controller and hand models come from our own origin (public/xr/profiles), never the CDN;
 *   each controller's model is merged into one mesh (one draw call per eye, not six).
 * - `emulate: false`: the library's own emulator does not run headless; tests install IWER.
 * - `offerSession: false`: our own localized "Enter VR" button starts the session.
 */
import { createXRStore } from '@react-three/xr'
import { pickFrameRate, XR_FOVEATION, XR_FRAMEBUFFER_SCALING } from './sessionOptions'
import { CLICK_THRESHOLD_MS, GalleryController } from './GalleryController'

export { XR_FOVEATION, XR_FRAME_RATE, XR_FRAMEBUFFER_SCALING } from './sessionOptions'

/** The profiles folder, absolute (the loaders resolve against it with `new URL`). */
function profilesUrl(): string {
  return new URL('xr/profiles/', typeof document === 'undefined' ? 'http://localhost/' : document.baseURI).href
}

const baseAssetPath = profilesUrl()

export const xrStore = createXRStore({
  emulate: false,
  offerSession: false,
  frameRate: pickFrameRate,
  foveation: XR_FOVEATION,
  frameBufferScaling: XR_FRAMEBUFFER_SCALING,
  baseAssetPath,
  defaultControllerProfileId: 'generic-trigger-squeeze-thumbstick',
  defaultXRHandProfileId: 'generic-hand',
  anchors: false,
  planeDetection: false,
  meshDetection: false,
  hitTest: false,
  bodyTracking: false,
  depthSensing: false,
  domOverlay: false,
  handTracking: true,
  layers: true,
  // A merged model and a ray; grabbing and teleporting are ours (XRDriver).
  controller: GalleryController,
  hand: { grabPointer: false, teleportPointer: false, touchPointer: { clickThresholdMs: CLICK_THRESHOLD_MS }, rayPointer: { clickThresholdMs: CLICK_THRESHOLD_MS } },
  gaze: false,
  screenInput: false,
  transientPointer: { clickThresholdMs: CLICK_THRESHOLD_MS },
})
