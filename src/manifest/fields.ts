/** The field types every part of the manifest is made of: ids, language codes, texts in several languages, colours, file paths. */
import { z } from 'zod'
import { isOwnOriginPath } from './assets'
import { ID, LANGUAGE_CODE } from './patterns'

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/

export const languageCode = z.string().regex(LANGUAGE_CODE, 'must be a language code such as "en", "zh" or "ru"')

/** Visitor-facing text: language code -> text. English is required; others fall back to it. */
export const localizedText = z
  .object({ en: z.string().trim().min(1, 'English text is required and may not be empty') })
  .catchall(z.string().trim().min(1, 'may not be empty'))
  .superRefine((value, ctx) => {
    for (const key of Object.keys(value)) {
      if (!LANGUAGE_CODE.test(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" is not a language code` })
      }
    }
  })

export const id = z.string().regex(ID, 'must be a kebab-case id such as "entrance-hall"')
export const colour = z.string().regex(HEX_COLOUR, 'must be a colour such as "#A4161A"')
/** A path or URL relative to the manifest file. */
export const assetPath = z
  .string()
  .min(1)
  .refine((p) => !/^[a-z][a-z0-9+.-]*:/i.test(p) && isOwnOriginPath(p), {
    message: 'must be a path relative to the manifest (no scheme, no other origin)',
  })

/** Files per language (narration audio, caption tracks); `en` is not required here. */
export const localizedFiles = z.record(languageCode, assetPath)
