// Light and dark themes: the choice is kept in this browser; without one, the system's preference counts.
import { useState } from 'react';

const KEY = 'autocrm.theme';

export function useTheme() {
  const [dark, setDark] = useState(() => document.documentElement.classList.contains('dark'));
  const toggle = () => {
    const next = !dark;
    document.documentElement.classList.toggle('dark', next);
    localStorage.setItem(KEY, next ? 'dark' : 'light');
    setDark(next);
  };
  return { dark, toggle };
}
