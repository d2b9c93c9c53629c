import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

/**
 * A lazily loaded component that can be loaded again. `React.lazy` keeps a failed import's
 * error for good, so a chunk that did not arrive once (a flaky school network) would stay
 * broken until a reload; `reset()` makes a fresh lazy component that imports again.
 */
export interface LazyPanel<P extends object> {
  current(): LazyExoticComponent<ComponentType<P>>
  reset(): void
}

export function lazyPanel<P extends object>(load: () => Promise<ComponentType<P>>): LazyPanel<P> {
  const make = () => lazy(() => load().then((component) => ({ default: component })))
  let component = make()
  return {
    current: () => component,
    reset: () => {
      component = make()
    },
  }
}
