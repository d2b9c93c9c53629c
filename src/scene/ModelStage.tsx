/**
 * Draws the inspect panel's turnable model with the gallery's own renderer and copies each new
 * picture into the panel's 2D canvas, so the page keeps one WebGL context (and one Draco decoder
 * and model cache: the model comes from the same loader as the rooms' works).
 */
import { useEffect } from 'react'
import { addAfterEffect, useThree } from '@react-three/fiber'
import * as THREE from 'three'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import { OutputPass } from 'three/examples/jsm/postprocessing/OutputPass.js'
import { modelStage, type ModelViewRequest } from '../store/modelStage'
import { loadModel } from './assetLoader'
import { fitModelView } from './modelFit'
import { releaseModel } from './works/fitModel'

/** Neutral studio light made from lights only (no HDR download). */
function studio(): THREE.Scene {
  const scene = new THREE.Scene()
  scene.add(new THREE.HemisphereLight('#fff8ec', '#4a4038', 1.1))
  scene.add(new THREE.AmbientLight('#ffffff', 0.2))
  const key = new THREE.DirectionalLight('#ffffff', 2.4)
  key.position.set(3, 5, 4)
  const fill = new THREE.DirectionalLight('#dfe6f0', 0.9)
  fill.position.set(-4, 2, -3)
  scene.add(key, fill)
  return scene
}

/**
 * WebGL's rows run bottom-up and a canvas's top-down; and the render's edges are premultiplied
 * by their coverage, where putImageData wants straight alpha (else the outline turns dark).
 */
function copyPixels(pixels: Uint8Array, image: ImageData): void {
  const row = image.width * 4
  const out = image.data
  for (let y = 0; y < image.height; y++) out.set(pixels.subarray((image.height - 1 - y) * row, (image.height - y) * row), y * row)
  for (let i = 3; i < out.length; i += 4) {
    const a = out[i]!
    if (a === 0 || a === 255) continue
    const k = 255 / a
    out[i - 3] = Math.min(255, out[i - 3]! * k)
    out[i - 2] = Math.min(255, out[i - 2]! * k)
    out[i - 1] = Math.min(255, out[i - 1]! * k)
  }
}

/** The largest picture the stage copies out, in device pixels (a panel is never wider). */
const MAX_SIDE = 1600

/**
 * One view: its own scene, camera and orbit controls (listening on the panel's canvas), drawn
 * into an offscreen target only when something changed, then tone-mapped by an OutputPass (three
 * applies tone mapping and sRGB only on the way to the screen) and read back into the canvas.
 */
