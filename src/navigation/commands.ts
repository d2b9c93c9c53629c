/**
 * What the interface asks of the 3D world. Start-up registers the implementations once the
 * exhibition is loaded; until then a command waits for them, so early calls (deep links) are not lost.
 */
import { createSlot } from '../store/slot'

export interface Commands {
  /** Moves the visitor in front of a room's entry or an artifact, facing it. Resolves once that view is drawn. */
  goTo: (id: string, options?: { instant?: boolean }) => Promise<void>
  /** Focuses the canvas so keyboard walking works after a DOM control had focus. */
  focusScene: () => void
}

const implementation = createSlot<Commands>()

export function registerCommands(commands: Commands): () => void {
  return implementation.set(commands)
}

export const commands: Commands = {
  goTo: (id, options) => implementation.whenSet().then((c) => c.goTo(id, options)),
  focusScene: () => implementation.get()?.focusScene(),
}
