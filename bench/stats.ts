/** Small timing helpers for `npm run bench`: medians and percentiles of repeated runs. */
import { availableParallelism, loadavg } from 'node:os'
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

/**
 * One run's wall time and CPU time. On a loaded machine (eight processes on two cores) wall time is
 * mostly waiting for a core; CPU time is the work itself: `cpuMs` for the whole process (every
 * thread: GC, libuv pool), `threadMs` for the main thread alone (JS, better-sqlite3, zlib's sync calls).
 */
export interface CpuSample {
  wallMs: number
  cpuMs: number
  threadMs: number
}

const cpuMsOf = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000

export async function timeRunsCpu(runs: number, action: () => unknown): Promise<CpuSample[]> {
  const samples: CpuSample[] = []
  for (let i = 0; i < runs; i++) {
    const process0 = process.cpuUsage()
    const thread0 = process.threadCpuUsage()
    const started = performance.now()
    await action()
    const wallMs = performance.now() - started
    samples.push({
      wallMs,
      cpuMs: cpuMsOf(process.cpuUsage(process0)),
      threadMs: cpuMsOf(process.threadCpuUsage(thread0))
    })
  }
  return samples
}

/** Medians of each measure of `samples` (taken separately). */
export function medianCpu(samples: CpuSample[]): CpuSample {
  return {
    wallMs: median(samples.map((s) => s.wallMs)),
    cpuMs: median(samples.map((s) => s.cpuMs)),
    threadMs: median(samples.map((s) => s.threadMs))
  }
}

/** "wall 812 ms, CPU 640 ms (main 602 ms)", for `report`. */
export const cpuFigure = (m: CpuSample) => `wall ${ms(m.wallMs)}, CPU ${ms(m.cpuMs)} (main ${ms(m.threadMs)})`

/** The load average of the last minute, so a reader can judge the wall times. */
export const loadNote = () => `load ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`