function openView(gl: THREE.WebGLRenderer, invalidate: () => void, request: ModelViewRequest): () => void {
  const { canvas } = request
  const context = canvas.getContext('2d')
  const scene = studio()
  const camera = new THREE.PerspectiveCamera(35, 1, 0.01, 100)
  const controls = new OrbitControls(camera, canvas)
  Object.assign(controls, { enablePan: false, enableDamping: true, minDistance: 1.2, maxDistance: 12 })
  const samples = new THREE.WebGLRenderTarget(1, 1, { type: THREE.HalfFloatType, samples: 4 })
  const output = new THREE.WebGLRenderTarget(1, 1)
  const pass = new OutputPass()
  let pixels = new Uint8Array(0)
  let image: ImageData | null = null
  let dirty = true
  let closed = false
  let fitted: ReturnType<typeof fitModelView> | null = null
  // The gallery draws on demand: a new picture asks for the frame it is copied out after. Asked
  // from a microtask: called while R3F runs its after-frame effects (damping, in draw), a plain
  // invalidate would be lost as its loop decides to stop.
  const redraw = () => {
    dirty = true
    queueMicrotask(invalidate)
  }

  const resize = () => {
    const ratio = Math.min(window.devicePixelRatio || 1, 2)
    const scale = Math.min(1, MAX_SIDE / Math.max(1, canvas.clientWidth * ratio, canvas.clientHeight * ratio))
    const width = Math.max(1, Math.round(canvas.clientWidth * ratio * scale))
    const height = Math.max(1, Math.round(canvas.clientHeight * ratio * scale))
    if (width === canvas.width && height === canvas.height && image) return
    canvas.width = width
    canvas.height = height
    samples.setSize(width, height)
    output.setSize(width, height)
    pixels = new Uint8Array(width * height * 4)
    image = new ImageData(width, height)
    camera.aspect = width / height
    camera.updateProjectionMatrix()
    redraw()
  }
  const observer = new ResizeObserver(resize)
  observer.observe(canvas)
  resize()
  controls.addEventListener('change', redraw)

  loadModel(request.url).then((gltf) => {
    if (closed) return
    if (!gltf) return modelStage.setState({ status: 'failed' })
    // A clone, so the same cached glTF also stands in its room without being moved out of it.
    fitted = fitModelView(gltf.scene.clone(true))
    scene.add(fitted.object)
    fitted.frame(camera, controls)
    redraw()
  })

  let pictures = 0
  const draw = () => {
    // Damping goes on moving the camera for a moment after a drag: update says whether it did
    // (and a move asks for the next frame, so the gallery, drawn on demand, draws it).
    const moved = controls.update()
    if (moved) redraw()
    if (dirty && fitted && context && image) picture(context, image)
    // For tests and tools: whether the view has come to rest (a frame that moved nothing, its picture copied).
    const still = String(!moved && !dirty && !!fitted)
    if (canvas.dataset.still !== still) canvas.dataset.still = still
  }
  const picture = (context: CanvasRenderingContext2D, image: ImageData) => {
    dirty = false
    const previous = gl.getRenderTarget()
    const clear = gl.getClearAlpha()
    gl.setClearAlpha(0)
    gl.setRenderTarget(samples)
    gl.clear()
    gl.render(scene, camera)
    pass.render(gl, output, samples, 0, false)
    gl.readRenderTargetPixels(output, 0, 0, image.width, image.height, pixels)
    gl.setRenderTarget(previous)
    gl.setClearAlpha(clear)
    copyPixels(pixels, image)
    context.putImageData(image, 0, 0)
    canvas.dataset.pictures = String(++pictures)
    if (modelStage.getState().status !== 'ready') modelStage.setState({ status: 'ready' })
  }
  const stopDrawing = addAfterEffect(draw)

  modelStage.setState({
    controls: {
      turn: (radians) => {
        controls.rotateLeft(-radians)
        redraw()
      },
      // OrbitControls' dollyOut shrinks the distance: the camera comes closer.
      zoom: (factor) => {
        controls.dollyOut(factor)
        redraw()
      },
      reset: () => controls.reset(),
    },
  })

  return () => {
    closed = true
    stopDrawing()
    observer.disconnect()
    controls.dispose()
    samples.dispose()
    output.dispose()
    pass.dispose()
    modelStage.setState({ controls: null })
    // Free the model's GPU copies: the cached glTF keeps its arrays and pictures for the next look
    // (the same work standing in its room, sharing them, is uploaded again as it draws).
    if (fitted) releaseModel(fitted.object)
  }
}

/**
 * Mount once inside the gallery's canvas; it serves whichever panel asks for a model view.
 *
 * ```tsx
 * <Canvas><ModelStage /></Canvas>
 * ```
 */
export function ModelStage() {
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    let close: (() => void) | null = null
    const follow = (request: ModelViewRequest | null) => {
      close?.()
      close = request ? openView(gl, invalidate, request) : null
    }
    modelStage.setState({ mounted: true })
    follow(modelStage.getState().request)
    const unsubscribe = modelStage.subscribe((s, before) => {
      if (s.request !== before.request) follow(s.request)
    })
    return () => {
      unsubscribe()
      close?.()
      modelStage.setState({ mounted: false })
    }
  }, [gl, invalidate])
  return null
}
