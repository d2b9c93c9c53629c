/**
 * Builds the exhibition's room music (public-domain melodies, arranged and synthesized here) into
 * public/media/audio/<room-id>.mp3 plus public/media/audio/music.json.
 *
 *   npx tsx tools/build-audio.ts                 build what changed
 *   npx tsx tools/build-audio.ts --force         rebuild everything
 *   npx tsx tools/build-audio.ts --only id1,id2  rebuild only these rooms
 */
import { buildAudio } from './audio/build'

const args = process.argv.slice(2)
const force = args.includes('--force')
const onlyIndex = args.indexOf('--only')
const only = onlyIndex >= 0 ? (args[onlyIndex + 1] ?? '').split(',').filter(Boolean) : undefined

const report = await buildAudio({ force: force || only !== undefined, only, log: (line) => console.log(line) })
for (const t of report.tracks.filter((t) => report.skipped.includes(t.roomId))) {
  console.log(`${t.file}: unchanged (${(t.bytes / 1024).toFixed(0)} KB, RMS ${t.rmsDb} dBFS, peak ${t.peak.toFixed(3)})`)
}
const total = report.tracks.reduce((s, t) => s + t.bytes, 0)
console.log(`audio: ${report.built.length} built, ${report.skipped.length} unchanged, ${(total / 1048576).toFixed(2)} MB in all`)
if (report.problems.length > 0) {
  for (const p of report.problems) console.error(`problem: ${p}`)
  process.exit(1)
}
