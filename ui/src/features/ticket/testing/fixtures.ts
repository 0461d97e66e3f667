// Test support: a ticket and the directory as the server returns them.
import type { Schemas } from '@/api/client';
import type { TicketDetail } from '../api/ticket';

export const TICKET_ID = '6f1d2c3b-0000-4000-8000-000000000001';
export const GRACE = { id: '0b6f4b8e-1c9a-4d1e-9b1a-2f3c4d5e6f70', name: 'Grace Hopper', email: 'grace@autocrm.example', active: true };
export const ALAN = { id: '1c7a5c9f-2d0b-4e2f-8c2b-3a4d5e6f7081', name: 'Alan Turing', email: 'alan@autocrm.example', active: true };

export const STATUSES: Schemas['StatusView'][] = [
  { key: 'new', label: 'New', category: 'new' },
  { key: 'open', label: 'Open', category: 'open' },
  { key: 'pending', label: 'Pending', category: 'pending' },
  { key: 'solved', label: 'Solved', category: 'solved' },
];

export function ticket(overrides: Partial<TicketDetail> = {}): TicketDetail {
  return {
    id: TICKET_ID,
    number: 1042,
    subject: 'Printer on fire',
    status: { key: 'open', category: 'open' },
    priority: 'normal',
    type: 'incident',
    channel: 'email',
    requester: { id: 'c-1', name: 'Ann Example', email: 'ann@example.com', erased: false },
    tags: ['hardware'],
    customFields: {},
    version: 3,
    createdAt: '2026-12-01T09:00:00Z',
    updatedAt: '2026-12-01T10:00:00Z',
    messages: [
      { id: 'm-1', kind: 'description', author: { type: 'customer', id: 'c-1', name: 'Ann Example' }, body: 'It is smoking.', createdAt: '2026-12-01T09:00:00Z' },
    ],
    ...overrides,
  };
}
