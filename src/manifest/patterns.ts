/**
 * The shapes of the manifest's ids and language codes, written once: the schema validates with
 * them, links (`#/room/<id>`) and `?lang=` read with them. Plain regular expressions, so the code
 * that reads an address does not pull zod into the first script.
 */

/** A kebab-case id such as "entrance-hall": lower-case letters and digits, single hyphens between. */
export const ID_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*'
export const ID = new RegExp(`^${ID_SOURCE}$`)

/** A language code such as "en", "zh" or "zh-Hant" (a primary subtag, perhaps a script or region). */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Z][a-zA-Z]{1,3})?$/
