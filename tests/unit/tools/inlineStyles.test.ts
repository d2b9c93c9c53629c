import { describe, expect, it } from 'vitest'
import type { IndexHtmlTransformContext } from 'vite'
import { inlineStyles } from '../../../tools/start/inlineStyles'

type ChunkSpec = { isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] }

function run(html: string, files: Record<string, string>, chunks: Record<string, ChunkSpec> = {}): string {
  const plugin = inlineStyles()
  ;(plugin.configResolved as (c: { base: string }) => void)({ base: './' })
  const bundle: Record<string, unknown> = Object.fromEntries(Object.entries(files).map(([fileName, source]) => [fileName, { type: 'asset', fileName, source }]))
  for (const [fileName, c] of Object.entries(chunks)) {
    bundle[fileName] = { type: 'chunk', fileName, isEntry: c.isEntry ?? false, imports: c.imports ?? [], dynamicImports: c.dynamicImports ?? [], viteMetadata: { importedCss: new Set(c.css ?? []) } }
  }
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

  it('inlines the sheets of the app the entry starts by a dynamic import, shared chunks\' first, and not those of later lazy chunks', () => {
    const out = run('<head></head>', { 'assets/shared.css': '.s{color:red}', 'assets/app.css': '.p{color:blue}', 'assets/panel.css': '.q{color:green}' }, {
      'assets/index.js': { isEntry: true, dynamicImports: ['assets/app.js'] },
      'assets/app.js': { imports: ['assets/shared.js'], dynamicImports: ['assets/panel.js'], css: ['assets/app.css'] },
      'assets/shared.js': { css: ['assets/shared.css'] },
      'assets/panel.js': { css: ['assets/panel.css'] },
    })
    expect(out).toContain('<style data-inlined="assets/app.css">.p{color:blue}</style>')
    expect(out).toContain('<link rel="stylesheet" crossorigin href="./assets/shared.css" disabled>')
    expect(out.indexOf('.s{')).toBeLessThan(out.indexOf('.p{'))
    expect(out).not.toContain('panel.css')
  })
})
