/**
 * Who this tab is in a class, kept in sessionStorage (this tab only, gone when it closes): the
 * teacher's secret lets a teacher reload or come back without ending the class; a pupil's token
 * lets them rejoin as the same member.
 */
export type Credentials =
  | { role: 'teacher'; code: string; secret: string }
  | { role: 'pupil'; code: string; memberId: string; token: string; nickname: string }

const KEY = 'gallery-live'

export function saveCredentials(c: Credentials): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(c))
  } catch {
    // Storage refused (private mode): the class still works until the tab reloads.
  }
}

export function readCredentials(): Credentials | null {
  try {
    const raw = sessionStorage.getItem(KEY)
    if (!raw) return null
    const c = JSON.parse(raw) as Partial<Credentials>
    if (c.role === 'teacher' && typeof c.code === 'string' && typeof c.secret === 'string') return { role: 'teacher', code: c.code, secret: c.secret }
    if (c.role === 'pupil' && typeof c.code === 'string' && typeof c.memberId === 'string' && typeof c.token === 'string' && typeof c.nickname === 'string')
      return { role: 'pupil', code: c.code, memberId: c.memberId, token: c.token, nickname: c.nickname }
  } catch {
    // Unreadable: start afresh.
  }
  return null
}

export function clearCredentials(): void {
  try {
    sessionStorage.removeItem(KEY)
  } catch {
    // Nothing stored.
  }
}
