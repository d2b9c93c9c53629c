/** One thing wrong with a manifest, where it is: what the validator, the migrations and the content check report. */
export interface ManifestProblem {
  /** JSON path of the offending value, e.g. `artifacts[3].title.en`; `$` for the document. */
  path: string
  message: string
}
