/** A request's handle: cancelled once a newer request took its channel (or the channel was cancelled). */
export interface Ticket {
  readonly seq: number;
  readonly channel: string | undefined;
  isCancelled(): boolean;
}

export interface Supersession {
  /** Register a request; a request without a channel is never superseded. */
  begin(channel?: string): Ticket;
  /** Cancel whatever is running on the channel. */
  cancel(channel: string): void;
}

/**
 * Latest-wins bookkeeping per channel ("roi-drag", "grow", …): a newer request in the same channel
 * makes the older ones report cancelled at their next checkpoint instead of computing on.
 */
export function createSupersession(): Supersession {
  const latest = new Map<string, number>();
  let seq = 0;
  return {
    begin(channel) {
      const mine = ++seq;
      if (channel !== undefined) latest.set(channel, mine);
      return { seq: mine, channel, isCancelled: () => channel !== undefined && latest.get(channel) !== mine };
    },
    cancel(channel) {
      latest.set(channel, ++seq);
    },
  };
}

/** Let queued messages (newer requests) run before continuing: a macrotask boundary. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
