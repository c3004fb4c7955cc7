import { cacheInfo, enforceBudget, setCacheBudgetMB, type CacheInfo } from './volumeCache';

/** `window.caliper.cache`: the decoded-volume cache's budget and contents (docs/api.md). */
export interface CacheApi {
  /** Budget, use and the cached series (most recently used first). */
  info(): CacheInfo;
  /** Sets the budget in MiB (kept in this browser; `undefined`: back to the default) and evicts what no longer fits. */
  setBudgetMB(mb: number | undefined): CacheInfo;
  /** Evicts what exceeds the budget now; returns the evicted series UIDs. */
  enforce(): string[];
}

export function registerCache(): void {
  const api: CacheApi = {
    info: cacheInfo,
    setBudgetMB: (mb) => {
      setCacheBudgetMB(mb);
      return cacheInfo();
    },
    enforce: enforceBudget,
  };
  window.caliper.extend('cache', api);
}
