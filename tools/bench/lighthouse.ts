/**
 * Lighthouse from npm (mobile, its default simulated throttling) with the same Chromium the rest
 * of the bench uses: performance score, first contentful paint, largest contentful paint, total
 * blocking time. Returns null (and says why) when it does not finish.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Lighthouse } from './firstVisit'

const ROOT = resolve(import.meta.dirname, '../..')

export async function lighthouse(url: string, chromePath: string | null): Promise<Lighthouse | null> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lh-'))
  const out = join(dir, 'report.json')
  const flags = ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  try {
    await new Promise<void>((done, fail) =>
      execFile(
        process.execPath,
        [join(ROOT, 'node_modules/lighthouse/cli/index.js'), url, '--only-categories=performance', '--output=json', `--output-path=${out}`, '--quiet', '--max-wait-for-load=120000', `--chrome-flags=${flags.join(' ')}`],
        { env: { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) }, timeout: 300_000 },
        (error) => (error ? fail(error) : done()),
      ),
    )
    const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: { performance: { score: number | null } }; audits: Record<string, { numericValue?: number }> }
    const value = (id: string) => (report.audits[id]?.numericValue === undefined ? null : Math.round(report.audits[id]!.numericValue!))
    return {
      // null when Lighthouse cannot score (a page with no contentful paint it counts, such as a lone canvas).
      performance: report.categories.performance.score === null ? null : Math.round(report.categories.performance.score * 100),
      firstContentfulPaintMs: value('first-contentful-paint'),
      largestContentfulPaintMs: value('largest-contentful-paint'),
      totalBlockingTimeMs: value('total-blocking-time'),
      speedIndexMs: value('speed-index'),
    }
  } catch (error) {
    console.warn(`lighthouse did not finish for ${url}: ${(error as Error).message.split('\n')[0]}`)
    return null
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
