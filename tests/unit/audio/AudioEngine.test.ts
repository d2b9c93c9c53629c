/**
 * AudioEngine without a browser: first with no Web Audio at all (it must do nothing and never
 * throw), then against a small stand-in AudioContext that records what the engine asks of it.
 */
import { AudioContext as ThreeAudioContext, AudioListener } from 'three'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AudioEngine, type AmbientSourceSpec } from '../../../src/audio/AudioEngine'
import { createAudioListener, MAX_DISTANCE, ROLLOFF } from '../../../src/audio/positionalAudio'
import { DUCK_LEVEL } from '../../../src/audio/ducking'
import { computeLayout, type Vec2 } from '../../../src/layout'
import { makeManifest } from '../fixtures/makeManifest'

const layout = computeLayout(makeManifest([{ id: 'a', width: 8 }, { id: 'b', width: 8 }, { id: 'c', width: 8 }, { id: 'd', width: 8 }]))
const mixer = { master: 1, music: 0.5, voice: 1, muted: false }
const specs: AmbientSourceSpec[] = layout.rooms.map((r) => ({ id: `music-${r.id}`, owner: r.id, url: `media/audio/${r.id}.mp3`, position: [r.center[0], 2, -3], volume: 0.8, refDistance: 2.5, loopStart: 1, loopEnd: 41 }))
const centre = (id: string): Vec2 => layout.rooms.find((r) => r.id === id)!.center

describe('AudioEngine without Web Audio', () => {
  it('has no listener to offer and does nothing, without throwing', async () => {
    expect(createAudioListener()).toBeNull()
    const engine = new AudioEngine(null)
    engine.setSources(specs)
    engine.update(1 / 60, { position: centre('b'), roomId: 'b', layout, speechActive: false, mixer })
    engine.update(1 / 60, { position: centre('b'), roomId: null, layout: null, mixer })
    await expect(engine.playClip({ id: 'speech', url: 'x.mp3', position: [0, 1, 0] })).resolves.toBe(false)
    engine.stopClip()
    await engine.resume()
    await engine.suspend()
    const state = engine.state()
    expect(state.context).toBe('unavailable')
    expect(state.clip).toBeNull()
    expect(state.sources.map((s) => s.playing)).toEqual([false, false, false, false])
    expect(engine.clipTime()).toBeNull()
    engine.dispose()
  })

  it('still works out the gains it would apply', () => {
    const engine = new AudioEngine(null)
    engine.setSources(specs)
    engine.update(1 / 60, { position: centre('b'), roomId: 'b', layout, mixer })
    expect(engine.state().sources.map((s) => s.gain)).toEqual([0, 0.8 * 0.5, 0, 0])
  })
})

// ---------------------------------------------------------------- a stand-in AudioContext

class Param {
  value = 0
  target: number | null = null
  setTargetAtTime(v: number) {
    this.target = v
    return this
  }
  setValueAtTime(v: number) {
    this.value = v
    this.target = null
    return this
  }
  linearRampToValueAtTime(v: number) {
    this.value = v
    return this
  }
  cancelScheduledValues() {
    return this
  }
}

class Node {
  connections = new Set<unknown>()
  connect(n: unknown) {
    this.connections.add(n)
    return n
  }
  disconnect(n?: unknown) {
    if (n === undefined) this.connections.clear()
    else this.connections.delete(n)
  }
}

class FakeContext {
  currentTime = 12.5
  state: 'suspended' | 'running' | 'closed' = 'suspended'
  destination = new Node()
  listener = { positionX: new Param(), positionY: new Param(), positionZ: new Param(), forwardX: new Param(), forwardY: new Param(), forwardZ: new Param(), upX: new Param(), upY: new Param(), upZ: new Param() }
  started: Array<{ url?: string; when: number; offset: number; loop: boolean; loopStart: number; loopEnd: number; source: FakeSource }> = []
  createGain() {
    return Object.assign(new Node(), { gain: new Param() })
  }
  createPanner() {
    return Object.assign(new Node(), {
      panningModel: 'equalpower',
      distanceModel: 'linear',
      refDistance: 1,
      rolloffFactor: 1,
      maxDistance: 10000,
      positionX: new Param(),
      positionY: new Param(),
      positionZ: new Param(),
      orientationX: new Param(),
      orientationY: new Param(),
      orientationZ: new Param(),
    })
  }
  createBufferSource() {
    return new FakeSource(this)
  }
  async decodeAudioData(_data: ArrayBuffer) {
    return { duration: 42, length: 42 * 44100, sampleRate: 44100, numberOfChannels: 1 }
  }
  async resume() {
    this.state = 'running'
  }
  async suspend() {
    this.state = 'suspended'
  }
}

class FakeSource extends Node {
  buffer: unknown = null
  loop = false
  loopStart = 0
  loopEnd = 0
  onended: (() => void) | null = null
  detune = new Param()
  playbackRate = new Param()
  stoppedAt: number | null = null
  constructor(private readonly ctx: FakeContext) {
    super()
  }
  start(when: number, offset: number) {
    this.ctx.started.push({ when, offset, loop: this.loop, loopStart: this.loopStart, loopEnd: this.loopEnd, source: this })
  }
  stop(when = 0) {
    this.stoppedAt = when
  }
}

