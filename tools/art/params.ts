/**
 * Per-artwork parameters, kept in content/art/artworks.json: which template draws the work and
 * what it shows. Validated strictly, like the manifest, so a typo is an error, not a blank.
 */
import { z } from 'zod'
import { ID } from '../../src/manifest/patterns'

const line = z.string().min(1)
/** A line in each of the exhibition's three languages. */
const trilingual = z.object({ en: line, zh: line, ru: line }).strict()

export const posterParams = z
  .object({
    template: z.literal('poster'),
    /** sunburst: picture above, slogans below; diagonal: a slanted band carries the Chinese slogan; banner: red ground, slogans above and below a crowd. */
    layout: z.enum(['sunburst', 'diagonal', 'banner']),
    scene: z.enum(['building', 'doves-flags', 'handshake-flags', 'industry', 'crowd', 'book']),
    /** Chinese slogan, one string per line. */
    zh: z.array(line).min(1).max(3),
    /** Russian slogan, one string per line. */
    ru: z.array(line).min(1).max(3),
    zhSub: line.optional(),
    ruSub: line.optional(),
    year: line.optional(),
    /** 0 = fresh from the press; 1 = faded, stained, torn and partly pasted over. */
    weathered: z.number().min(0).max(1).default(0),
  })
  .strict()

export const photographParams = z
  .object({
    template: z.literal('photograph'),
    scene: z.enum(['building', 'gate-crowd', 'trucks', 'welcome-street', 'lecture-hall', 'platform', 'unfinished', 'building-today', 'bridge-today']),
    tone: z.enum(['sepia', 'neutral', 'silver']).default('silver'),
    /** Pencilled caption on the mount, as archives and families wrote them. */
    caption: line.optional(),
    /** Chalk words on a blackboard (lecture hall only). */
    board: z.array(line).optional(),
  })
  .strict()

const stamp = z
  .object({
    /** Text around a round stamp, or the words of a rectangular one. */
    text: line,
    /** Words in the middle of a round stamp (a date, for a received stamp). */
    centre: line.optional(),
    shape: z.enum(['round', 'box']).default('round'),
    /** Centre as fractions of the page. */
    at: z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]),
    rotate: z.number().default(-8),
    colour: z.string().regex(/^#[0-9a-fA-F]{6}$/).default('#B3261E'),
  })
  .strict()

export const documentParams = z
  .object({
    template: z.literal('document'),
    layout: z.enum(['cable', 'typed', 'bilingual', 'title-page', 'pamphlet', 'map']),
    lang: z.enum(['ru', 'zh']),
    paper: z.enum(['white', 'ivory', 'yellowed', 'grey']).default('ivory'),
    letterhead: z.array(line).default([]),
    heading: z.array(line).default([]),
    /** Typed paragraphs (typed, cable) or the second column (bilingual: ru here, zh in `zhBody`). */
    body: z.array(z.string()).default([]),
    zhBody: z.array(z.string()).default([]),
    zhHeading: z.array(line).default([]),
    /** Indices of body lines (after wrapping) blacked out by a censor's bar. */
    redact: z.array(z.number().int().nonnegative()).default([]),
    date: line.optional(),
    stamps: z.array(stamp).default([]),
    signature: z.boolean().default(false),
    /** Title pages and pamphlets. */
    author: line.optional(),
    title: z.array(line).default([]),
    subtitle: z.array(line).default([]),
    publisher: z.array(line).default([]),
    /** Maps: labels placed by the template (river, island, directions). */
    labels: z.record(z.string(), line).default({}),
  })
  .strict()

export const paintingParams = z
  .object({
    template: z.literal('painting'),
    scene: z.enum(['steelworks', 'bridge', 'exhibition-hall']),
    time: z.enum(['dawn', 'day', 'dusk']).default('day'),
  })
  .strict()

export const letterParams = z
  .object({
    template: z.literal('letter'),
    lang: z.enum(['ru', 'zh']),
    paper: z.enum(['ruled', 'xinjian']).default('ruled'),
    greeting: line,
    body: z.array(z.string()).min(1),
    closing: z.array(line).default([]),
    date: line.optional(),
  })
  .strict()

const timelineEvent = z
  .object({
    year: line,
    en: z.array(line).min(1),
    zh: z.array(line).min(1),
    ru: z.array(line).min(1),
    /** Year on the axis, e.g. 1957.8 for October 1957. */
    at: z.number(),
    era: z.enum(['alliance', 'split', 'renewal']),
  })
  .strict()

export const timelineParams = z
  .object({
    template: z.literal('timeline'),
    title: trilingual,
    /** The axis: [year, position 0..1] pairs, increasing; busy decades can be given more room. */
    scale: z.array(z.tuple([z.number(), z.number().min(0).max(1)])).min(2),
    eras: z.object({ alliance: trilingual, split: trilingual, renewal: trilingual }).strict(),
    events: z.array(timelineEvent).min(2),
  })
  .strict()

export const artworkParams = z.discriminatedUnion('template', [posterParams, photographParams, documentParams, paintingParams, letterParams, timelineParams])

export const artworksFile = z
  .object({
    $comment: z.string().optional(),
    artworks: z.record(z.string().regex(ID), artworkParams),
  })
  .strict()

export type ArtworkParams = z.infer<typeof artworkParams>
/** One template's parameters, e.g. TemplateParams<'poster'>: the member of the union it draws. */
export type TemplateParams<T extends ArtworkParams['template']> = Extract<ArtworkParams, { template: T }>

/** What every template receives besides its own parameters. */
export interface ArtContext {
  id: string
  /** Real size in centimetres; the template draws in millimetres (a viewBox of width*10 x height*10). */
  widthCm: number
  heightCm: number
}
