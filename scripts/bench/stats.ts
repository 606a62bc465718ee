/** Nearest-rank percentile of a list of numbers (p in 0..100); NaN for an empty list. */
export function percentile(values: number[], p: number): number {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export interface Summary {
  median: number;
  p95: number;
  n: number;
}

export function summarise(values: number[]): Summary {
  return { median: percentile(values, 50), p95: percentile(values, 95), n: values.filter(Number.isFinite).length };
}

/** Differences of paired samples (run i of one configuration minus run i of the other). */
export function pairedDifferences(a: number[], b: number[]): number[] {
  const length = Math.min(a.length, b.length);
  return Array.from({ length }, (_, index) => (a[index] as number) - (b[index] as number));
}

export function fmt(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

/** A plain-text table with aligned columns. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
