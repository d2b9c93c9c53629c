/**
 * The shipped manifest is validated when the site is built: vite.config.ts writes it into dist/ in
 * the schema's own output form (defaults filled in, minified) and puts that text's SHA-256 here.
 * A fetched text with this fingerprint is that very document, so the visitor's browser need not
 * load zod to check it again. Any other text (an exhibition given with `?manifest=`, a file edited
 * on the server, the dev server's copy) goes through `validateManifest`, every problem listed.
 */
declare const __MANIFEST_FINGERPRINT__: string | undefined

/** The build's fingerprint; null in dev and in unit tests, where everything is validated. */
export const SHIPPED_FINGERPRINT: string | null = typeof __MANIFEST_FINGERPRINT__ === 'string' ? __MANIFEST_FINGERPRINT__ : null

/** SHA-256 of the text, in hex; null where the page has no Web Crypto (plain http off localhost). */
export async function fingerprint(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) return null
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** Whether `text` is the document the build validated (never true without a fingerprint to compare). */
export async function isShippedManifest(text: string, expected: string | null = SHIPPED_FINGERPRINT): Promise<boolean> {
  if (!expected) return false
  return (await fingerprint(text).catch(() => null)) === expected
}
