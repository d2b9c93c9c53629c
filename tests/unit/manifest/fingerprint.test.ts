import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fingerprint, isShippedManifest } from '../../../src/manifest/fingerprint'
import { validateManifest } from '../../../src/manifest/validate'
import { shippedManifest } from '../../../tools/manifest/shippedManifest'

const shipped = shippedManifest(resolve(import.meta.dirname, '../../../content/exhibition.json'))

describe('the shipped manifest and its fingerprint', () => {
  it('is the validator\'s own output: read back without zod it is what zod would give', () => {
    const result = validateManifest(JSON.parse(shipped.text))
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.manifest).toEqual(JSON.parse(shipped.text))
    expect(shipped.text).not.toMatch(/\n/)
  })

  it('fingerprints the text the build wrote, and nothing else', async () => {
    expect(await fingerprint(shipped.text)).toBe(shipped.fingerprint)
    expect(await isShippedManifest(shipped.text, shipped.fingerprint)).toBe(true)
    const tampered = shipped.text.replace('"formatVersion":1', '"formatVersion":1 ')
    expect(tampered).not.toBe(shipped.text)
    expect(await isShippedManifest(tampered, shipped.fingerprint)).toBe(false)
    // Without a build's fingerprint (dev, tests) nothing is taken on trust.
    expect(await isShippedManifest(shipped.text, null)).toBe(false)
  })
})
