/**
 * Whether the visitor touches the screen or points with a mouse, so hints say "tap" or "click"
 * and the touch stick appears where fingers are used. It starts from the primary pointer as
 * CSS sees it (`(pointer: coarse)`: phones and tablets) and then follows the pointer events
 * the visitor actually makes: a laptop with a touch screen turns to "touch" at the first tap
 * and back at the next mouse click. No user-agent sniffing.
 */

export type InputKind = 'touch' | 'mouse'

/** What the primary pointer suggests before the visitor has touched anything. */
export function initialInputKind(matches: (query: string) => boolean): InputKind {
  return matches('(pointer: coarse)') ? 'touch' : 'mouse'
}

/** The kind after a pointer event of `pointerType`: a finger or a pen taps; a mouse clicks; anything else changes nothing. */
export function nextInputKind(previous: InputKind, pointerType: string): InputKind {
  if (pointerType === 'touch' || pointerType === 'pen') return 'touch'
  if (pointerType === 'mouse') return 'mouse'
  return previous
}

type Listener = (kind: InputKind) => void

/** The current kind and its listeners; one per page, started by the first subscriber. */
export function createInputKind(target: Pick<Window, 'addEventListener' | 'removeEventListener' | 'matchMedia'>) {
  let kind = initialInputKind((query) => target.matchMedia?.(query).matches ?? false)
  const listeners = new Set<Listener>()
  const onPointer = (event: PointerEvent) => {
    const next = nextInputKind(kind, event.pointerType)
    if (next === kind) return
    kind = next
    for (const listener of listeners) listener(kind)
  }
  return {
    get: () => kind,
    subscribe(listener: Listener): () => void {
      // Capture phase: a panel that stops propagation still tells us which pointer it was.
      if (listeners.size === 0) target.addEventListener('pointerdown', onPointer, { capture: true })
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) target.removeEventListener('pointerdown', onPointer, { capture: true })
      }
    },
  }
}
