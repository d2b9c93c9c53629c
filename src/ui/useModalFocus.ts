/**
 * Focus handling for a modal dialog: focus moves in when it opens, Tab and Shift+Tab stay
 * inside it, Esc asks it to close, and focus goes back where it was (or to the 3D scene, so
 * keyboard walking resumes) when it closes.
 */
import { useEffect, useRef, type RefObject } from 'react'
import { commands } from '../navigation/commands'

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/** The elements Tab reaches inside `container`, in order, skipping hidden ones. */
export function focusableIn(container: Element): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => el.getClientRects().length > 0 && !el.closest('[inert]'),
  )
}

export interface ModalFocusOptions {
  /** Called on Esc. */
  onEscape?: () => void
  /** What to focus on open; the container itself (give it tabIndex={-1}) when absent. */
  initialFocus?: RefObject<HTMLElement | null>
}

/**
 * Traps focus in `container` while `active`. Returns a function that makes the next close send
 * focus to the 3D scene instead of the element that opened the dialog (after a "go to" action).
 */
export function useModalFocus(
  container: RefObject<HTMLElement | null>,
  active: boolean,
  options: ModalFocusOptions = {},
): () => void {
  const latest = useRef(options)
  latest.current = options
  const toScene = useRef(false)

  useEffect(() => {
    if (!active) return
    toScene.current = false
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const first = latest.current.initialFocus?.current ?? container.current
    first?.focus({ preventScroll: true })

    const onKeyDown = (event: KeyboardEvent) => {
      const root = container.current
      if (!root) return
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault()
        latest.current.onEscape?.()
      } else if (event.key === 'Tab') {
        const items = focusableIn(root)
        const head = items[0]
        const tail = items[items.length - 1]
        if (!head || !tail) {
          event.preventDefault()
          root.focus()
          return
        }
        const current = document.activeElement
        if (!root.contains(current)) {
          event.preventDefault()
          ;(event.shiftKey ? tail : head).focus()
        } else if (event.shiftKey && (current === head || current === root)) {
          event.preventDefault()
          tail.focus()
        } else if (!event.shiftKey && current === tail) {
          event.preventDefault()
          head.focus()
        }
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      if (!toScene.current && previous && previous !== document.body && previous.isConnected) {
        previous.focus({ preventScroll: true })
      } else {
        commands.focusScene()
      }
    }
  }, [active, container])

  return () => {
    toScene.current = true
  }
}
