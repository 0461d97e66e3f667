import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProblem } from '@/api/problem';
import { CALLBACK_PATH } from '@/lib/auth/pkce';
import { completeSignIn, isSignedIn, onSessionChange, signIn } from '@/lib/auth/session';
import { SignInFailed } from './app/SignInFailed';
import { createAppRouter } from './app/router';
import './index.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (failures, error) => !(error instanceof ApiProblem && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
});

async function start(root: ReturnType<typeof createRoot>): Promise<void> {
  if (window.location.pathname === CALLBACK_PATH) {
    try {
      const returnTo = await completeSignIn(window.location.search);
      window.history.replaceState(null, '', returnTo);
    } catch (error) {
      window.history.replaceState(null, '', '/');
      root.render(<SignInFailed error={error} />);
      return;
    }
  }
  if (!isSignedIn()) {
    await signIn();
    return;
  }
  onSessionChange(() => {
    if (!isSignedIn()) {
      void signIn();
    }
  });
  const router = createAppRouter(queryClient);
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) {
  void start(createRoot(container));
}
