import { z } from 'zod'
import { manifestSchema } from './schema'

/** The JSON Schema editors use, generated from the zod schema so the two can never drift apart. */
export function manifestJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(manifestSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>
}
