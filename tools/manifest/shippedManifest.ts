/**
 * The exhibition manifest as the build ships it: content/exhibition.json validated with the
 * schema (the build stops on any problem, each listed with its path), written in the schema's own
 * output form (defaults filled in, no whitespace) with the SHA-256 of that text. The app trusts a
 * fetched manifest with this fingerprint without loading zod (src/manifest/fingerprint.ts).
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { validateManifest } from '../../src/manifest/validate'

export interface ShippedManifest {
  text: string
  fingerprint: string
}

export function shippedManifest(source: string): ShippedManifest {
  const result = validateManifest(JSON.parse(readFileSync(source, 'utf8')))
  if (!result.ok) {
    throw new Error(`${source} does not validate:\n${result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`)
  }
  const text = JSON.stringify(result.manifest)
  return { text, fingerprint: createHash('sha256').update(text).digest('hex') }
}
