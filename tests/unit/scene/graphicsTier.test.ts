import { describe, expect, it } from 'vitest'
import { graphicsTier } from '../../../src/scene/graphicsTier'

describe('graphicsTier', () => {
  it('draws a software rasteriser without multisampling, anisotropy or extra pixels', () => {
    for (const renderer of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)',
    ]) {
      expect(graphicsTier(renderer), renderer).toEqual({ name: 'software', antialias: false, anisotropy: 1, pixelRatio: 1 })
    }
  })

  it('gives every GPU, and a browser that does not say, the full look', () => {
    for (const renderer of ['ANGLE (Intel, Mesa Intel(R) UHD Graphics 600 (GLK 2), OpenGL 4.6)', 'Adreno (TM) 650', 'Apple GPU', null]) {
      const tier = graphicsTier(renderer)
      expect(tier.name, String(renderer)).toBe('full')
      expect(tier.antialias).toBe(true)
      expect(tier.anisotropy).toBe(8)
      expect(tier.pixelRatio).toBe(Infinity)
    }
  })
})
