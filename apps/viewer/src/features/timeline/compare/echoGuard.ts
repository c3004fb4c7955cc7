/**
 * Remembers the images we asked a viewport to show, so the new-image event that answers our own
 * request is not taken for the reader's scroll (which would bounce the other side back when the
 * two stacks have different slice spacing). Entries expire after `ttlMs`.
 */
export function createEchoGuard(ttlMs = 1500, now: () => number = () => performance.now()) {
  const pending = new Map<string, Map<string, number>>();
  return {
    expect(viewportId: string, imageId: string): void {
      const m = pending.get(viewportId) ?? new Map<string, number>();
      m.set(imageId, now());
      pending.set(viewportId, m);
    },
    /** True (and forgotten) when this event is the answer to our own request. */
    consume(viewportId: string, imageId: string): boolean {
      const m = pending.get(viewportId);
      if (!m) return false;
      const t = now();
      for (const [id, at] of m) if (t - at > ttlMs) m.delete(id);
      return m.delete(imageId);
    },
    clear(): void {
      pending.clear();
    },
  };
}
