import type { Category } from '@/api/keys';
import { Badge } from '@/components/ui/Badge';
import { customerStatus } from '../api/customerStatus';

export interface StatusBadgeProps {
  category: Category | undefined;
}

/** The ticket's status in the customer's words. */
export function StatusBadge({ category }: StatusBadgeProps) {
  const status = customerStatus(category);
  return <Badge tone={status.tone}>{status.label}</Badge>;
}
