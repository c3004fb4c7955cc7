/** One step of the saved-reading migration chain: a pure function from version `from` to `to`. */
export interface Migration {
  readonly from: number;
  readonly to: number;
  migrate(raw: Record<string, unknown>): Record<string, unknown>;
}
