// The columns a queue shows, remembered per view in this browser.
import { useState } from 'react';
import { DEFAULT_COLUMNS, PHONE_COLUMNS } from '../components/columns';

/** Below this width a queue with the default columns starts with the phone's few. */
const PHONE_MAX_WIDTH = 640;

export function useColumns(viewId: string, initial: readonly string[] = DEFAULT_COLUMNS) {
  const storageKey = `autocrm.columns.${viewId}`;
  const [columns, setColumns] = useState<string[]>(() => {
    const stored = localStorage.getItem(storageKey);
    if (stored) {
      return JSON.parse(stored) as string[];
    }
    const phone = initial === DEFAULT_COLUMNS && typeof window !== 'undefined' && window.innerWidth < PHONE_MAX_WIDTH;
    return [...(phone ? PHONE_COLUMNS : initial)];
  });
  const change = (next: string[]) => {
    setColumns(next);
    localStorage.setItem(storageKey, JSON.stringify(next));
  };
  return [columns, change] as const;
}
