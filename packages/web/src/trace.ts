// Phase marks for the benches (bench/sync-link.ts --phases): a User Timing mark named
// `onward:<phase>`, made only when the page set `globalThis.onwardTrace = true` before the app
// loaded (the bench does, through an init script). Otherwise nothing is recorded, so a long
// session never fills the performance timeline. Marks carry no data: a phase name, nothing about
// records.
export function mark(phase: string): void {
  if ((globalThis as { onwardTrace?: unknown }).onwardTrace === true) {
    performance.mark(`onward:${phase}`);
  }
}
