/**
 * Short messages the visitor must see while the visit goes on (a link to nothing, a panel that
 * failed, the view being restored): what went wrong is said, in the visitor's language, and
 * nothing else stops. Each notice is an interface string key; the DOM overlay shows them.
 */
import { createStore } from 'zustand/vanilla'

export type NoticeKey = 'unknownLink' | 'captionsUnreadable' | 'panelFailed' | 'chunkFailed' | 'sceneFailed' | 'restoring' | 'goToFailed'

export interface Notice {
  /** One notice per id: notifying again replaces it. */
  id: string
  key: NoticeKey
  /** Stays until withdrawn (the view being restored), rather than until dismissed. */
  sticky?: boolean
  /** A "Try again" button: what it does (load a chunk again, remount the view). */
  retry?: () => void
}

export const notices = createStore<{ list: Notice[] }>(() => ({ list: [] }))

export function notify(notice: Notice): void {
  notices.setState((s) => ({ list: [...s.list.filter((n) => n.id !== notice.id), notice] }))
}

export function withdraw(id: string): void {
  notices.setState((s) => (s.list.some((n) => n.id === id) ? { list: s.list.filter((n) => n.id !== id) } : s))
}

/** Reports an error for developers (the console) and a localized notice for the visitor. */
export function report(id: string, key: NoticeKey, error?: unknown): void {
  if (error !== undefined) console.warn(`[gallery] ${id}:`, error)
  notify({ id, key })
}
