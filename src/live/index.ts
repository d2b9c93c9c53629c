/**
 * The live layer's front door, light enough for the first script: whether this origin has the
 * live service, `#/join/<code>` links, coming back to a class after a reload, and the actions
 * the class panel's buttons and `window.__gallery.liveActions` call. The Socket.IO client
 * (./client) loads with the first of them.
 */
import { wrapAngle } from '../layout/geometry'
import { parseRoute } from '../navigation/routes'
import { runtime } from '../store/runtime'
import { galleryStore } from '../store/galleryStore'
import { readCredentials } from './credentials'

// The protocol (zod) and the Socket.IO client stay out of the first script: they load after the first frame, or with the first class.
const client = () => import('./client')
const codes = () => import('./classCode')

/** Asks this origin for the live service; a static host answers with a 404 or the page itself. */
export async function probeLive(): Promise<boolean> {
  try {
    const { LIVE_STATUS_PATH } = await import('./protocol')
    const response = await fetch(new URL(LIVE_STATUS_PATH, document.baseURI), { cache: 'no-store', credentials: 'same-origin' })
    const body = response.ok ? ((await response.json()) as { live?: unknown }) : null
    return body?.live === true
  } catch {
    return false
  }
}

/** The code of a `#/join/<code>` link, or null. */
export async function joinCodeFromHash(hash: string): Promise<string | null> {
  const route = parseRoute(hash)
  return route?.type === 'join' ? (await codes()).normalizeCode(route.code) : null
}

async function offerJoin(): Promise<void> {
  const code = await joinCodeFromHash(location.hash)
  if (code && !galleryStore.getState().live.role) galleryStore.getState().setLive({ joinOpen: true, joinCode: code })
}

/** At start-up: ask for the service, open the join dialog for a join link, rejoin a class this tab was in. */
export async function startLive(): Promise<void> {
  await offerJoin()
  window.addEventListener('hashchange', () => void offerJoin())
  const available = await probeLive()
  galleryStore.getState().setLive({ available })
  if (available && readCredentials()) await (await client()).resumeStored()
}

async function teacherCommand(cmd: Parameters<Awaited<ReturnType<typeof client>>['command']>[0]): Promise<void> {
  await (await client()).command(cmd)
}

/** What the class panel's buttons do; each resolves once the service has accepted it. */
export const liveActions = {
  lead: async (): Promise<string> => (await client()).lead(),
  join: async (code: string, nickname?: string): Promise<void> => {
    const { generateNickname } = await import('./nicknames')
    const typed = (await codes()).normalizeCode(code)
    if (!typed) throw new Error('not a class code')
    await (await client()).join(typed, nickname ?? generateNickname(galleryStore.getState().language))
  },
  gather: () =>
    teacherCommand({
      type: 'gather',
      pose: {
        p: [...runtime.position] as [number, number, number],
        yaw: wrapAngle(runtime.yaw),
        pitch: 0,
        room: galleryStore.getState().roomId,
        seq: 0,
        t: Date.now(),
      },
    }),
  follow: (on: boolean) => teacherCommand({ type: 'follow', on }),
  /** Lights up a work for the class (`open`: its panel opens for everyone too); null stops pointing. */
  highlight: (artifactId: string | null, open = false) => teacherCommand({ type: 'highlight', artifactId, open }),
  eyesOnMe: (on: boolean) => teacherCommand({ type: 'eyesOnMe', on }),
  classmates: (on: boolean) => teacherCommand({ type: 'classmates', on }),
  lock: (on: boolean) => teacherCommand({ type: 'lock', on }),
  rename: (memberId: string, nickname: string) => teacherCommand({ type: 'rename', memberId, nickname }),
  remove: (memberId: string) => teacherCommand({ type: 'remove', memberId }),
  /** Runs a guided tour for the whole class; the teacher's own tour starts once the service has it. */
  startTour: async (tourId: string): Promise<void> => {
    await teacherCommand({ type: 'tourStart', tourId })
    const [{ startTour }, { markClassTour }] = await Promise.all([import('../navigation/tourHost'), import('./teacherTour')])
    markClassTour(tourId)
    startTour(tourId)
  },
  endTour: () => teacherCommand({ type: 'tourEnd' }),
  end: async (): Promise<void> => (await client()).endClass(),
  /** Pupil: leaves the class. */
  leave: async (): Promise<void> => (await client()).leave(),
}

export type LiveActions = typeof liveActions
