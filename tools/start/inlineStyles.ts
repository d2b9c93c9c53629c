/**
 * Vite plugin (build): the page's own stylesheets go into index.html, so the start screen it
 * carries is painted as soon as the page arrives, not after two more requests that share a slow
 * line with the scripts (Lighthouse's simulated 4G put first paint at ~6.5 s behind them).
 * Each `<link rel="stylesheet">` stays, `disabled` (never fetched), beside its inlined rules:
 * Vite's loader of lazy chunks looks for a stylesheet link of that name before adding one, and
 * would otherwise append the shared sheet again, after the rest, changing the cascade.
 */
import type { Plugin } from 'vite'

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
