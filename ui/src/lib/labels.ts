// Display labels for the API's fixed vocabularies. The value lists are typed against the generated schema, so a
// vocabulary the server changes shows up here as a type error.
import type { Category, Priority, TicketType } from '@/api/keys';

export const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];
export const TICKET_TYPES: readonly TicketType[] = ['question', 'incident', 'problem', 'task'];
export const CATEGORIES: readonly Category[] = ['new', 'open', 'pending', 'on-hold', 'solved', 'closed'];
export const UNSOLVED: readonly Category[] = ['new', 'open', 'pending', 'on-hold'];

/** "on-hold" → "On hold". */
export function humanize(key: string | undefined | null): string {
  if (!key) {
    return '—';
  }
  const words = key.replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
