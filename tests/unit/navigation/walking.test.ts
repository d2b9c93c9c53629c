import { describe, expect, it } from 'vitest'
import { computeLayout, isWalkable, roomAt, EYE_HEIGHT, type Vec2 } from '../../../src/layout'
import { approachAngle, dragLook, easeHeight, inMotion, MAX_PITCH, TURN_SPEED, walkStep, WALK_SPEED, type WalkBody } from '../../../src/navigation/walking'
import { placeVisitor, takeControls, walkTo } from '../../../src/navigation/motion'
import { runtime } from '../../../src/store/runtime'
import { makeManifest } from '../fixtures/makeManifest'

const layout = computeLayout(makeManifest([{ id: 'hall', width: 10, depth: 10 }, { id: 'next', width: 8, depth: 8 }]))
const hall = layout.rooms[0]!
const centre: Vec2 = [(hall.bounds.min[0] + hall.bounds.max[0]) / 2, (hall.bounds.min[1] + hall.bounds.max[1]) / 2]

function body(at: Vec2 = centre, yaw = 0): WalkBody {
  return { position: [at[0], EYE_HEIGHT, at[1]], yaw, move: { forward: 0, strafe: 0, turn: 0 }, velocity: [0, 0], glide: null, eyeHeight: EYE_HEIGHT }
}

/** Runs `seconds` of frames at 60 fps. */
function run(b: WalkBody, seconds: number, walking = true): void {
  for (let i = 0; i < Math.round(seconds * 60); i++) walkStep(layout, b, 1 / 60, walking)
}

const floor = (b: WalkBody): Vec2 => [b.position[0], b.position[2]]

describe('walking physics', () => {
  it('walks forward (yaw 0 looks toward -z) and settles at walking speed', () => {
    const b = body()
    b.move.forward = 1
    run(b, 1)
    expect(b.position[2]).toBeLessThan(centre[1] - 0.8)
    expect(b.position[0]).toBeCloseTo(centre[0], 6)
    expect(Math.hypot(...b.velocity)).toBeCloseTo(WALK_SPEED, 2)
    expect(b.position[1]).toBe(EYE_HEIGHT)
  })

  it('strafes right, turns left for a positive turn, and coasts to a stop when the keys are let go', () => {
    const b = body()
    b.move.strafe = 1
    run(b, 0.5)
    expect(b.position[0]).toBeGreaterThan(centre[0])
    b.move = { forward: 0, strafe: 0, turn: 1 }
    run(b, 0.5)
    expect(b.yaw).toBeCloseTo(TURN_SPEED * 0.5, 1)
    b.move.turn = 0
    run(b, 2)
    expect(Math.hypot(...b.velocity)).toBeLessThan(1e-3)
  })

  it('does not move a visitor who may not walk (a panel open), who coasts to a stop instead', () => {
    const b = body()
    b.move.forward = 1
    run(b, 1, false)
    expect(floor(b)).toEqual(centre)
  })

  it('turns a long stall into at most a quarter second of walking', () => {
    const a = body()
    a.velocity = [0, -WALK_SPEED]
    a.move.forward = 1
    walkStep(layout, a, 10, true)
    expect(centre[1] - a.position[2]).toBeLessThanOrEqual(WALK_SPEED * 0.25 + 1e-9)
  })

  it('never walks through a wall, sliding along it instead', () => {
    const b = body(centre, Math.PI / 2 - 0.3)
    b.move.forward = 1
    run(b, 10)
    expect(isWalkable(layout, floor(b))).toBe(true)
    expect(roomAt(layout, floor(b))).toBe('hall')
  })

  it('glides to a target, turns to its heading, clears the glide and then calls onArrive once', () => {
    const b = body()
    const target: Vec2 = [centre[0] + 2, centre[1] + 1]
    const arrivals: Array<WalkBody['glide']> = []
    b.glide = { target, yaw: 1, onArrive: () => arrivals.push(b.glide) }
    run(b, 6)
    expect(arrivals).toEqual([null])
    expect(Math.hypot(target[0] - b.position[0], target[1] - b.position[2])).toBeLessThan(0.06)
    expect(b.yaw).toBeCloseTo(1, 6)
  })

  it('drops a glide that a wall blocks', () => {
    const b = body()
    b.glide = { target: [hall.bounds.min[0] - 5, centre[1]], yaw: null }
    run(b, 10)
    expect(b.glide).toBeNull()
    expect(isWalkable(layout, floor(b))).toBe(true)
  })
})

