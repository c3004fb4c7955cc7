/**
 * Whether the pool may start an item of `estimateMb` now: a worker is free and the running items'
 * estimates plus its own fit `budgetMb` — except that with nothing running any item starts, so an
 * item larger than the budget runs alone instead of never.
 */
export function fitsBudget(state: { readonly running: number; readonly runningMb: number; readonly workers: number; readonly budgetMb: number }, estimateMb: number): boolean {
  if (state.running >= state.workers) return false;
  return state.running === 0 || state.runningMb + estimateMb <= state.budgetMb;
}
