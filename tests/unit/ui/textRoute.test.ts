import { describe, expect, it } from 'vitest'
import { galleryHref, parseTextRoute, textHref, type TextRoute } from '../../../src/ui/text/textRoute'

describe('text museum routes', () => {
  it('reads every page it writes', () => {
    const routes: TextRoute[] = [{ page: 'home' }, { page: 'room', id: 'entrance-hall' }, { page: 'artifact', id: 'friendship-poster' }, { page: 'tour', id: 'highlights' }]
    for (const route of routes) expect(parseTextRoute(textHref(route))).toEqual(route)
  })
  it('accepts a trailing slash and refuses everything else', () => {
    expect(parseTextRoute('#/text/')).toEqual({ page: 'home' })
    expect(parseTextRoute('#/room/entrance-hall')).toBeNull()
    expect(parseTextRoute('#/text/room/')).toBeNull()
    expect(parseTextRoute('#/text/room/Bad_Id')).toBeNull()
    expect(parseTextRoute('#/text/shop/x')).toBeNull()
    expect(parseTextRoute('')).toBeNull()
  })
  it('links each page to the same place in 3D', () => {
    expect(galleryHref({ page: 'artifact', id: 'a-b' })).toBe('#/artifact/a-b')
    expect(galleryHref({ page: 'room', id: 'r' })).toBe('#/room/r')
    expect(galleryHref({ page: 'tour', id: 't' })).toBe('#/tour/t')
    expect(galleryHref({ page: 'home' })).toBe('#/')
  })
})
