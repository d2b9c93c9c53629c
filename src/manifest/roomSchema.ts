/** A room of the manifest: its size, its period look (theme), its sound and its wall graphics. */
import { z } from 'zod'
import { assetPath, colour, id, localizedText } from './fields'

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
