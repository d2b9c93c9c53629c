import { describe, expect, it } from 'vitest'
import type { IndexHtmlTransformContext } from 'vite'
import { inlineStyles } from '../../../tools/start/inlineStyles'

function run(html: string, files: Record<string, string>): string {
  const plugin = inlineStyles()
  ;(plugin.configResolved as (c: { base: string }) => void)({ base: './' })
  const bundle = Object.fromEntries(Object.entries(files).map(([fileName, source]) => [fileName, { type: 'asset', fileName, source }]))
  const hook = plugin.transformIndexHtml as { handler: (html: string, ctx: IndexHtmlTransformContext) => string }
  return hook.handler(html, { bundle } as unknown as IndexHtmlTransformContext)
}

describe('the page\'s stylesheets inlined into index.html', () => {
  const page = '<head><link rel="stylesheet" crossorigin href="./assets/a.css"><link rel="stylesheet" crossorigin href="./assets/fonts.css"></head>'

  it('puts the rules in the page, in order, and leaves a link that is never fetched for the lazy chunks\' loader to find', () => {
    const out = run(page, { 'assets/a.css': '.a{color:red}', 'assets/fonts.css': '.b{color:blue}' })
    expect(out).toContain('<style data-inlined="assets/a.css">.a{color:red}</style>')
    expect(out).toContain('<link rel="stylesheet" crossorigin href="./assets/a.css" disabled>')
    expect(out.indexOf('.a{')).toBeLessThan(out.indexOf('.b{'))
    expect(out).not.toMatch(/href="\.\/assets\/a\.css">/)
  })

  it('keeps a sheet with relative URLs as a link (they would resolve against the page)', () => {
    const out = run(page, { 'assets/a.css': '.a{color:red}', 'assets/fonts.css': '@font-face{src:url(./x.woff2)}' })
    expect(out).toContain('<link rel="stylesheet" crossorigin href="./assets/fonts.css">')
    expect(out).not.toContain('url(./x.woff2)')
  })
})
