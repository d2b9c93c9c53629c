/**
 * `npm run content:check [manifest]`: validates the exhibition manifest and checks that every
 * file it references exists. Prints every problem with its JSON path; exits 1 if there are any.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { validateManifest } from '../src/manifest/validate'
import type { ManifestProblem } from '../src/manifest/problem'
import type { Manifest } from '../src/manifest/schema'
import { checkBudgets, missingTranslations, type SizeReport } from './budgets'
import { contentFacts } from './content/facts'
import { dateAgreement, exhibitionMadeDeclared, loadedTerms, missingAltText, numberParity, type LoadedTerm } from './content-rules'

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

function printReport(report: SizeReport): void {
  const mb = (b: number) => `${(b / 1048576).toFixed(2)} MB`
  console.log('size report (files as served):')
  for (const [room, r] of Object.entries(report.rooms)) console.log(`  room ${room.padEnd(24)} ${String(r.files).padStart(3)} files  ${mb(r.bytes)}`)
  for (const [kind, k] of Object.entries(report.kinds)) {
    console.log(`  kind ${kind.padEnd(24)} ${String(k.files).padStart(3)} files  ${mb(k.bytes)} (before compression ${mb(k.uncompressedBytes)})`)
  }
  console.log(`  total ${mb(report.totalBytes)}`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = resolve(process.argv[2] ?? resolve(ROOT, 'content/exhibition.json'))
  const problems = checkManifestFile(file)
  let report: SizeReport | null = null
  if (problems.length === 0) {
    const manifest = validateManifest(JSON.parse(readFileSync(file, 'utf8')))
    if (manifest.ok) {
      const budgets = await checkBudgets(manifest.manifest, SERVED_ROOT)
      report = budgets.report
      problems.push(...missingTranslations(manifest.manifest).map((p) => ({ path: p.file, message: p.message })))
      problems.push(...missingAltText(manifest.manifest))
      problems.push(...numberParity(manifest.manifest))
      problems.push(...dateAgreement(manifest.manifest))
      const terms = (JSON.parse(readFileSync(resolve(ROOT, 'content/loaded-terms.json'), 'utf8')) as { terms: LoadedTerm[] }).terms
      problems.push(...loadedTerms(manifest.manifest, terms))
      problems.push(...exhibitionMadeDeclared(manifest.manifest))
      problems.push(...budgets.problems.map((p) => ({ path: p.file, message: p.message })))
      // The first exhibition's promises; another exhibition checked with this tool skips them.
      if (file === resolve(ROOT, 'content/exhibition.json')) problems.push(...contentFacts(manifest.manifest, SERVED_ROOT))
    }
  }
  if (report) printReport(report)
  if (problems.length > 0) {
    console.error(`${relative(ROOT, file)}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`)
    for (const p of problems) console.error(`  ${p.path}  ${p.message}`)
    process.exit(1)
  }
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest
  console.log(
    `${relative(ROOT, file)}: valid; ${manifest.rooms.length} rooms, ${manifest.artifacts.length} artifacts, every referenced file present and used, every text in ${manifest.exhibition.languages.join('/')}, within budgets`,
  )
}
