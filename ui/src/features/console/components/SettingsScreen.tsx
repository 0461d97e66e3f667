import { Button } from '@/components/ui/Button';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormProblem } from '@/components/ui/FormProblem';
import { Spinner } from '@/components/ui/Spinner';
import { useChangeSettings, useSettings } from '../api/integrations';
import { ConsolePage, Panel } from './ConsolePage';

/** The installation's settings: whether customers may sign themselves up. */
export function SettingsScreen() {
  const settings = useSettings();
  const change = useChangeSettings();
  return (
    <ConsolePage title="Settings" description="How this installation of AutoCRM behaves for everyone.">
      {settings.isPending ? <Spinner label="Loading settings…" />
        : settings.isError ? <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
        : (
          <Panel title="Customer sign-up">
            <p className="text-sm">
              {settings.data.customerSignup
                ? 'On: anyone can create a customer login from the sign-in page, after confirming their email address.'
                : 'Off: only staff can give customers a login (Logins and roles).'}
            </p>
            <p className="mt-1 text-xs text-muted">Password resets work either way.</p>
            <div className="mt-3 flex items-center gap-3">
              <Button variant={settings.data.customerSignup ? 'secondary' : 'primary'} isDisabled={change.isPending}
                onPress={() => change.mutate({ customerSignup: !settings.data.customerSignup })}>
                {settings.data.customerSignup ? 'Turn sign-up off' : 'Turn sign-up on'}
              </Button>
              <span role="status" className="text-xs text-muted">{change.isSuccess ? 'Saved.' : ''}</span>
            </div>
            <div className="mt-2"><FormProblem error={change.error} /></div>
          </Panel>
        )}
    </ConsolePage>
  );
}
