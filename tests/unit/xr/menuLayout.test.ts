import { describe, expect, it } from 'vitest'
import { menuItemAt, menuItemCentre, menuLayout, MENU_WIDTH_PX } from '../../../src/xr/menuLayout'

const rooms = ['entrance-hall', 'east-met-east', 'canvas-to-factory', 'brothers-iron-curtain', 'knowledge-bridge', 'breaking-point', 'forgotten-legacy']

describe('wrist menu layout', () => {
  const layout = menuLayout(rooms, ['en', 'zh', 'ru'])

  it('offers every room, each language, both turn steps, both ways of moving, seated mode, close and exit', () => {
    const ids = layout.items.map((i) => i.id)
    expect(ids).toEqual([
      'close',
      ...rooms.map((r) => `room:${r}`),
      'lang:en',
      'lang:zh',
      'lang:ru',
      'sound:on',
      'sound:off',
      'snap:30',
      'snap:45',
      'move:teleport',
      'move:smooth',
      'seated:off',
      'seated:on',
      'exit',
    ])
    expect(layout.width).toBe(MENU_WIDTH_PX)
  })

  it('lists each guided tour after the rooms, with a way to leave the tour', () => {
    const ids = menuLayout(rooms, ['en'], ['highlights', 'field-trip']).items.map((i) => i.id)
    const after = ids.indexOf(`room:${rooms[rooms.length - 1]}`)
    expect(ids.slice(after + 1, after + 4)).toEqual(['tour:highlights', 'tour:field-trip', 'tour:leave'])
  })

  it('maps each item’s centre back to that item, and the gaps to nothing', () => {
    for (const { id } of layout.items) {
      const c = menuItemCentre(layout, id)!
      expect(menuItemAt(layout, c.u, c.v)).toBe(id)
    }
    expect(menuItemAt(layout, 0.005, 0.5)).toBeNull()
  })

  it('keeps items apart and inside the menu', () => {
    for (const a of layout.items) {
      expect(a.rect.x).toBeGreaterThanOrEqual(0)
      expect(a.rect.x + a.rect.w).toBeLessThanOrEqual(layout.width)
      expect(a.rect.y + a.rect.h).toBeLessThanOrEqual(layout.height)
      for (const b of layout.items) {
        if (a === b) continue
        const overlap = a.rect.x < b.rect.x + b.rect.w && b.rect.x < a.rect.x + a.rect.w && a.rect.y < b.rect.y + b.rect.h && b.rect.y < a.rect.y + a.rect.h
        expect(overlap, `${a.id} / ${b.id}`).toBe(false)
      }
    }
  })

  it('leaves out the language row for a one-language exhibition', () => {
    expect(menuLayout(rooms, ['en']).items.some((i) => i.id.startsWith('lang:'))).toBe(false)
  })
})
