import { useEffect, type RefObject } from 'react'

/**
 * What a HUD popup (the help panel, the phone menu) does while open: Esc closes it and gives
 * focus back to its button; with `panel`, a tap or click anywhere else (the room, to look or
 * walk, or another control) puts it away too.
 *
 * ```ts
 * usePopup(open, () => setOpen(false), button, panel)
 * ```
 */
export function usePopup(open: boolean, close: () => void, button: RefObject<HTMLElement | null>, panel?: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (!open) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      event.preventDefault()
      close()
      button.current?.focus()
    }
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (!panel?.current?.contains(target) && !button.current?.contains(target)) close()
    }
    window.addEventListener('keydown', onKeyDown)
    if (panel) window.addEventListener('pointerdown', onPointerDown, { capture: true })
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('pointerdown', onPointerDown, { capture: true })
    }
  }, [open, close, button, panel])
}
