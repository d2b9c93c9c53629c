/** A size as people read it: "840 KB", "11.3 MB", with the language's own decimal mark and unit. */
export function formatBytes(bytes: number, language: string): string {
  const mb = bytes / 1_000_000
  const [value, unit] = mb >= 1 ? [mb, 'MB'] : [bytes / 1000, 'KB']
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: value >= 100 ? 0 : 1 }).format(value)
  const units: Record<string, Record<string, string>> = { ru: { MB: 'МБ', KB: 'КБ' } }
  return `${number} ${units[language.slice(0, 2)]?.[unit] ?? unit}`
}
