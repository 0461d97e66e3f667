import { Button } from '@/components/ui/Button';
import { ErrorState } from '@/components/ui/ErrorState';
import { signIn } from '@/lib/auth/session';

export interface SignInFailedProps {
  error: unknown;
}

export function SignInFailed({ error }: SignInFailedProps) {
  return (
    <main className="mx-auto mt-24 max-w-md p-4">
      <h1 className="mb-2 text-xl font-semibold">Sign-in did not complete</h1>
      <ErrorState title="We could not sign you in" error={error} />
      <Button variant="primary" className="ml-4" onPress={() => void signIn('/')}>
        Sign in again
      </Button>
    </main>
  );
}
