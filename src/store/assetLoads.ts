/**
 * Counts asset loads in flight (textures, models, the fonts of wall texts), so moving the visitor
 * can wait until the new view is drawn with its assets. The scene's loaders report here; the
 * navigation and the automation API wait here, without either knowing the other.
 */
let pending = 0
let started = 0
let settled = 0
const idleWaiters: Array<() => void> = []
const listeners = new Set<() => void>()
const tell = () => listeners.forEach((l) => l())

/** Counts a promise as an asset load (fonts for wall texts count too: a label is part of the view). */
export function track<T>(promise: Promise<T>): Promise<T> {
  pending += 1
  started += 1
  tell()
  return promise.finally(() => {
    pending -= 1
    settled += 1
    tell()
    // Let React commit what the load produced before anyone waiting is told.
    if (pending === 0) setTimeout(() => pending === 0 && idleWaiters.splice(0).forEach((r) => r()), 0)
  })
}

/** Resolves once no asset load is in flight. */
export function assetsSettled(): Promise<void> {
  return pending === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve))
}

/** Asset loads settled so far out of those started (0 before any started): the start screen's progress. */
export function loadShare(): number {
  return started === 0 ? 0 : settled / started
}

/** Calls `listener` whenever a load starts or settles; returns the unsubscribe. */
export function onLoads(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
