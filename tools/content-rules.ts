/**
 * Editorial rules `npm run content:check` applies to the manifest's texts, as pure functions
 * (manifest in, problems with JSON paths out) so that each can be tested on a small bad example.
 */
import type { Manifest } from '../src/manifest/schema'

export interface TextProblem {
  path: string
  message: string
}

/** Every work with an image describes it in every language of the exhibition (alt text). */
export function missingAltText(manifest: Manifest): TextProblem[] {
  const problems: TextProblem[] = []
  manifest.artifacts.forEach((artifact, i) => {
    if (!artifact.assets.image) return
    const alt = artifact.alt as Record<string, string | undefined> | undefined
    const missing = manifest.exhibition.languages.filter((l) => !alt?.[l]?.trim())
    if (missing.length) problems.push({ path: `$.artifacts[${i}].alt`, message: `image has no alt text in ${missing.join(', ')}` })
  })
  return problems
}
