/** Whether this browser can draw WebGL at all (checked once; the answer does not change). */
let cached: boolean | null = null

/** True when a WebGL 2 (or, failing that, WebGL 1) context can be created. */
export function hasWebGL(): boolean {
  if (cached !== null) return cached
  try {
    const canvas = document.createElement('canvas')
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
    cached = gl !== null
    // Give the context back at once: browsers allow only a few at a time.
    gl?.getExtension('WEBGL_lose_context')?.loseContext()
  } catch {
    cached = false
  }
  return cached
}
