export interface StowRetryOptions {
  /** First wait, ms (default 5 s). */
  readonly baseMs?: number;
  /** Longest wait, ms (default 5 min). */
  readonly maxMs?: number;
  /** Automatic tries after the first failure before waiting for the reader (default 8, about 14 min in all). */
  readonly maxAttempts?: number;
}

/**
 * How long to wait before retrying a refused STOW-RS (PS3.18 10.5), or null when only the reader can
 * fix it. No answer (0), 408, 429 and 5xx are transient: retried with exponential back-off (5 s, 10 s,
 * 20 s … capped). 401/403 need a token, 413 a smaller object or another server, 4xx a change: not
 * retried by themselves (the reading stays queued; the Retry button sends it).
 * `attempt` counts failures so far (1 after the first).
 */
export function stowRetryDelay(status: number, attempt: number, options: StowRetryOptions = {}): number | null {
  const baseMs = options.baseMs ?? 5_000;
  const maxMs = options.maxMs ?? 300_000;
  const maxAttempts = options.maxAttempts ?? 8;
  const transient = status === 0 || status === 408 || status === 429 || status >= 500;
  if (!transient || attempt > maxAttempts) return null;
  return Math.min(maxMs, baseMs * 2 ** (attempt - 1));
}
