/**
 * What the interface asks of the 3D world. The scene registers the implementations when it
 * mounts; until then a command waits for it, so early calls (deep links) are not lost.
 */
export interface Commands {
  /** Moves the visitor in front of a room's entry or an artifact, facing it. Resolves once that view is drawn. */
  goTo: (id: string, options?: { instant?: boolean }) => Promise<void>
  /** Focuses the canvas so keyboard walking works after a DOM control had focus. */
  focusScene: () => void
}

let implementation: Commands | null = null
const waiting: Array<(c: Commands) => void> = []

export function registerCommands(commands: Commands): void {
  implementation = commands
  for (const resolve of waiting.splice(0)) resolve(commands)
}

function ready(): Promise<Commands> {
  return implementation ? Promise.resolve(implementation) : new Promise((resolve) => waiting.push(resolve))
}

export const commands: Commands = {
  goTo: (id, options) => ready().then((c) => c.goTo(id, options)),
  focusScene: () => implementation?.focusScene(),
}
