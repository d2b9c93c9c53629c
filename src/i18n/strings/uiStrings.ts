import type { en } from './en'

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many'
/** A section's keys as every language has them: each plain key, and each plural's `_other` (its other forms as the language needs). */
type Section<T> = { [L in keyof T as L extends `${string}_${PluralSuffix}` ? never : L]: string } & {
  [L in keyof T as L extends `${infer Base}_other` ? `${Base}_${PluralSuffix}` : never]?: string
}

/** The shape every language's strings must have: the same keys, each a string, plurals in that language's forms. */
export type UiStrings = { [K in keyof typeof en]: Section<(typeof en)[K]> }
