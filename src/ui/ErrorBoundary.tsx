import { Component, type ErrorInfo, type ReactNode } from 'react'

export interface ErrorBoundaryProps {
  /** Shown instead of the children once they have thrown. */
  fallback: ReactNode
  /** Told about the error once (to record an asset warning, say). */
  onError?: (error: unknown) => void
  children?: ReactNode
}

/**
 * Catches a failing subtree (a 3D model that will not load, a chunk that did not arrive) and
 * shows `fallback` in its place, so one broken file never blanks the panel.
 *
 * ```tsx
 * <ErrorBoundary key={url} fallback={<p>Model not available</p>}><ModelViewer url={url} /></ErrorBoundary>
 * ```
 * Give it a `key` that changes with the content, so a new model gets a fresh try.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    this.props.onError?.(error)
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
