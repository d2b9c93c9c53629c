/**
 * The validator meets documents written by hand and files broken in transit: whatever it is
 * given, it never throws, and every problem it reports has a JSON path and a message.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateManifest, FORMAT_VERSION } from '../../../src/manifest'
import { makeManifest } from '../fixtures/makeManifest'

/** A small valid manifest with a tour and room music, the base that near-valid documents spoil. */
const BASE = JSON.stringify(baseManifest())
const base = (): Record<string, unknown> => JSON.parse(BASE)

function baseManifest(): Record<string, unknown> {
  const m = JSON.parse(
    JSON.stringify(
      makeManifest([
        { id: 'hall', artifacts: [{ id: 'poster', kind: 'poster', width: 60, height: 90 }, { id: 'vase', kind: 'object', width: 30, height: 40, depth: 30 }] },
        { id: 'second', artifacts: [{ id: 'letter', kind: 'letter', width: 21, height: 30 }] },
      ]),
    ),
  )
  m.tours = [{ id: 'walk', title: { en: 'Walk' }, description: { en: 'A walk.' }, minutes: 5, stops: [{ artifact: 'poster', narration: { en: 'Look.' } }, { room: 'second', narration: { en: 'Here.' } }] }]
  m.rooms[0].ambient = { file: 'media/audio/hall.mp3', description: { en: 'Music' }, credit: { en: 'Us' }, emitter: { artifact: 'poster' } }
  return m
}

/** Every path into a JSON value (keys and indices), the document itself first. */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out = [prefix]
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]))
  return out
}

type Mutation = { pick: number; action: 'set' | 'delete' | 'add'; key: string; value: unknown }

function mutate(doc: unknown, mutations: readonly Mutation[]): unknown {
  let root = doc
  for (const { pick, action, key, value } of mutations) {
    const paths = pathsOf(root)
    const path = paths[pick % paths.length]!
    if (path.length === 0) {
      if (action === 'set') root = value
      continue
    }
    const parent = path.slice(0, -1).reduce<any>((node, k) => node[k], root)
    const last = path.at(-1)!
    if (action === 'delete') Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last]
    else if (action === 'add') {
      const target = parent[last]
      if (target && typeof target === 'object') Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true })
    } else parent[last] = value
  }
  return root
}

const hostileKey = fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'en', 'zh', 'id', 'room', 'formatVersion', ''))
const weirdValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, '', ' ', -1, 0, 1e308, -0, FORMAT_VERSION + 1, '\\\\host/x.webp', '//host', 'poster', 'hall', [], {}),
  fc.double(),
)
const mutationArb: fc.Arbitrary<Mutation> = fc.record({ pick: fc.nat(), action: fc.constantFrom('set', 'delete', 'add'), key: hostileKey, value: weirdValue })

function holdsTheContract(doc: unknown): void {
  let result: ReturnType<typeof validateManifest>
  try {
    result = validateManifest(doc)
  } catch (error) {
    throw new Error(`validateManifest threw on ${JSON.stringify(doc)?.slice(0, 400)}: ${String(error)}`)
  }
  if (result.ok) return
  expect(result.problems.length).toBeGreaterThan(0)
  for (const p of result.problems) {
    expect(p.path).toMatch(/^\$(\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*$/)
    expect(typeof p.message === 'string' && p.message.trim().length > 0).toBe(true)
  }
}

describe('the validator under fuzzing', () => {
  it('the base document is valid (so a mutation is what breaks it)', () => {
    expect(validateManifest(base())).toMatchObject({ ok: true })
  })

  it('never throws on random JSON, and names a path for every problem', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), holdsTheContract), { numRuns: 4000 })
  }, 120_000)

  it('never throws on near-valid manifests, and names a path for every problem', () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (mutations) => holdsTheContract(mutate(base(), mutations))),
      { numRuns: 6000 },
    )
  }, 120_000)
})
