/** Figures from a list of samples, in the samples' unit. */
export interface Figures {
  median: number;
  p95: number;
  p99: number;
  runs: number;
}

/** Nearest-rank percentile: a value that was actually measured, never an interpolation. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('no samples to take a percentile of');
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function figuresOf(samples: readonly number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, p95: percentile(sorted, 95), p99: percentile(sorted, 99), runs: sorted.length };
}

export interface Repetitions {
  /** Runs thrown away first: JIT compilation, caches, the file system's first touch. */
  warmup: number;
  runs: number;
}

/**
 * Times `task` `runs` times after `warmup` untimed runs, one after another (never
 * overlapping, so each sample is one task's latency). `task` gets the run number, so each
 * run can work on something fresh (another entity, another span).
 */
export async function measure(repetitions: Repetitions, task: (run: number) => unknown): Promise<Figures> {
  for (let i = 0; i < repetitions.warmup; i += 1) await task(i);
  const samples: number[] = [];
  for (let i = 0; i < repetitions.runs; i += 1) {
    const started = performance.now();
    await task(repetitions.warmup + i);
    samples.push(performance.now() - started);
  }
  return figuresOf(samples);
}

/** Milliseconds for one call of `task`, and what it returned. */
export async function timed<T>(task: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await task();
  return { ms: performance.now() - started, value };
}
