import { MyMacrosScreen } from '@/features/macros/components/MyMacrosScreen';

export function MacrosRoute() {
  return <MyMacrosScreen />;
}
