import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkLayers, describe as describeProblem, findCircles, layerOf, LAYERS, readImportGraph } from '../../../tools/check-layers'

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges))

describe('the layer check', () => {
  it('puts each folder of src/ in its layer, and the files at the top in app', () => {
    expect(layerOf('store/runtime.ts')).toBe('store')
    expect(layerOf('ui/live/ClassPanel.tsx')).toBe('ui')
    expect(layerOf('App.tsx')).toBe('app')
    expect(layerOf('widgets/Thing.tsx')).toBeNull()
    expect(LAYERS[0]).toBe('manifest')
    expect(LAYERS.at(-1)).toBe('app')
  })

  it('accepts imports that point down or stay in their layer', () => {
    const ok = graph({
      'App.tsx': ['ui/Overlay.tsx', 'store/galleryStore.ts'],
      'ui/Overlay.tsx': ['ui/Hud.tsx', 'scene/webgl.ts', 'manifest/schema.ts'],
      'ui/Hud.tsx': [],
      'scene/webgl.ts': [],
      'store/galleryStore.ts': ['layout/types.ts'],
      'layout/types.ts': ['manifest/schema.ts'],
      'manifest/schema.ts': [],
    })
    expect(checkLayers(ok)).toEqual([])
  })

  it('fails on an import that points up the layers', () => {
    const bad = graph({ 'store/store.ts': ['audio/mixer.ts'], 'audio/mixer.ts': [] })
    const problems = checkLayers(bad)
    expect(problems).toEqual([{ kind: 'upward', from: 'store/store.ts', to: 'audio/mixer.ts', fromLayer: 'store', toLayer: 'audio' }])
    expect(describeProblem(problems[0]!)).toContain('store/store.ts (store) imports audio/mixer.ts (audio)')
  })

  it('fails on circles, in one layer as across files, and names every module in one', () => {
    const bad = graph({
      'manifest/migrate.ts': ['manifest/validate.ts'],
      'manifest/validate.ts': ['manifest/migrate.ts', 'manifest/schema.ts'],
      'manifest/schema.ts': [],
      'xr/a.ts': ['xr/b.ts'],
      'xr/b.ts': ['xr/c.ts'],
      'xr/c.ts': ['xr/a.ts'],
      'xr/self.ts': ['xr/self.ts'],
    })
    expect(findCircles(bad)).toEqual([['manifest/migrate.ts', 'manifest/validate.ts'], ['xr/a.ts', 'xr/b.ts', 'xr/c.ts'], ['xr/self.ts']])
    expect(checkLayers(bad).filter((p) => p.kind === 'circle')).toHaveLength(3)
  })

  it('fails on a folder that has no place in the order', () => {
    expect(checkLayers(graph({ 'widgets/a.ts': [], 'widgets/b.ts': [] }))).toEqual([{ kind: 'unknownLayer', module: 'widgets/a.ts', folder: 'widgets' }])
  })

  it('reads static, type-only, re-export and dynamic imports from files, and ignores packages and styles', () => {
    const root = mkdtempSync(join(tmpdir(), 'layers-'))
    mkdirSync(join(root, 'store'))
    mkdirSync(join(root, 'audio'))
    writeFileSync(join(root, 'store', 'state.ts'), "import type { Mixer } from '../audio/mixer'\nexport type { Mixer }\n")
    writeFileSync(join(root, 'store', 'index.ts'), "export * from './state'\nimport 'zustand'\nimport s from './x.module.css'\nconst later = () => import('../audio')\n")
    writeFileSync(join(root, 'audio', 'mixer.ts'), 'export interface Mixer { gain: number }\n')
    writeFileSync(join(root, 'audio', 'index.ts'), "export * from './mixer'\n")
    const read = readImportGraph(root)
    expect(read.get('store/state.ts')).toEqual(['audio/mixer.ts'])
    expect(read.get('store/index.ts')).toEqual(['store/state.ts', 'audio/index.ts'])
    expect(checkLayers(read).map((p) => p.kind)).toEqual(['upward', 'upward'])
  })

  it('passes on this repository', () => {
    const problems = checkLayers(readImportGraph(join(import.meta.dirname, '../../../src')))
    expect(problems.map(describeProblem)).toEqual([])
  })
})
