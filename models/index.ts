/**
 * The exhibition's procedural 3D objects. Each module under models/ builds one object; the
 * pipeline (tools/build-models.ts) turns them into public/media/models/<id>.glb.
 */
import type { ModelDefinition } from './lib/model.ts'
import blastFurnaceModel from './blast-furnace-model.ts'
import friendshipBadge from './friendship-badge.ts'
import friendshipMedal from './friendship-medal.ts'
import giftTeapot from './gift-teapot.ts'
import gramophone from './gramophone.ts'
import locomotiveModel from './locomotive-model.ts'
import openTextbook from './open-textbook.ts'
import radioReceiver from './radio-receiver.ts'
import samovar from './samovar.ts'
import studentNotebook from './student-notebook.ts'
import telegraphKey from './telegraph-key.ts'
import typewriter from './typewriter.ts'
import yangtzeBridgeModel from './yangtze-bridge-model.ts'

export const MODELS: readonly ModelDefinition[] = [friendshipMedal, friendshipBadge, giftTeapot, locomotiveModel, blastFurnaceModel, yangtzeBridgeModel, telegraphKey, typewriter, samovar, openTextbook, studentNotebook, radioReceiver, gramophone]

export function getModel(id: string): ModelDefinition {
  const m = MODELS.find((d) => d.id === id)
  if (!m) throw new Error(`unknown model "${id}" (known: ${MODELS.map((d) => d.id).join(', ')})`)
  return m
}
