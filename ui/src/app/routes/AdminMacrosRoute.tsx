import { AdminMacrosScreen } from '@/features/macros/components/AdminMacrosScreen';

export function AdminMacrosRoute() {
  return <AdminMacrosScreen />;
}
