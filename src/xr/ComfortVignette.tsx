import { useEffect, useMemo } from 'react'
import { useFrame } from '@react-three/fiber'
import * as THREE from 'three'
import { xrRuntime } from './xrRuntime'
import { localToWorld } from './originMath'

/**
 * Comfort for motion in VR: while walking smoothly the edges of the view darken (a tunnel
 * vignette, stronger with speed), and after every jump the view fades in from black in a
 * fraction of a second, so no movement is seen that the body did not make.
 */
export function ComfortVignette() {
  const parts = useMemo(() => {
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 256
    const ctx = canvas.getContext('2d')!
    const gradient = ctx.createRadialGradient(128, 128, 40, 128, 128, 128)
    gradient.addColorStop(0, 'rgba(0,0,0,0)')
    gradient.addColorStop(0.45, 'rgba(0,0,0,0)')
    gradient.addColorStop(1, 'rgba(0,0,0,1)')
    ctx.fillStyle = gradient
    ctx.fillRect(0, 0, 256, 256)
    const texture = new THREE.CanvasTexture(canvas)
    // Zooming the texture (repeat > 1, clamped edges stay black) shrinks the clear centre.
    texture.wrapS = texture.wrapT = THREE.ClampToEdgeWrapping
    // 2 m wide at 0.2 m from the eyes: past the edge of any headset's field of view.
    const plane = new THREE.PlaneGeometry(2, 2)
    const tunnelMaterial = new THREE.MeshBasicMaterial({ map: texture, transparent: true, depthTest: false, depthWrite: false, toneMapped: false })
    const blinkMaterial = new THREE.MeshBasicMaterial({ color: '#000000', transparent: true, depthTest: false, depthWrite: false, toneMapped: false })
    const tunnel = new THREE.Mesh(plane, tunnelMaterial)
    const blink = new THREE.Mesh(plane, blinkMaterial)
    for (const mesh of [tunnel, blink]) {
      mesh.renderOrder = 1000
      mesh.frustumCulled = false
      mesh.raycast = () => {}
      mesh.visible = false
    }
    blink.position.z = -0.001
    const group = new THREE.Group()
    group.name = 'xr-comfort'
    group.add(tunnel, blink)
    return { group, tunnel, blink, texture, plane, tunnelMaterial, blinkMaterial }
  }, [])
  useEffect(
    () => () => {
      parts.texture.dispose()
      parts.plane.dispose()
      parts.tunnelMaterial.dispose()
      parts.blinkMaterial.dispose()
    },
    [parts],
  )

  useFrame((state, _delta, frame: XRFrame | undefined) => {
    const show = xrRuntime.presenting && (xrRuntime.vignette > 0.01 || xrRuntime.blink > 0.01)
    parts.tunnel.visible = show && xrRuntime.vignette > 0.01
    parts.blink.visible = show && xrRuntime.blink > 0.01
    if (!show || !frame || !xrRuntime.headLocal) return
    // Just in front of the eyes, from this frame's head pose (the XR camera updates only at render).
    const space = state.gl.xr.getReferenceSpace()
    const pose = space ? frame.getViewerPose(space) : null
    if (!pose) return
    const o = pose.transform.orientation
    const q = new THREE.Quaternion(o.x, o.y, o.z, o.w).premultiply(new THREE.Quaternion().setFromAxisAngle(new THREE.Vector3(0, 1, 0), xrRuntime.origin.yaw))
    const head = localToWorld(xrRuntime.origin, xrRuntime.headLocal)
    const forward = new THREE.Vector3(0, 0, -0.2).applyQuaternion(q)
    parts.group.position.set(head[0] + forward.x, head[1] + forward.y, head[2] + forward.z)
    parts.group.quaternion.copy(q)
    // A narrower clear centre the faster one moves: about 30° either side at full speed.
    const zoom = 1 + 3.4 * xrRuntime.vignette
    parts.texture.repeat.set(zoom, zoom)
    parts.texture.offset.set((1 - zoom) / 2, (1 - zoom) / 2)
    parts.tunnelMaterial.opacity = Math.min(1, xrRuntime.vignette * 1.2)
    parts.blinkMaterial.opacity = Math.min(1, xrRuntime.blink)
  }, -30)

  return <primitive object={parts.group} />
}
