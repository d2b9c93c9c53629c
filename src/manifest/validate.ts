import { z } from 'zod'
import { FORMAT_VERSION, manifestSchema, type Manifest } from './schema'
import { migrate } from './migrate'
import type { ManifestProblem } from './problem'

export type ValidationResult = { ok: true; manifest: Manifest } | { ok: false; problems: ManifestProblem[] }

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '$'
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`
    else out += `[${JSON.stringify(String(key))}]`
  }
  return out
}

function zodProblems(error: z.ZodError): ManifestProblem[] {
  const problems: ManifestProblem[] = []
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // One line per unknown field, each with its own path, so every one can be found.
      for (const key of issue.keys) {
        problems.push({ path: formatPath([...issue.path, key]), message: `unknown field "${key}"` })
      }
    } else {
      problems.push({ path: formatPath(issue.path), message: issue.message })
    }
  }
  return problems
}

/** Checks that need the whole document: repeated ids and references to nothing. */
function crossReferenceProblems(manifest: Manifest): ManifestProblem[] {
  const problems: ManifestProblem[] = []
  const roomIds = new Map<string, number>()
  // Empty ids and negative orders come from looseParse on values the schema already reported.
  manifest.rooms.forEach((room, i) => {
    if (room.id === '') return
    const first = roomIds.get(room.id)
    if (first !== undefined) {
      problems.push({ path: formatPath(['rooms', i, 'id']), message: `room id "${room.id}" repeats rooms[${first}].id` })
    } else roomIds.set(room.id, i)
  })
  const artifactIds = new Map<string, number>()
  manifest.artifacts.forEach((artifact, i) => {
    if (artifact.id === '') return
    const first = artifactIds.get(artifact.id)
    if (first !== undefined) {
      problems.push({
        path: formatPath(['artifacts', i, 'id']),
        message: `artifact id "${artifact.id}" repeats artifacts[${first}].id`,
      })
    } else artifactIds.set(artifact.id, i)
    if (roomIds.has(artifact.id)) {
      problems.push({ path: formatPath(['artifacts', i, 'id']), message: `id "${artifact.id}" is also a room id` })
    }
    if (artifact.room !== '' && !roomIds.has(artifact.room)) {
      problems.push({ path: formatPath(['artifacts', i, 'room']), message: `refers to room "${artifact.room}", which does not exist` })
    }
  })
  const orders = new Map<number, number>()
  manifest.rooms.forEach((room, i) => {
    if (room.order < 0) return
    const first = orders.get(room.order)
    if (first !== undefined) {
      problems.push({ path: formatPath(['rooms', i, 'order']), message: `order ${room.order} repeats rooms[${first}].order` })
    } else orders.set(room.order, i)
  })
  manifest.rooms.forEach((room, i) => {
    const emitter = room.ambient?.emitter
    if (emitter && 'artifact' in emitter) {
      const source = manifest.artifacts.find((a) => a.id === emitter.artifact)
      if (!source) {
        problems.push({ path: formatPath(['rooms', i, 'ambient', 'emitter', 'artifact']), message: `refers to artifact "${emitter.artifact}", which does not exist` })
      } else if (source.room !== room.id) {
        problems.push({ path: formatPath(['rooms', i, 'ambient', 'emitter', 'artifact']), message: `artifact "${emitter.artifact}" is in room "${source.room}", not in this room` })
      }
    }
  })
  const tourIds = new Map<string, number>()
  ;(manifest.tours ?? []).forEach((tour, i) => {
    const first = tourIds.get(tour.id)
    if (tour.id === '') return
    if (first !== undefined) problems.push({ path: formatPath(['tours', i, 'id']), message: `tour id "${tour.id}" repeats tours[${first}].id` })
    else tourIds.set(tour.id, i)
    ;(tour.stops ?? []).forEach((stop, k) => {
      if (stop.artifact !== undefined && !artifactIds.has(stop.artifact)) {
        problems.push({ path: formatPath(['tours', i, 'stops', k, 'artifact']), message: `refers to artifact "${stop.artifact}", which does not exist` })
      }
      if (stop.room !== undefined && !roomIds.has(stop.room)) {
        problems.push({ path: formatPath(['tours', i, 'stops', k, 'room']), message: `refers to room "${stop.room}", which does not exist` })
      }
    })
  })
  const { startRoom, languages, defaultLanguage } = manifest.exhibition
  if (startRoom !== undefined && !roomIds.has(startRoom)) {
    problems.push({ path: '$.exhibition.startRoom', message: `refers to room "${startRoom}", which does not exist` })
  }
  if (!languages.includes('en')) {
    problems.push({ path: '$.exhibition.languages', message: 'must include "en", the fallback language' })
  }
  if (!languages.includes(defaultLanguage)) {
    problems.push({ path: '$.exhibition.defaultLanguage', message: `"${defaultLanguage}" is not one of exhibition.languages` })
  }
  return problems
}

/**
 * Parses an untrusted document into a manifest, migrating older format versions first.
 * Reports every problem found, each with its JSON path, never just the first.
 */
export function validateManifest(input: unknown): ValidationResult {
  const migrated = migrate(input)
  if (!migrated.ok) return { ok: false, problems: migrated.problems }
  const parsed = manifestSchema.safeParse(migrated.document)
  if (!parsed.success) {
    const problems = zodProblems(parsed.error)
    // Cross-references are still worth reporting when the rest of the document is readable.
    const loose = looseParse(migrated.document)
    if (loose) problems.push(...crossReferenceProblems(loose))
    return { ok: false, problems: dedupe(problems) }
  }
  const problems = crossReferenceProblems(parsed.data)
  return problems.length > 0 ? { ok: false, problems } : { ok: true, manifest: parsed.data }
}

/** Just the parts cross-reference checks read, so those checks run on an otherwise broken document. */
// Built once: making a zod schema costs far more than using it.
const looseShape = z.object({
  exhibition: z
    .object({
      startRoom: z.string().optional(),
      languages: z.array(z.string()).catch(['en']),
      defaultLanguage: z.string().catch('en'),
    })
    .catch({ languages: ['en'], defaultLanguage: 'en' }),
  rooms: z.array(z.object({ id: z.string().catch(''), order: z.number().catch(-1) })).catch([]),
  artifacts: z.array(z.object({ id: z.string().catch(''), room: z.string().catch('') })).catch([]),
  tours: z
    .array(
      z.object({
        id: z.string().catch(''),
        stops: z.array(z.object({ artifact: z.string().optional().catch(undefined), room: z.string().optional().catch(undefined) })).catch([]),
      }),
    )
    .catch([]),
})

function looseParse(document: unknown): Manifest | null {
  const result = looseShape.safeParse(document)
  return result.success ? (result.data as unknown as Manifest) : null
}

function dedupe(problems: ManifestProblem[]): ManifestProblem[] {
  const seen = new Set<string>()
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export { FORMAT_VERSION }
