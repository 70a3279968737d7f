/** Small timing helpers for `npm run bench`: medians and percentiles of repeated runs. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index]
}

export const median = (samples: number[]) => percentile(samples, 50)

export async function timeRuns(runs: number, action: () => unknown): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await action()
    samples.push(performance.now() - started)
  }
  return samples
}

export async function timeOnce<T>(action: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now()
  const result = await action()
  return { ms: performance.now() - started, result }
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`

export function report(name: string, figure: string, note = ''): void {
  console.log(`${name.padEnd(44)} ${figure.padEnd(34)} ${note}`)
}

export function heading(title: string): void {
  console.log(`\n== ${title} ==`)
}
