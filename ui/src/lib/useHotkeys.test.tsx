import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useHotkeys } from './useHotkeys';

function Harness({ onEnter, onJ }: { onEnter: () => void; onJ: () => void }) {
  useHotkeys({ Enter: onEnter, j: onJ });
  return (
    <div>
      <a href="/views/pending">Pending</a>
      <button type="button">Views</button>
      <input aria-label="Search" />
    </div>
  );
}

describe('useHotkeys', () => {
  it('leaves Enter on a focused link or button to that link or button', () => {
    const onEnter = vi.fn();
    render(<Harness onEnter={onEnter} onJ={vi.fn()} />);
    fireEvent.keyDown(screen.getByRole('link', { name: 'Pending' }), { key: 'Enter' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Views' }), { key: 'Enter' });
    expect(onEnter).not.toHaveBeenCalled();
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(onEnter).toHaveBeenCalledTimes(1);
  });

  it('still runs letter shortcuts from a focused link, but not while typing', () => {
    const onJ = vi.fn();
    render(<Harness onEnter={vi.fn()} onJ={onJ} />);
    fireEvent.keyDown(screen.getByRole('link', { name: 'Pending' }), { key: 'j' });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Search' }), { key: 'j' });
    expect(onJ).toHaveBeenCalledTimes(1);
  });
});
