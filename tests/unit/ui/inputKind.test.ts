import { describe, expect, it } from 'vitest'
import { createInputKind, initialInputKind, nextInputKind } from '../../../src/ui/inputKind'

/** A window stand-in: pointer listeners and a fixed answer to media queries. */
function fakeWindow(coarse: boolean) {
  const listeners = new Set<(e: PointerEvent) => void>()
  return {
    listeners,
    matchMedia: (q: string) => ({ matches: coarse && q === '(pointer: coarse)' }) as MediaQueryList,
    addEventListener: (_: string, l: (e: PointerEvent) => void) => void listeners.add(l),
    removeEventListener: (_: string, l: (e: PointerEvent) => void) => void listeners.delete(l),
    press: (pointerType: string) => listeners.forEach((l) => l({ pointerType } as PointerEvent)),
  }
}

describe('touch or mouse', () => {
  it('starts from the primary pointer: coarse means touch', () => {
    expect(initialInputKind((q) => q === '(pointer: coarse)')).toBe('touch')
    expect(initialInputKind(() => false)).toBe('mouse')
  })

  it('follows the pointer the visitor uses; an unknown pointer type changes nothing', () => {
    expect(nextInputKind('mouse', 'touch')).toBe('touch')
    expect(nextInputKind('mouse', 'pen')).toBe('touch')
    expect(nextInputKind('touch', 'mouse')).toBe('mouse')
    expect(nextInputKind('touch', '')).toBe('touch')
  })

  it('tells its subscribers when a touch-screen laptop is tapped, then clicked', () => {
    const win = fakeWindow(false)
    const kind = createInputKind(win as unknown as Window)
    const seen: string[] = []
    const stop = kind.subscribe((k) => seen.push(k))
    expect(kind.get()).toBe('mouse')
    win.press('mouse')
    win.press('touch')
    win.press('touch')
    win.press('mouse')
    expect(seen).toEqual(['touch', 'mouse'])
    stop()
    expect(win.listeners.size).toBe(0)
  })

  it('starts as touch on a phone', () => {
    expect(createInputKind(fakeWindow(true) as unknown as Window).get()).toBe('touch')
  })
})
