/**
 * The exhibition manifest format: the single source of truth for its TypeScript types, its
 * runtime validation and the JSON Schema editors use (`npm run schema` writes it).
 *
 * Every object is strict, so a misspelt field is reported instead of silently ignored.
 */
import { z } from 'zod'
import { isOwnOriginPath } from './assets'
import { ID, LANGUAGE_CODE } from './patterns'

export const FORMAT_VERSION = 1

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/
/** ISO-8601 calendar date at year, month or day precision. */
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/

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
const colour = z.string().regex(HEX_COLOUR, 'must be a colour such as "#A4161A"')
/** A path or URL relative to the manifest file. */
const assetPath = z
  .string()
  .min(1)
  .refine((p) => !/^[a-z][a-z0-9+.-]*:/i.test(p) && isOwnOriginPath(p), {
    message: 'must be a path relative to the manifest (no scheme, no other origin)',
  })

export const floorMaterial = z.enum(['marble', 'parquet', 'concrete', 'stone', 'linoleum', 'boards'])
export const wallMaterial = z.enum(['plaster', 'fabric', 'panelling', 'brick', 'painted'])
export const lightingMood = z.enum(['ceremonial', 'warm', 'furnace', 'formal', 'study', 'cold', 'daylight'])

export const theme = z
  .object({
    palette: z
      .object({
        wall: colour,
        floor: colour,
        ceiling: colour,
        trim: colour,
        accent: colour,
      })
      .strict(),
    floor: floorMaterial,
    wall: wallMaterial,
    lighting: lightingMood,
    /** Architectural richness, 0 (bare) to 1 (pilasters, cornices, chandeliers). */
    ornament: z.number().min(0).max(1).default(0.5),
    /** Optional floor motif: a star inlay, a runner carpet, a crack. */
    floorMotif: z.enum(['none', 'star', 'runner', 'crack']).default('none'),
  })
  .strict()

export const roomSize = z
  .object({
    width: z.number().min(4).max(60),
    depth: z.number().min(4).max(60),
    height: z.number().min(2.6).max(15),
  })
  .strict()

/** Files per language (narration audio, caption tracks); `en` is not required here. */
export const localizedFiles = z.record(languageCode, assetPath)

/** A room's ambient sound: looping music or atmosphere, heard from an artifact or a point in the room. */
export const ambientSound = z
  .object({
    file: assetPath,
    /** What a caption says while it plays ("[Music: ...]"), and where the melody comes from. */
    description: localizedText,
    credit: localizedText,
    /** The artifact that plays it (a gramophone, a radio), or a room-local position [x, y, z] in metres from the north-west corner. */
    emitter: z.union([z.object({ artifact: id }).strict(), z.object({ position: z.tuple([z.number(), z.number(), z.number()]) }).strict()]),
    volume: z.number().min(0).max(1).default(0.6),
    loop: z.boolean().default(true),
    /** Distance in metres at which the level starts to fall. */
    refDistance: z.number().positive().default(2.5),
  })
  .strict()

/**
 * Wall graphics made for the exhibition in a room: a period-style slogan (shown in banners and a
 * band under the cornice, each script on its own) and an enlarged photograph as a mural. The
 * title wall and the text panel by the entrance come from the room's title and intro.
 */
export const roomGraphics = z
  .object({
    slogan: localizedText.optional(),
    mural: z
      .object({
        image: assetPath,
        /** Width over height of the image. */
        aspect: z.number().min(0.3).max(4).default(1.5),
        caption: localizedText,
        /** Who made the enlargement and from what: murals are made for the exhibition, and say so. */
        credit: localizedText,
      })
      .strict()
      .optional(),
  })
  .strict()

export const room = z
  .object({
    id,
    title: localizedText,
    /** A short neutral line under the title that carries the room's history ("Diplomacy and party relations, 1953–1959"). */
    subtitle: localizedText.optional(),
    intro: localizedText,
    order: z.number().int().nonnegative(),
    size: roomSize,
    theme,
    ambient: ambientSound.optional(),
    graphics: roomGraphics.optional(),
  })
  .strict()

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
