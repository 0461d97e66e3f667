// Ticket selection for bulk changes: one by one, a range (shift), or every loaded row.
import { useCallback, useRef, useState } from 'react';

export function useSelection(ids: readonly string[]) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | null>(null);

  const toggle = useCallback(
    (id: string, range: boolean) => {
      // Read the anchor now: the updater runs later, after the anchor moved.
      const from = anchor.current ? ids.indexOf(anchor.current) : -1;
      const to = ids.indexOf(id);
      setSelected((old) => {
        const next = new Set(old);
        if (range && from >= 0 && to >= 0) {
          const [start, end] = from < to ? [from, to] : [to, from];
          ids.slice(start, end + 1).forEach((each) => next.add(each));
        } else if (next.has(id)) {
          next.delete(id);
        } else {
          next.add(id);
        }
        return next;
      });
      anchor.current = id;
    },
    [ids],
  );

  const toggleAll = useCallback(() => {
    setSelected((old) => (ids.length > 0 && ids.every((id) => old.has(id)) ? new Set() : new Set(ids)));
  }, [ids]);

  const clear = useCallback(() => setSelected(new Set()), []);

  return { selected, toggle, toggleAll, clear };
}
