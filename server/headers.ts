/**
 * The security headers the gallery is served with. The CSP is also written into the built
 * index.html as a <meta> (for static hosts that set no headers), but frame-ancestors only works
 * as a header. The README lists these for anyone hosting dist/ elsewhere.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // 'self' covers ws:/wss: to the same host for the live service (CSP Level 3).
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "media-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
]

/** Directives a <meta> CSP ignores, so only the header carries them. */
const HEADER_ONLY = ["frame-ancestors 'none'", "form-action 'self'"]

export const CSP_META = CSP_DIRECTIVES.join('; ')
export const CSP_HEADER = [...CSP_DIRECTIVES, ...HEADER_ONLY].join('; ')

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP_HEADER,
  'Referrer-Policy': 'no-referrer',
  // WebXR and fullscreen for this origin only; no camera, microphone, location or ad topics.
  'Permissions-Policy':
    'xr-spatial-tracking=(self), fullscreen=(self), autoplay=(self), camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=(), interest-cohort=()',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}
