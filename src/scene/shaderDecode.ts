/**
 * sRGB decoding in the fragment shader instead of in the texture unit, for the baked
 * architecture. A GPU decodes an `SRGB8_ALPHA8` texel for free, but a software rasteriser
 * (SwiftShader, llvmpipe: what a Chromebook with a blocklisted GPU draws with) converts every one
 * of the four to eight texels a filtered lookup reads; measured on the entrance hall at 1280x800,
 * the lightmap's and the surface map's decode were a fifth of the frame. Sampling the same bytes
 * as plain RGBA8 and decoding the one filtered result with a cubic costs three multiply-adds.
 * (Filtering before decoding blends encoded values: invisible on smooth lightmaps and fine
 * plaster or wood grain, and the reason this is not used for the works' images.)
 */
import * as THREE from 'three'

/** Cubic fit of the sRGB transfer curve (within 0.002 of it over 0..1): three multiply-adds. */
const DECODE = 'c * (c * (c * 0.305306011 + 0.682171111) + 0.012522878)'

/** A copy of `texture` (same image, same GPU upload rules) that hands the shader its stored bytes undecoded. */
export function encodedCopy(texture: THREE.Texture): THREE.Texture {
  const copy = texture.clone()
  copy.colorSpace = THREE.NoColorSpace
  copy.needsUpdate = true
  return copy
}

/**
 * Patches a MeshBasicMaterial whose `map` and `lightMap` hold sRGB bytes uploaded undecoded
 * (see `encodedCopy`) so its shader decodes them itself.
 */
export function decodeInShader(material: THREE.MeshBasicMaterial): THREE.MeshBasicMaterial {
  material.onBeforeCompile = (shader) => {
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\nvec3 srgbDecode(vec3 c) { return ${DECODE}; }`)
      // Chunks are still #include lines here (three resolves them after this hook).
      .replace('#include <map_fragment>', '#ifdef USE_MAP\n  vec4 sampledDiffuseColor = texture2D( map, vMapUv );\n  diffuseColor *= vec4( srgbDecode( sampledDiffuseColor.rgb ), sampledDiffuseColor.a );\n#endif')
      .replace('lightMapTexel.rgb * lightMapIntensity', 'srgbDecode(lightMapTexel.rgb) * lightMapIntensity')
  }
  // Keeps three from sharing this program with an unpatched MeshBasicMaterial of the same defines.
  material.customProgramCacheKey = () => 'srgb-in-shader'
  return material
}
