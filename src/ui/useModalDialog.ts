/**
 * A native modal `<dialog>` for a React component that is mounted while it is open: the browser
 * makes the rest of the page inert and keeps Tab inside; this hook opens it with `showModal()`,
 * focuses it (so its name is read), turns Esc (the dialog's `cancel`) into `onCancel`, and on
 * unmount gives focus back where it was, or to the 3D scene so keyboard walking resumes.
 */
import { useEffect, useRef, type RefObject } from 'react'
import { commands } from '../navigation/commands'

/**
 * Opens `dialog` modally while the calling component is mounted. Returns a function that makes
 * the close send focus to the 3D scene instead of the element that opened the dialog (after a
 * "go to" action).
 *
 * ```tsx
 * const ref = useRef<HTMLDialogElement>(null)
 * useModalDialog(ref, close)
 * return <dialog ref={ref} aria-labelledby="title">...</dialog>
 * ```
 */
export function useModalDialog(dialog: RefObject<HTMLDialogElement | null>, onCancel: () => void): () => void {
  const cancel = useRef(onCancel)
  cancel.current = onCancel
  const toScene = useRef(false)

  useEffect(() => {
    const el = dialog.current
    if (!el) return
    toScene.current = false
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!el.open) el.showModal()
    el.focus({ preventScroll: true })
    const onCancelEvent = (event: Event) => {
      event.preventDefault()
      cancel.current()
    }
    el.addEventListener('cancel', onCancelEvent)
    return () => {
      el.removeEventListener('cancel', onCancelEvent)
      if (el.open) el.close()
      if (!toScene.current && previous && previous !== document.body && previous.isConnected) previous.focus({ preventScroll: true })
      else commands.focusScene()
    }
  }, [dialog])

  return () => {
    toScene.current = true
  }
}
