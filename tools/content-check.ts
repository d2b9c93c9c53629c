/**
 * `npm run content:check [manifest]`: validates the exhibition manifest and checks that every
 * file it references exists. Prints every problem with its JSON path; exits 1 if there are any.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { validateManifest, type ManifestProblem } from '../src/manifest/validate'
import type { Manifest } from '../src/manifest/schema'

const ROOT = resolve(import.meta.dirname, '..')
/** The manifest is served at /exhibition.json and its asset paths resolve against that, i.e. into public/. */
const SERVED_ROOT = resolve(ROOT, 'public')

export function missingFiles(manifest: Manifest, servedRoot = SERVED_ROOT): ManifestProblem[] {
  const problems: ManifestProblem[] = []
  manifest.artifacts.forEach((artifact, i) => {
    for (const [key, path] of Object.entries(artifact.assets)) {
      if (!path) continue
      const file = resolve(servedRoot, new URL(path, 'http://x/').pathname.slice(1))
      if (!existsSync(file) || !statSync(file).isFile()) {
        problems.push({ path: `$.artifacts[${i}].assets.${key}`, message: `file not found: ${relative(ROOT, file)}` })
      } else if (statSync(file).size === 0) {
        problems.push({ path: `$.artifacts[${i}].assets.${key}`, message: `file is empty: ${relative(ROOT, file)}` })
      }
    }
  })
  return problems
}

export function checkManifestFile(file: string): ManifestProblem[] {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    return [{ path: '$', message: `cannot read ${relative(ROOT, file)}: ${(error as Error).message}` }]
  }
  const result = validateManifest(json)
  return result.ok ? missingFiles(result.manifest) : result.problems
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = resolve(process.argv[2] ?? resolve(ROOT, 'content/exhibition.json'))
  const problems = checkManifestFile(file)
  if (problems.length > 0) {
    console.error(`${relative(ROOT, file)}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`)
    for (const p of problems) console.error(`  ${p.path}  ${p.message}`)
    process.exit(1)
  }
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest
  console.log(`${relative(ROOT, file)}: valid; ${manifest.rooms.length} rooms, ${manifest.artifacts.length} artifacts, every referenced file present`)
}
