export interface RetryBusyOptions {
  /** Tries in all (first + retries). Default 4. */
  readonly attempts?: number;
  /** Wait before the first retry, ms; doubled each time. Default 250. */
  readonly baseMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

const statusOf = (e: unknown): number | undefined =>
  typeof e === 'object' && e !== null && 'status' in e ? Number((e as { status: unknown }).status) : undefined;

/**
 * Runs a DICOMweb request again, with exponential back-off (250, 500, 1000 ms…), while the server
 * answers 429 Too Many Requests or 503 Service Unavailable (RFC 9110 15.6.4: temporary overload).
 * Any other failure, or the last busy answer, is thrown as is.
 */
export async function retryBusy<T>(run: () => Promise<T>, o: RetryBusyOptions = {}): Promise<T> {
  const attempts = Math.max(1, o.attempts ?? 4);
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let i = 0; ; i++) {
    try {
      return await run();
    } catch (e) {
      const s = statusOf(e);
      if ((s !== 429 && s !== 503) || i + 1 >= attempts) throw e;
      await sleep((o.baseMs ?? 250) * 2 ** i);
    }
  }
}
