/**
 * Whether the page's AudioContext runs: started by the visitor's gesture, suspended while the
 * tab is hidden (and only resumed on its return if the visitor had it running), suspended on
 * request.
 */
export class ContextPower {
  private wantRunning = false
  private hiddenSuspend = false
  private readonly onVisibility = () => this.visibilityChanged()

  constructor(private readonly context: AudioContext | null) {
    if (context && typeof document !== 'undefined') document.addEventListener('visibilitychange', this.onVisibility)
  }

  /** Starts or resumes the context; call it from a click (browsers want a user gesture). */
  async resume(): Promise<void> {
    this.wantRunning = true
    if (!this.context || this.context.state === 'closed') return
    try {
      await this.context.resume()
    } catch {
      // A browser may refuse outside a gesture; the next gesture's call will succeed.
    }
  }

  async suspend(): Promise<void> {
    this.wantRunning = false
    if (!this.context || this.context.state !== 'running') return
    await this.context.suspend().catch(() => undefined)
  }

  dispose(): void {
    if (this.context && typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.onVisibility)
  }

  private visibilityChanged(): void {
    const ctx = this.context
    if (!ctx || typeof document === 'undefined') return
    if (document.hidden) {
      if (ctx.state === 'running') {
        this.hiddenSuspend = true
        ctx.suspend().catch(() => undefined)
      }
    } else if (this.hiddenSuspend) {
      this.hiddenSuspend = false
      if (this.wantRunning) ctx.resume().catch(() => undefined)
    }
  }
}
