/** What the start-up probe learnt of this browser's WebGL (checked once; the answer does not change). */
interface Probe {
  available: boolean
  /** The GPU (or software rasteriser) the browser reports, when it says; null otherwise. */
  renderer: string | null
}

let cached: Probe | null = null

function probe(): Probe {
  if (cached) return cached
  try {
    const canvas = document.createElement('canvas')
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
    let renderer: string | null = null
    if (gl) {
      // Read on this device only, to choose its drawing quality; never sent anywhere.
      const info = gl.getExtension('WEBGL_debug_renderer_info')
      const name: unknown = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)
      renderer = typeof name === 'string' ? name : null
    }
    cached = { available: gl !== null, renderer }
    // Give the context back at once: browsers allow only a few at a time.
    gl?.getExtension('WEBGL_lose_context')?.loseContext()
  } catch {
    cached = { available: false, renderer: null }
  }
  return cached
}

/** True when a WebGL 2 (or, failing that, WebGL 1) context can be created. */
export function hasWebGL(): boolean {
  return probe().available
}

/** The renderer this browser's WebGL reports (e.g. "ANGLE (Intel, ...)"), or null. */
export function webglRenderer(): string | null {
  return probe().renderer
}
