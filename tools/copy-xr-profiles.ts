/**
 * Copies the WebXR controller and hand profiles the gallery needs from
 * @webxr-input-profiles/assets into public/xr/profiles/, so @react-three/xr loads them from our
 * own origin instead of its CDN default (schools filter networks; nothing may leave the origin).
 *
 * profilesList.json is rewritten to name only the profiles copied here: a headset that reports a
 * profile we do not ship then falls through its own fallback list to one we do, instead of
 * asking for a file that is not there.
 *
 *   npx tsx tools/copy-xr-profiles.ts
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const SOURCE = join(dirname(require.resolve('@webxr-input-profiles/assets/package.json')), 'dist', 'profiles')
const TARGET = join(ROOT, 'public', 'xr', 'profiles')

/**
 * Quest 3 / 3S report meta-quest-touch-plus; Quest 2 reports oculus-touch-v3 (its model is
 * smaller than the generic fallback it would otherwise get). Any other controller with a trigger,
 * grip and stick ends on generic-trigger-squeeze-thumbstick (our `defaultControllerProfileId`),
 * and tracked hands use generic-hand.
 */
export const XR_PROFILES = ['meta-quest-touch-plus', 'oculus-touch-v3', 'generic-trigger-squeeze-thumbstick', 'generic-hand'] as const

/** Only the handed layouts: a controller with no handedness is not something a Quest has. */
const HANDS = ['left', 'right'] as const

interface Profile {
  layouts: Record<string, { assetPath?: string }>
}

export function copyXrProfiles(): string[] {
  rmSync(TARGET, { recursive: true, force: true })
  const written: string[] = []
  const list = JSON.parse(readFileSync(join(SOURCE, 'profilesList.json'), 'utf8')) as Record<string, { path: string }>
  const kept: Record<string, { path: string }> = {}
  for (const id of XR_PROFILES) {
    const entry = list[id]
    if (!entry) throw new Error(`${id} is not in @webxr-input-profiles/assets' profilesList.json`)
    kept[id] = entry
    const profile = JSON.parse(readFileSync(join(SOURCE, entry.path), 'utf8')) as Profile
    for (const key of Object.keys(profile.layouts)) {
      if (!(HANDS as readonly string[]).includes(key)) delete profile.layouts[key]
    }
    const dir = join(TARGET, dirname(entry.path))
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(TARGET, entry.path), JSON.stringify(profile, null, 2) + '\n')
    written.push(entry.path)
    for (const layout of Object.values(profile.layouts)) {
      if (!layout.assetPath) continue
      copyFileSync(join(SOURCE, dirname(entry.path), layout.assetPath), join(dir, layout.assetPath))
      written.push(join(dirname(entry.path), layout.assetPath))
    }
  }
  writeFileSync(join(TARGET, 'profilesList.json'), JSON.stringify(kept, null, 2) + '\n')
  written.push('profilesList.json')
  return written
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = copyXrProfiles()
  console.log(`public/xr/profiles: ${files.length} files\n  ${files.join('\n  ')}`)
}
