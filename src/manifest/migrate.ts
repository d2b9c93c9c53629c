import { FORMAT_VERSION } from './schema'
import type { ManifestProblem } from './problem'

type Migration = (document: Record<string, unknown>) => Record<string, unknown>

/**
 * Upgrades for older documents, keyed by the version they upgrade *from*. When the format
 * changes, bump FORMAT_VERSION and add the step here, so published exhibitions keep loading.
 */
const MIGRATIONS: Record<number, Migration> = {}

export type MigrationResult = { ok: true; document: unknown } | { ok: false; problems: ManifestProblem[] }

export function migrate(input: unknown, migrations: Record<number, Migration> = MIGRATIONS): MigrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ path: '$', message: 'the manifest must be a JSON object' }] }
  }
  let document = input as Record<string, unknown>
  let version = document.formatVersion
  // A missing or malformed version is left for the schema to report beside every other problem.
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: true, document }
  if (version > FORMAT_VERSION) {
    return {
      ok: false,
      problems: [{ path: '$.formatVersion', message: `version ${version} is newer than this app reads (${FORMAT_VERSION}); update the app` }],
    }
  }
  while (version < FORMAT_VERSION) {
    const step = migrations[version]
    if (!step) {
      return { ok: false, problems: [{ path: '$.formatVersion', message: `no migration from version ${version}` }] }
    }
    document = step(document)
    version += 1
    document = { ...document, formatVersion: version }
  }
  return { ok: true, document }
}
