import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '@/lib/labels';
import { customerStatus, replyEffect } from './customerStatus';

describe('customerStatus', () => {
  it('names every category in words about the request', () => {
    expect(CATEGORIES.map((category) => customerStatus(category).label)).toEqual([
      'Received', 'In progress', 'Awaiting your reply', 'In progress', 'Solved', 'Closed',
    ]);
  });

  it('says what a reply does: reopens pending and solved requests, opens a follow-up of a closed one', () => {
    expect(replyEffect('open')).toBeNull();
    expect(replyEffect('pending')).toMatch(/reopens/);
    expect(replyEffect('solved')).toMatch(/reopens/);
    expect(replyEffect('closed')).toMatch(/follow-up/);
  });
});
