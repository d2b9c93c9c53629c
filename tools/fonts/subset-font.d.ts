// subset-font 2.x ships no types: the one function this project calls.
declare module 'subset-font' {
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt'; preserveNameIds?: number[]; noLayoutClosure?: boolean }): Promise<Buffer>
}