const flush = () => new Promise((r) => setTimeout(r, 0))

describe('AudioEngine with an AudioContext', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    ThreeAudioContext.setContext(undefined as unknown as AudioContext)
  })

  async function setup() {
    const ctx = new FakeContext()
    ThreeAudioContext.setContext(ctx as unknown as AudioContext)
    const fetched: string[] = []
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url)
      return { ok: true, status: 200, arrayBuffer: async () => new ArrayBuffer(8) }
    })
    const engine = new AudioEngine(new AudioListener())
    engine.setSources(specs)
    return { ctx, engine, fetched }
  }

  it('loads and plays only the visitor\'s room and its neighbours, as HRTF panners', async () => {
    const { ctx, engine, fetched } = await setup()
    const frame = { position: centre('b'), roomId: 'b', layout, mixer }
    engine.update(1 / 60, frame)
    await flush()
    engine.update(1 / 60, frame)
    expect(fetched.sort()).toEqual(['media/audio/a.mp3', 'media/audio/b.mp3', 'media/audio/c.mp3'])
    const state = engine.state()
    expect(state.context).toBe('suspended')
    expect(state.sources.map((s) => [s.id, s.playing])).toEqual([
      ['music-a', true],
      ['music-b', true],
      ['music-c', true],
      ['music-d', false],
    ])
    expect(engine.group.children).toHaveLength(3)
    for (const child of engine.group.children) {
      const panner = (child as unknown as { panner: ReturnType<FakeContext['createPanner']> }).panner
      expect(panner.panningModel).toBe('HRTF')
      expect(panner.distanceModel).toBe('inverse')
      expect(panner.refDistance).toBe(2.5)
      expect(panner.rolloffFactor).toBe(ROLLOFF)
      expect(panner.maxDistance).toBe(MAX_DISTANCE)
    }
    // Looping between the sidecar's points, joined where a running clock would be, faded in.
    for (const s of ctx.started) {
      expect(s.loop).toBe(true)
      expect([s.loopStart, s.loopEnd]).toEqual([1, 41])
      expect(s.offset).toBeCloseTo(1 + (12.5 % 40), 9)
    }
    expect(state.sources[1]!.gain).toBeCloseTo(0.8 * 0.5, 9)
    expect(state.sources[0]!.gain).toBe(0)
    await engine.resume()
    expect(engine.state().context).toBe('running')
    engine.dispose()
  })

  it('follows the visitor: sources of rooms left behind fade and stop', async () => {
    const { ctx, engine } = await setup()
    engine.update(1 / 60, { position: centre('a'), roomId: 'a', layout, mixer })
    await flush()
    engine.update(1 / 60, { position: centre('a'), roomId: 'a', layout, mixer })
    expect(engine.state().sources.filter((s) => s.playing).map((s) => s.owner)).toEqual(['a', 'b'])
    const first = ctx.started.find((s) => s.loopEnd === 41)!.source
    engine.update(1 / 60, { position: centre('c'), roomId: 'c', layout, mixer })
    await flush()
    engine.update(1 / 60, { position: centre('c'), roomId: 'c', layout, mixer })
    expect(engine.state().sources.filter((s) => s.playing).map((s) => s.owner)).toEqual(['b', 'c', 'd'])
    expect(first.stoppedAt).toBeGreaterThan(ctx.currentTime) // stopped after a fade, not cut
    engine.dispose()
  })

  it('plays a clip on the voice channel and ducks the music under it', async () => {
    const { engine } = await setup()
    const frame = { position: centre('b'), roomId: 'b', layout, mixer }
    engine.update(1 / 60, frame)
    await flush()
    const ended = vi.fn()
    await expect(engine.playClip({ id: 'broadcast', url: 'media/clips/radio.mp3', position: [10, 1.2, -2], onEnded: ended })).resolves.toBe(true)
    for (let i = 0; i < 60; i++) engine.update(1 / 60, frame)
    const state = engine.state()
    expect(state.clip).toMatchObject({ id: 'broadcast', playing: true, duration: 42 })
    expect(state.duck).toBeCloseTo(DUCK_LEVEL, 2)
    expect(state.sources[1]!.gain).toBeCloseTo(0.8 * 0.5 * DUCK_LEVEL, 2)
    expect(engine.clipTime()).toBe(0)
    engine.stopClip()
    expect(engine.state().clip).toBeNull()
    for (let i = 0; i < 120; i++) engine.update(1 / 60, frame)
    expect(engine.state().duck).toBeGreaterThan(0.95)
    expect(ended).not.toHaveBeenCalled()
    engine.dispose()
  })

  it('silences everything when muted', async () => {
    const { engine } = await setup()
    engine.update(1 / 60, { position: centre('b'), roomId: 'b', layout, mixer: { ...mixer, muted: true } })
    expect(engine.state().sources.every((s) => s.gain === 0)).toBe(true)
    engine.dispose()
  })
})
