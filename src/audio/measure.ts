/**
 * What the visitor hears, measured where every source meets: the listener's input, split into
 * left and right and read by analysers. For content QA (is the gramophone on the left?) and tests.
 */
import type { AudioListener } from 'three'

export async function measureListener(listener: AudioListener, durationMs: number): Promise<{ left: number; right: number }> {
  const context = listener.context
  const input = listener.getInput()
  const splitter = context.createChannelSplitter(2)
  const analysers = [context.createAnalyser(), context.createAnalyser()] as const
  input.connect(splitter)
  analysers.forEach((a, i) => {
    a.fftSize = 2048
    splitter.connect(a, i)
  })
  const sums = [0, 0]
  let samples = 0
  const buffer = new Float32Array(2048)
  const end = performance.now() + durationMs
  while (performance.now() < end) {
    analysers.forEach((a, i) => {
      a.getFloatTimeDomainData(buffer)
      for (const v of buffer) sums[i]! += v * v
    })
    samples += buffer.length
    await new Promise((resolve) => setTimeout(resolve, 40))
  }
  input.disconnect(splitter)
  return { left: Math.sqrt(sums[0]! / samples), right: Math.sqrt(sums[1]! / samples) }
}
