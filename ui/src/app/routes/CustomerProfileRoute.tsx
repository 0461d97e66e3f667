import { useParams } from '@tanstack/react-router';
import { CustomerProfile } from '@/features/console/components/CustomerProfile';

/** /admin/customers/$customerId */
export function CustomerProfileRoute() {
  const { customerId } = useParams({ from: '/admin/customers/$customerId' });
  return <CustomerProfile key={customerId} customerId={customerId} />;
}
