/**
 * Vite plugin (build): the page's own stylesheets go into index.html, so the start screen it
 * carries is painted as soon as the page arrives, not after two more requests that share a slow
 * line with the scripts (Lighthouse's simulated 4G put first paint at ~6.5 s behind them).
 * Each `<link rel="stylesheet">` stays, `disabled` (never fetched), beside its inlined rules:
 * Vite's loader of lazy chunks looks for a stylesheet link of that name before adding one, and
 * would otherwise append the shared sheet again, after the rest, changing the cascade.
 * The entry script only asks for the app once the start screen is painted (src/main.tsx), so the
 * app's sheets belong to a chunk the entry imports dynamically: those are inlined too, with the
 * same disabled links, so the start screen is styled from the first paint.
 */
import type { Plugin, Rollup } from 'vite'

type Chunk = Rollup.OutputChunk & { viteMetadata?: { importedCss: Set<string> } }

/** The stylesheets of the chunks the entry imports dynamically, each chunk's static imports first (the order Vite's loader adds them). */
function startedCss(bundle: Rollup.OutputBundle): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  const visit = (name: string) => {
    const chunk = bundle[name] as Chunk | undefined
    if (!chunk || chunk.type !== 'chunk' || seen.has(name)) return
    seen.add(name)
    chunk.imports.forEach(visit)
    for (const css of chunk.viteMetadata?.importedCss ?? []) if (!out.includes(css)) out.push(css)
  }
  for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) chunk.dynamicImports.forEach(visit)
  return out
}

export function inlineStyles(): Plugin {
  let base = './'
  return {
    name: 'inline-styles',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html
        const bundle = ctx.bundle
        const linked = startedCss(bundle)
          .filter((file) => !html.includes(`href="${base}${file}"`))
          .map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`)
        html = html.replace('</head>', `${linked.map((l) => `  ${l}\n`).join('')}  </head>`)
        return html.replace(/<link rel="stylesheet" crossorigin href="([^"]+\.css)">/g, (tag, href: string) => {
          const file = href.startsWith(base) ? href.slice(base.length) : href
          const asset = bundle[file]
          if (!asset || asset.type !== 'asset') return tag
          const css = typeof asset.source === 'string' ? asset.source : Buffer.from(asset.source).toString('utf8')
          // A sheet that points at files by relative URL would resolve differently from the page.
          if (/url\((?!['"]?data:)/.test(css)) return tag
          return `<style data-inlined="${file}">${css.replace(/<\/style/gi, '<\\/style')}</style>\n    <link rel="stylesheet" crossorigin href="${href}" disabled>`
        })
      },
    },
  }
}
