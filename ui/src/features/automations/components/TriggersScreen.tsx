import { RulesScreen } from './RulesScreen';

/** {@code /admin/triggers}: the triggers, in the order they act. */
export function TriggersScreen() {
  return <RulesScreen kind="triggers" />;
}
