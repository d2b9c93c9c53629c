// Type declarations for asset-pipeline packages that ship without them.

declare module 'gltf-validator' {
  export interface ValidatorMessage {
    code: string
    message: string
    severity: number
    pointer?: string
    offset?: number
  }
  export interface ValidatorReport {
    issues: {
      numErrors: number
      numWarnings: number
      numInfos: number
      numHints: number
      messages: ValidatorMessage[]
      truncated: boolean
    }
    info?: {
      drawCallCount?: number
      totalTriangleCount?: number
      totalVertexCount?: number
      materialCount?: number
      hasTextures?: boolean
      extensionsUsed?: string[]
    }
  }
  export interface ValidatorOptions {
    uri?: string
    format?: 'glb' | 'gltf'
    maxIssues?: number
    ignoredIssues?: string[]
    onlyIssues?: string[]
    severityOverrides?: Record<string, number>
    externalResourceFunction?: (uri: string) => Promise<Uint8Array>
  }
  export function validateBytes(data: Uint8Array, options?: ValidatorOptions): Promise<ValidatorReport>
  export function version(): string
}

declare module 'gltf-pipeline' {
  export interface DracoOptions {
    compressionLevel?: number
    quantizePositionBits?: number
    quantizeNormalBits?: number
    quantizeTexcoordBits?: number
    quantizeColorBits?: number
    quantizeGenericBits?: number
    uncompressedFallback?: boolean
    unifiedQuantization?: boolean
  }
  export interface PipelineOptions {
    dracoOptions?: DracoOptions
    separate?: boolean
    separateTextures?: boolean
    stats?: boolean
    keepUnusedElements?: boolean
    keepLegacyExtensions?: boolean
  }
  export function processGlb(glb: Buffer, options?: PipelineOptions): Promise<{ glb: Buffer; separateResources: Record<string, Buffer> }>
  const pipeline: { processGlb: typeof processGlb }
  export default pipeline
}

declare module 'draco3dgltf' {
  export function createDecoderModule(object?: Record<string, unknown>): Promise<unknown>
  export function createEncoderModule(object?: Record<string, unknown>): Promise<unknown>
  const draco3d: { createDecoderModule: typeof createDecoderModule; createEncoderModule: typeof createEncoderModule }
  export default draco3d
}
