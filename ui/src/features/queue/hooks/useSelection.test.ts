import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSelection } from './useSelection';

const ids = ['a', 'b', 'c', 'd', 'e'];

describe('useSelection', () => {
  it('selects one by one, a range with shift, and all loaded', () => {
    const { result } = renderHook(() => useSelection(ids));
    act(() => result.current.toggle('b', false));
    act(() => result.current.toggle('d', true));
    expect([...result.current.selected]).toEqual(['b', 'c', 'd']);
    act(() => result.current.toggle('c', false));
    expect([...result.current.selected]).toEqual(['b', 'd']);
    act(() => result.current.toggleAll());
    expect(result.current.selected.size).toBe(5);
    act(() => result.current.toggleAll());
    expect(result.current.selected.size).toBe(0);
  });
});
