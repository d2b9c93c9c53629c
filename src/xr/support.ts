/**
 * The only XR code in the first load: asks the browser whether it can show immersive VR and,
 * only if it can, imports the XR layer (a separate chunk), which registers in `xrProvider`.
 */
import { useXRAvailability, xrProvider } from './status'

let asked: Promise<boolean> | null = null

/** Asks once whether immersive VR is offered here; a browser without WebXR simply says no. */
export function detectXRSupport(): Promise<boolean> {
  asked ??= (async () => {
    let supported = false
    try {
      supported = (await navigator.xr?.isSessionSupported('immersive-vr')) === true
    } catch {
      supported = false
    }
    useXRAvailability.setState({ supported })
    return supported
  })()
  return asked
}

let loading: Promise<typeof import('./XRLayer')> | null = null

/** The XR layer's chunk; requested only after support was confirmed. */
export function loadXRLayer(): Promise<typeof import('./XRLayer')> {
  loading ??= import('./XRLayer')
  return loading
}

/** Starts an immersive VR session (call it from a click: browsers ask for a user gesture). */
export async function enterVR(): Promise<void> {
  if (!(await detectXRSupport())) throw new Error('immersive VR is not supported here')
  useXRAvailability.setState({ entering: true, failed: false })
  try {
    await loadXRLayer()
    await (await xrProvider.whenSet()).enter()
  } catch (error) {
    useXRAvailability.setState({ failed: true })
    throw error
  } finally {
    useXRAvailability.setState({ entering: false })
  }
}

