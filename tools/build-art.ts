/**
 * Renders the exhibition's 2D artwork from content/art/artworks.json.
 *
 *   npx tsx tools/build-art.ts            build what changed
 *   npx tsx tools/build-art.ts --force    rebuild everything
 *   npx tsx tools/build-art.ts --only id1,id2
 */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { ART_DIR, buildArt, THUMB_DIR } from './art/build'

const args = process.argv.slice(2)
const force = args.includes('--force')
const onlyIndex = args.indexOf('--only')
const only = onlyIndex >= 0 ? (args[onlyIndex + 1] ?? '').split(',').filter(Boolean) : undefined

const dirSize = (dir: string): number => readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0)

const report = await buildArt({ force, only, log: (line) => console.log(line) })
if (report.problems.length > 0) {
  for (const p of report.problems) console.error(`problem: ${p}`)
  process.exit(1)
}
for (const r of report.removed) console.log(`removed ${r}`)
const total = dirSize(ART_DIR) + dirSize(THUMB_DIR)
console.log(
  `art: ${report.built.length} built, ${report.skipped.length} unchanged; textures ${(dirSize(ART_DIR) / 1048576).toFixed(2)} MB, thumbnails ${(dirSize(THUMB_DIR) / 1048576).toFixed(2)} MB, total ${(total / 1048576).toFixed(2)} MB`,
)
