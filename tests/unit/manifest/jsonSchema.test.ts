import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { manifestJsonSchema } from '../../../src/manifest/jsonSchema'

describe('the JSON Schema for editors', () => {
  it('is in step with the zod schema (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../../content/exhibition.schema.json', import.meta.url), 'utf8'))
    expect(committed).toEqual(manifestJsonSchema())
  })
})
