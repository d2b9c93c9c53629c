import { describe, expect, it } from 'vitest'
import { galleryRoute, parseRoute, routeHash, type Route, type TextRoute } from '../../../src/navigation/routes'

const tourHash = (id: string, stop?: number) => routeHash({ type: 'tour', id, stop: stop ?? null })

describe('shareable links', () => {
  it('round-trips room and artifact links', () => {
    for (const link of [{ type: 'room', id: 'entrance-hall' }, { type: 'artifact', id: 'treaty-1950-poster' }] as const) {
      expect(parseRoute(routeHash(link))).toEqual(link)
    }
  })
  it('ignores anything else', () => {
    for (const hash of ['', '#/room/', '#/room/Bad Id', '#/artifact/a/b', '#room/a']) expect(parseRoute(hash)).toBeNull()
    // A tour link is a tour, not a room or an artifact; `#` and `#/` are the start.
    expect(parseRoute('#/tour/x')?.type).toBe('tour')
    expect(parseRoute('#')).toEqual({ type: 'start' })
    expect(routeHash({ type: 'start' })).toBe('#/')
  })
})

describe('tour links', () => {
  it('writes and reads #/tour/<id>/<stop>, stops counted from 1 in the URL', () => {
    expect(tourHash('friendship')).toBe('#/tour/friendship')
    expect(tourHash('friendship', 0)).toBe('#/tour/friendship/1')
    expect(tourHash('friendship', 2)).toBe('#/tour/friendship/3')
    expect(parseRoute('#/tour/friendship')).toEqual({ type: 'tour', id: 'friendship', stop: null })
    expect(parseRoute('#/tour/friendship/3')).toEqual({ type: 'tour', id: 'friendship', stop: 2 })
    expect(parseRoute('#/tour/friendship/3/')).toEqual({ type: 'tour', id: 'friendship', stop: 2 })
    expect(parseRoute(tourHash('east-west', 7))).toEqual({ type: 'tour', id: 'east-west', stop: 7 })
    for (const bad of ['#/tour/', '#/tour/Friendship', '#/tour/a/0', '#/tour/a/-1', '#/tour/a/x', '#/room/hall', 'tour/a', '#/tour/a/1/2']) {
      expect(parseRoute(bad)?.type === 'tour').toBe(false)
    }
  })
})

describe('text museum routes', () => {
  it('reads every page it writes', () => {
    const routes: TextRoute[] = [
      { type: 'text', page: 'home' },
      { type: 'text', page: 'room', id: 'entrance-hall' },
      { type: 'text', page: 'artifact', id: 'friendship-poster' },
      { type: 'text', page: 'tour', id: 'highlights' },
    ]
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route)
  })
  it('accepts a trailing slash and refuses everything else', () => {
    const text = (hash: string) => parseRoute(hash)?.type === 'text'
    expect(parseRoute('#/text/')).toEqual({ type: 'text', page: 'home' })
    expect(text('#/room/entrance-hall')).toBe(false)
    expect(text('#/text/room/')).toBe(false)
    expect(text('#/text/room/Bad_Id')).toBe(false)
    expect(text('#/text/shop/x')).toBe(false)
    expect(text('')).toBe(false)
  })
  it('links each page to the same place in 3D', () => {
    const in3D = (route: TextRoute) => routeHash(galleryRoute(route))
    expect(in3D({ type: 'text', page: 'artifact', id: 'a-b' })).toBe('#/artifact/a-b')
    expect(in3D({ type: 'text', page: 'room', id: 'r' })).toBe('#/room/r')
    expect(in3D({ type: 'text', page: 'tour', id: 't' })).toBe('#/tour/t')
    expect(in3D({ type: 'text', page: 'home' })).toBe('#/')
  })
})

describe('join links', () => {
  it('reads the class code of #/join/<code> as typed, and writes it back', () => {
    const join: Route = { type: 'join', code: 'ab3-k9x' }
    expect(parseRoute(routeHash(join))).toEqual(join)
    for (const bad of ['#/join/', '#/join/abc', '#/join/a_b_c_d', '#/join/abcdefghijklm']) expect(parseRoute(bad)).toBeNull()
  })
})
