// A ticket's status as its customer sees it: in words about their request, never the helpdesk's internal stages
// (a custom "Awaiting vendor" status is, for the customer, simply being worked on).
import type { Category } from '@/api/keys';

export interface CustomerStatus {
  label: string;
  tone: 'accent' | 'note' | 'success' | 'neutral';
}

const STATUSES: Record<Category, CustomerStatus> = {
  new: { label: 'Received', tone: 'accent' },
  open: { label: 'In progress', tone: 'accent' },
  'on-hold': { label: 'In progress', tone: 'accent' },
  pending: { label: 'Awaiting your reply', tone: 'note' },
  solved: { label: 'Solved', tone: 'success' },
  closed: { label: 'Closed', tone: 'neutral' },
};

export function customerStatus(category: Category | undefined): CustomerStatus {
  return category ? STATUSES[category] : { label: 'Unknown', tone: 'neutral' };
}

/** What a reply does to a ticket in this category, said before the customer sends it; null when nothing changes. */
export function replyEffect(category: Category | undefined): string | null {
  switch (category) {
    case 'pending':
      return 'Replying sends your answer to the support team and reopens this request.';
    case 'solved':
      return 'This request is solved. Replying reopens it.';
    case 'closed':
      return 'Replying opens a new follow-up request linked to this one; this request stays closed.';
    default:
      return null;
  }
}
