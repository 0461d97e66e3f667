// Shortcut help that screens register while they are shown, so the `?` overlay lists what works where the agent is.
import { useEffect, useSyncExternalStore } from 'react';

export interface ShortcutGroup {
  title: string;
  /** [keys as shown, what they do] */
  keys: readonly (readonly [string, string])[];
}

let groups: readonly ShortcutGroup[] = [];
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function set(next: readonly ShortcutGroup[]): void {
  groups = next;
  listeners.forEach((listener) => listener());
}

/** Lists group in the overlay while the calling component is mounted (pass a stable object). */
export function useShortcutHelp(group: ShortcutGroup): void {
  useEffect(() => {
    set([...groups.filter((other) => other.title !== group.title), group]);
    return () => set(groups.filter((other) => other !== group));
  }, [group]);
}

export function useRegisteredShortcuts(): readonly ShortcutGroup[] {
  return useSyncExternalStore(subscribe, () => groups);
}
