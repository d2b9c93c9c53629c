/**
 * One place where a later-loaded part of the app hands something over (the scene its three.js
 * objects, the XR layer its session, start-up its commands) and where others can wait for it.
 * Replaces the hand-made "let current; const waiting = []" registries.
 *
 * ```ts
 * const scene = createSlot<SceneAccess>()
 * const release = scene.set(access)   // the provider, when it mounts; release() when it unmounts
 * scene.get()                          // now, or null
 * await scene.whenSet()                // a consumer that must wait for it
 * ```
 */
export interface Slot<T> {
  /** What is registered now, or null. */
  get(): T | null
  /** Registers `value`, wakes everyone waiting; the returned function withdraws it (if still current). */
  set(value: T): () => void
  /** Resolves with the registered value: at once if there is one, else when one is set. */
  whenSet(): Promise<T>
}

export function createSlot<T>(): Slot<T> {
  let current: { value: T } | null = null
  const waiting: Array<(value: T) => void> = []
  return {
    get: () => (current ? current.value : null),
    set(value) {
      const entry = { value }
      current = entry
      for (const resolve of waiting.splice(0)) resolve(value)
      return () => {
        if (current === entry) current = null
      }
    },
    whenSet: () => (current ? Promise.resolve(current.value) : new Promise<T>((resolve) => waiting.push(resolve))),
  }
}
