// What the person said is going on (trigger codes from core/triggers.ts), held in memory for
// this visit only. It is shared by the tools list (to rank for this kind of moment) and the
// tool screens (to store with the use). Deliberately not in the URL, where it would end up in
// the browser's history on a shared phone, and not in storage: each record keeps its own copy.
import { useEffect, useState } from 'preact/hooks';

let current: readonly string[] = [];
const listeners = new Set<() => void>();

export function currentContext(): readonly string[] {
  return current;
}

export function setCurrentContext(codes: readonly string[]): void {
  current = [...codes];
  for (const listener of listeners) listener();
}

export function useCurrentContext(): readonly string[] {
  const [value, setValue] = useState(current);
  useEffect(() => {
    const update = () => setValue(current);
    listeners.add(update);
    update();
    return () => {
      listeners.delete(update);
    };
  }, []);
  return value;
}
