// Ends the current task and continues in a new one, so the page can answer a tap or a key in
// between: scheduler.yield() where the browser has it (the continuation goes ahead of other
// queued work), else a zero-delay timeout.
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
