/** `npm run schema`: writes the manifest's JSON Schema (for editors) from the zod schema, its one source. */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { manifestJsonSchema } from '../src/manifest/jsonSchema'

const target = resolve(import.meta.dirname, '../content/exhibition.schema.json')
writeFileSync(target, `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`)
console.log(`wrote ${target}`)
