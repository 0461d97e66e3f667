// The columns a queue shows, remembered per view in this browser.
import { useState } from 'react';
import { DEFAULT_COLUMNS } from '../components/columns';

export function useColumns(viewId: string, initial: readonly string[] = DEFAULT_COLUMNS) {
  const storageKey = `autocrm.columns.${viewId}`;
  const [columns, setColumns] = useState<string[]>(() => {
    const stored = localStorage.getItem(storageKey);
    return stored ? (JSON.parse(stored) as string[]) : [...initial];
  });
  const change = (next: string[]) => {
    setColumns(next);
    localStorage.setItem(storageKey, JSON.stringify(next));
  };
  return [columns, change] as const;
}
