// The order of the queue a ticket was opened from, so next/previous ticket follow what the agent saw.
const KEY = 'autocrm.queue-order';

export function rememberQueueOrder(ids: string[]): void {
  sessionStorage.setItem(KEY, JSON.stringify(ids.slice(0, 2000)));
}

export function neighbour(id: string, step: 1 | -1): string | undefined {
  const ids = JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as string[];
  const index = ids.indexOf(id);
  return index >= 0 ? ids[index + step] : undefined;
}
