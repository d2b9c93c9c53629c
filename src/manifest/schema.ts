/**
 * The exhibition manifest format: the single source of truth for its TypeScript types, its
 * runtime validation and the JSON Schema editors use (`npm run schema` writes it).
 *
 * Every object is strict, so a misspelt field is reported instead of silently ignored.
 */
import { z } from 'zod'
import { assetPath, id, languageCode, localizedFiles, localizedText } from './fields'
import { ambientSound, room, theme } from './roomSchema'

export const FORMAT_VERSION = 1

/** ISO-8601 calendar date at year, month or day precision. */
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/

export const artifactKind = z.enum(['poster', 'photograph', 'document', 'painting', 'book', 'notebook', 'letter', 'object'])

export const dating = z
  .object({
    start: z.string().regex(PARTIAL_DATE, 'must be a date such as "1950", "1950-02" or "1950-02-14"'),
    end: z.string().regex(PARTIAL_DATE, 'must be a date such as "1953"').optional(),
    approximate: z.boolean().default(false),
  })
  .strict()
  .refine((d) => d.end === undefined || d.end >= d.start, { message: 'end may not be before start', path: ['end'] })

/** Real-world size of the work in centimetres. */
export const dimensions = z
  .object({
    width: z.number().positive().max(2000),
    height: z.number().positive().max(2000),
    depth: z.number().positive().max(2000).optional(),
  })
  .strict()

export const wallSide = z.enum(['north', 'east', 'south', 'west'])
export const mount = z.enum(['wall', 'plinth', 'vitrine'])

export const placement = z
  .object({
    mount: mount.optional(),
    /** For wall mounts: which wall, and the centre's distance in metres from the wall's left end as seen from the room. */
    wall: wallSide.optional(),
    along: z.number().nonnegative().optional(),
    /** Height of the centre above the floor in metres (wall mounts). */
    height: z.number().positive().optional(),
    /** For floor mounts: room-local position in metres from the room's north-west corner. */
    floor: z.tuple([z.number(), z.number()]).optional(),
  })
  .strict()

/** A recording an artifact carries (a broadcast, a speech read aloud, a record), started from its panel. */
export const clip = z
  .object({
    id,
    kind: z.enum(['speech', 'music', 'broadcast']),
    title: localizedText,
    /** The full text, shown in the panel: every sound has text. */
    transcript: localizedText,
    file: assetPath,
    captions: localizedFiles.optional(),
    credit: localizedText,
    volume: z.number().min(0).max(1).default(0.9),
  })
  .strict()

export const artifact = z
  .object({
    id,
    room: id,
    kind: artifactKind,
    title: localizedText,
    label: localizedText,
    description: localizedText,
    date: dating,
    creator: localizedText,
    medium: localizedText,
    dimensions,
    credit: localizedText,
    rights: z.string().min(1),
    assets: z
      .object({ image: assetPath.optional(), model: assetPath.optional(), thumbnail: assetPath.optional() })
      .strict()
      .refine((a) => a.image !== undefined || a.model !== undefined, { message: 'needs an image or a model' }),
    /** What the image shows, for those who cannot see it (screen readers, the text museum). Required with an image. */
    alt: localizedText.optional(),
    placement: placement.optional(),
    clips: z.array(z.lazy(() => clip)).optional(),
  })
  .strict()
  .refine((a) => a.assets.image === undefined || a.alt !== undefined, {
    message: 'a work with an image needs alt text (what the image shows)',
    path: ['alt'],
  })

export const exhibitionInfo = z
  .object({
    id,
    title: localizedText,
    subtitle: localizedText.optional(),
    intro: localizedText,
    credits: localizedText,
    languages: z.array(languageCode).min(1),
    defaultLanguage: languageCode.default('en'),
    startRoom: id.optional(),
  })
  .strict()

export const tourStop = z
  .object({
    /** Exactly one of: an artifact to stand before, a room to enter, or a viewpoint (world x, z and yaw). */
    artifact: id.optional(),
    room: id.optional(),
    viewpoint: z.object({ position: z.tuple([z.number(), z.number()]), yaw: z.number() }).strict().optional(),
    narration: localizedText,
    /** Recorded narration per language; without it the browser's speech synthesis or captions alone are used. */
    audio: localizedFiles.optional(),
  })
  .strict()
  .refine((s) => [s.artifact, s.room, s.viewpoint].filter((v) => v !== undefined).length === 1, {
    message: 'a stop names exactly one of artifact, room or viewpoint',
  })

export const tour = z
  .object({
    id,
    title: localizedText,
    description: localizedText,
    minutes: z.number().positive().max(240),
    stops: z.array(tourStop).min(1),
  })
  .strict()

export const manifestSchema = z
  .object({
    $schema: z.string().optional(),
    formatVersion: z.literal(FORMAT_VERSION),
    exhibition: exhibitionInfo,
    rooms: z.array(room).min(1),
    artifacts: z.array(artifact),
    tours: z.array(tour).default([]),
  })
  .strict()

export type LocalizedText = z.infer<typeof localizedText>
export type Theme = z.infer<typeof theme>
export type Room = z.infer<typeof room>
export type ArtifactKind = z.infer<typeof artifactKind>
export type Dating = z.infer<typeof dating>
export type Dimensions = z.infer<typeof dimensions>
export type WallSide = z.infer<typeof wallSide>
export type Mount = z.infer<typeof mount>
export type Placement = z.infer<typeof placement>
export type Artifact = z.infer<typeof artifact>
export type ExhibitionInfo = z.infer<typeof exhibitionInfo>
export type Manifest = z.infer<typeof manifestSchema>
export type AmbientSound = z.infer<typeof ambientSound>
export type Clip = z.infer<typeof clip>
export type Tour = z.infer<typeof tour>
export type TourStop = z.infer<typeof tourStop>
