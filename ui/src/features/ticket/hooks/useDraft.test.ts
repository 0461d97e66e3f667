import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDraft } from './useDraft';

describe('useDraft', () => {
  it('keeps a draft per ticket across remounts and clears it', () => {
    const first = renderHook(() => useDraft('t-1'));
    act(() => first.result.current.update({ kind: 'internal-note', html: '<p>Check the fuser</p>' }));
    first.unmount();

    const again = renderHook(() => useDraft('t-1'));
    expect(again.result.current.draft).toEqual({ kind: 'internal-note', html: '<p>Check the fuser</p>' });
    expect(renderHook(() => useDraft('t-2')).result.current.draft.html).toBe('');

    act(() => again.result.current.clear());
    expect(again.result.current.draft.html).toBe('');
    expect(renderHook(() => useDraft('t-1')).result.current.draft.html).toBe('');
  });
});
