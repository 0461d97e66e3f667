import { RulesScreen } from './RulesScreen';

/** {@code /admin/automations}: the time-based automations, in the order they act. */
export function AutomationsScreen() {
  return <RulesScreen kind="automations" />;
}
