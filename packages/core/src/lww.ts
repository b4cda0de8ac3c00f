// Per-record last-writer-wins merge, the rule that keeps every device's records the same.
//
// DEFINITIONS
// - A change is one write to one record: put (a new value) or delete (a tombstone), stamped with
//   the writer's hybrid logical clock (hlc.ts, encoded, so comparing strings is clock order).
// - A record's state is the change with the latest stamp seen for it. A delete is kept as a
//   tombstone (not forgotten), so an older put that arrives late cannot bring the record back,
//   while a newer put does.
// - Two different changes never share a stamp (the device id is in it); if they ever did
//   (a bug or a forged change), the larger canonical JSON wins, so the rule stays a total order.
//
// Because the state is "the maximum change per record" under a total order, merging is
// commutative, associative and idempotent: any order, duplication, delay or retry of the same
// set of changes ends in the same state on every device (lww.property.test.ts).

export type Change<V = unknown> =
  | { op: 'put'; kind: string; id: string; hlc: string; value: V }
  | { op: 'del'; kind: string; id: string; hlc: string };

export type LwwState<V = unknown> = Map<string, Change<V>>;

/** One key per record; the NUL separator cannot occur in a kind. */
export const changeKey = (kind: string, id: string): string => `${kind}\u0000${id}`;

function canonical(change: Change): string {
  return change.op === 'put' ? `p${JSON.stringify(change.value) ?? ''}` : 'd';
}

/** Positive when `a` beats `b` (later stamp, or the deterministic tiebreak). */
export function compareChanges(a: Change, b: Change): number {
  if (a.hlc !== b.hlc) return a.hlc > b.hlc ? 1 : -1;
  const ca = canonical(a);
  const cb = canonical(b);
  return ca === cb ? 0 : ca > cb ? 1 : -1;
}

/** Whether `incoming` replaces what is held for its record (false for an equal change). */
export function wins(incoming: Change, held: Change | undefined): boolean {
  return held === undefined || compareChanges(incoming, held) > 0;
}

/** Merges one change into `state` in place; true when it changed the record. */
export function applyChange<V>(state: LwwState<V>, change: Change<V>): boolean {
  const key = changeKey(change.kind, change.id);
  if (!wins(change, state.get(key))) return false;
  state.set(key, change);
  return true;
}

/** The merge of two states (a new map; neither input changes). */
export function mergeStates<V>(a: LwwState<V>, b: LwwState<V>): LwwState<V> {
  const out = new Map(a);
  for (const change of b.values()) applyChange(out, change);
  return out;
}

/** The live records (tombstones left out), for showing or comparing. */
export function liveRecords<V>(state: LwwState<V>): Map<string, V> {
  const out = new Map<string, V>();
  for (const [key, change] of state) if (change.op === 'put') out.set(key, change.value);
  return out;
}
