/**
 * The turnable 3D view of an artifact that has a model. Loaded lazily (React.lazy) by the
 * inspect panel, so three.js loaders and drei stay out of the first download.
 */
import { useLayoutEffect, useMemo, useRef, type ComponentRef, type RefObject } from 'react'
import { Canvas, useThree } from '@react-three/fiber'
import { OrbitControls, useGLTF } from '@react-three/drei'
import { Box3, PerspectiveCamera, Sphere, Vector3, type Object3D } from 'three'
import { useT } from '../i18n'
import p from './primitives.module.css'
import m from './media.module.css'
import s from './ModelViewer.module.css'

type Controls = ComponentRef<typeof OrbitControls>

/** Draco decoder files served from our own origin (public/draco/gltf/), never a CDN. */
export function dracoDecoderPath(): string {
  return new URL('draco/gltf/', document.baseURI).href
}

export interface ModelViewerProps {
  /** Absolute URL of the .glb / .gltf file. */
  url: string
  /** The artifact's title, for the accessible name. */
  title: string
}

const TURN = Math.PI / 8
const ZOOM = 1.25

/**
 * A small canvas of its own with the model centred and scaled to fit, neutral studio light made
 * from lights only (no HDR download), orbit controls for drag / wheel / pinch, and buttons for
 * keyboard users. It suspends while the model loads, and a model that fails to load throws to
 * the nearest error boundary. The file is loaded here, outside the canvas, on purpose: an error
 * inside an R3F canvas is reported to the window as uncaught even when a boundary catches it.
 *
 * ```tsx
 * const ModelViewer = lazy(() => import('./ModelViewer'))
 * <ErrorBoundary fallback={<Placeholder />}>
 *   <Suspense fallback={<p>Loading…</p>}><ModelViewer url={url} title="Tractor" /></Suspense>
 * </ErrorBoundary>
 * ```
 */
export function ModelViewer({ url, title }: ModelViewerProps) {
  const t = useT()
  const controls = useRef<Controls>(null)
  const gltf = useGLTF(url, dracoDecoderPath())

  const act = (fn: (c: Controls) => void) => {
    const c = controls.current
    if (!c) return
    fn(c)
    c.update()
  }

  return (
    <div className={m.frame}>
      <div className={`${m.stage} ${s.stage}`} role="img" aria-label={t('inspect.modelViewer', { title })} data-part="picture">
        <Canvas
          frameloop="demand"
          dpr={[1, 2]}
          camera={{ fov: 35, near: 0.01, far: 100, position: [0, 0.8, 4] }}
          gl={{ antialias: true, alpha: true }}
        >
          <hemisphereLight args={['#fff8ec', '#4a4038', 1.1]} />
          <ambientLight intensity={0.2} />
          <directionalLight position={[3, 5, 4]} intensity={2.4} />
          <directionalLight position={[-4, 2, -3]} intensity={0.9} color="#dfe6f0" />
          <OrbitControls ref={controls} makeDefault enablePan={false} enableDamping minDistance={1.2} maxDistance={12} />
          <FittedModel scene={gltf.scene} controls={controls} />
        </Canvas>
      </div>
      <div className={m.tools} role="group" aria-label={t('inspect.showModel')}>
        <button type="button" className={`${p.iconButton} ${m.tool}`} aria-label={t('inspect.turnLeft')} title={t('inspect.turnLeft')} onClick={() => act((c) => c.setAzimuthalAngle(c.getAzimuthalAngle() - TURN))}>
          <span aria-hidden="true">↶</span>
        </button>
        <button type="button" className={`${p.iconButton} ${m.tool}`} aria-label={t('inspect.turnRight')} title={t('inspect.turnRight')} onClick={() => act((c) => c.setAzimuthalAngle(c.getAzimuthalAngle() + TURN))}>
          <span aria-hidden="true">↷</span>
        </button>
        {/* three-stdlib names these from the camera's point of view: dollyOut brings it closer. */}
        <button type="button" className={`${p.iconButton} ${m.tool}`} aria-label={t('inspect.zoomOut')} title={t('inspect.zoomOut')} onClick={() => act((c) => c.dollyIn(ZOOM))}>
          <span aria-hidden="true">−</span>
        </button>
        <button type="button" className={`${p.iconButton} ${m.tool}`} aria-label={t('inspect.zoomIn')} title={t('inspect.zoomIn')} onClick={() => act((c) => c.dollyOut(ZOOM))}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" className={`${p.iconButton} ${m.tool}`} aria-label={t('inspect.resetView')} title={t('inspect.resetView')} onClick={() => act((c) => c.reset())}>
          <span aria-hidden="true">1:1</span>
        </button>
      </div>
    </div>
  )
}

interface FittedModelProps {
  scene: Object3D
  controls: RefObject<Controls | null>
}

/** The model, centred on the origin and scaled to a bounding sphere of radius 1, with the camera framing it. */
function FittedModel({ scene, controls }: FittedModelProps) {
  const camera = useThree((s) => s.camera)
  const invalidate = useThree((s) => s.invalidate)
  // A clone, so the same cached glTF can also stand in the room without being moved out of it.
  const fit = useMemo(() => {
    const object = scene.clone(true)
    const sphere = new Box3().setFromObject(object).getBoundingSphere(new Sphere())
    const scale = sphere.radius > 0 ? 1 / sphere.radius : 1
    return { object, scale, offset: sphere.center.clone().multiplyScalar(-scale) }
  }, [scene])

  useLayoutEffect(() => {
    if (camera instanceof PerspectiveCamera) {
      // Fit the unit sphere in the narrower of the vertical and horizontal fields of view.
      const half = (camera.fov * Math.PI) / 360
      const narrow = Math.min(half, Math.atan(Math.tan(half) * camera.aspect))
      const distance = (1 / Math.sin(narrow)) * 1.15
      camera.position.copy(new Vector3(0, 0.3, 1).normalize().multiplyScalar(distance))
      camera.near = distance / 100
      camera.far = distance * 10
      camera.updateProjectionMatrix()
    }
    const c = controls.current
    if (c) {
      c.target.set(0, 0, 0)
      c.update()
      c.saveState()
    }
    invalidate()
    // Once per model.
  }, [fit])

  return (
    <group position={fit.offset} scale={fit.scale}>
      <primitive object={fit.object} />
    </group>
  )
}

export default ModelViewer