describe('in motion: whether the gallery must go on drawing frames', () => {
  /** Steps at 60 fps until the body is at rest; returns the seconds it took (Infinity past `limit`). */
  function secondsToRest(b: WalkBody, walking = true, limit = 10): number {
    for (let i = 0; i < limit * 60; i++) {
      if (!inMotion(b, walking)) return i / 60
      walkStep(layout, b, 1 / 60, walking)
    }
    return Infinity
  }

  it('holds while a key is down, and comes to rest soon after it is let go, after which a step moves nothing', () => {
    const b = body()
    expect(inMotion(b, true)).toBe(false)
    b.move.forward = 1
    run(b, 0.5)
    expect(inMotion(b, true)).toBe(true)
    b.move.forward = 0
    expect(secondsToRest(b)).toBeLessThan(3)
    const still = [...b.position, b.yaw]
    walkStep(layout, b, 1 / 60, true)
    expect([...b.position, b.yaw]).toEqual(still)
  })

  it('holds through a glide, a turn on the spot and a bend to a close-up, each until it ends', () => {
    const glide = body()
    glide.glide = { target: [centre[0] + 2, centre[1]], yaw: null }
    expect(secondsToRest(glide)).toBeGreaterThan(1)
    expect(glide.glide).toBeNull()
    const turn = body()
    turn.move.turn = 1
    expect(inMotion(turn, true)).toBe(true)
    const bend = body()
    bend.eyeHeight = 1.1
    expect(secondsToRest(bend)).toBeGreaterThan(0.3)
    expect(bend.position[1]).toBe(1.1)
  })

  it('does not hold for a glide or a key that cannot move the visitor (a panel open)', () => {
    const b = body()
    b.glide = { target: [centre[0] + 2, centre[1]], yaw: null }
    b.move.forward = 1
    expect(inMotion(b, false)).toBe(false)
  })
})

describe('bending to a close-up and straightening up', () => {
  it('eases the eye toward its height and lands on it', () => {
    let y = 1.38
    const seen: number[] = []
    for (let i = 0; i < 60; i++) seen.push((y = easeHeight(y, EYE_HEIGHT, 1 / 60)))
    // Rises without overshoot, and is standing within a second.
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!)
    expect(y).toBe(EYE_HEIGHT)
    expect(easeHeight(1.5, 1.5, 1 / 60)).toBe(1.5)
    expect(easeHeight(EYE_HEIGHT, 1.3, 0.1)).toBeLessThan(EYE_HEIGHT)
  })

  it('stays bent at a close-up while looking around, and is back at EYE_HEIGHT once the visitor walks', async () => {
    await placeVisitor(centre, 0, { instant: true, closeUp: { id: 'teapot', pitch: -0.3, eyeHeight: 1.38 } })
    expect(runtime.position[1]).toBe(1.38)
    run(runtime, 1)
    expect(runtime.position[1]).toBe(1.38)
    takeControls()
    runtime.move = { forward: 1, strafe: 0, turn: 0 }
    run(runtime, 1)
    expect(runtime.position[1]).toBe(EYE_HEIGHT)
    runtime.move = { forward: 0, strafe: 0, turn: 0 }
    // Click-to-walk straightens up too; a move without a close-up stands.
    await placeVisitor(centre, 0, { instant: true, closeUp: { id: 'teapot', pitch: -0.3, eyeHeight: 1.3 } })
    walkTo([centre[0] + 1, centre[1]])
    run(runtime, 2)
    expect(runtime.position[1]).toBe(EYE_HEIGHT)
    await placeVisitor(centre, 0, { instant: true, closeUp: { id: 'teapot', pitch: -0.3, eyeHeight: 1.3 } })
    await placeVisitor(centre, 0, { instant: true })
    expect(runtime.position[1]).toBe(EYE_HEIGHT)
    expect(runtime.eyeHeight).toBe(EYE_HEIGHT)
  })
})

describe('turning and looking', () => {
  it('turns the short way round and stops on the target', () => {
    expect(approachAngle(3, -3, 0.1)).toBeCloseTo(3.1)
    expect(approachAngle(0.05, 0, 0.1)).toBe(0)
    expect(approachAngle(-1, 1, 0.5)).toBeCloseTo(-0.5)
  })

  it('drags right to turn left and clamps the look up and down', () => {
    const view = { yaw: 0, pitch: 0 }
    dragLook(view, 100, 0)
    expect(view.yaw).toBeGreaterThan(0)
    dragLook(view, 0, 100_000)
    expect(view.pitch).toBe(MAX_PITCH)
    dragLook(view, 0, -200_000)
    expect(view.pitch).toBe(-MAX_PITCH)
  })
})
