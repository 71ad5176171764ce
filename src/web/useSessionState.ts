import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { User } from '../shared/users';
import { ApiError, onUnauthorized } from './api';
import { authApi } from './features/auth/auth-api';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut'; setupNeeded: boolean; signupOpen: boolean; mailEnabled: boolean }
  | { status: 'signedIn'; me: User };

/**
 * Who is signed in: asked of the server on start, then signed out again whenever a request comes
 * back unauthorized. `signedOut` clears the cache and asks whether setup or sign-up is open.
 */
export function useSessionState() {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const queryClient = useQueryClient();
  const checkSetup = useCallback(async () => {
    try {
      const { needed, signup, mail } = await authApi.setupState();
      setState({ status: 'signedOut', setupNeeded: needed, signupOpen: signup, mailEnabled: mail });
    } catch {
      setState({ status: 'signedOut', setupNeeded: false, signupOpen: false, mailEnabled: false });
    }
  }, []);

  // Signed out: nothing the last user saw stays in the cache for the next one.
  const signedOut = useCallback(() => {
    queryClient.clear();
    void checkSetup();
  }, [queryClient, checkSetup]);

  useEffect(() => {
    let cancelled = false;
    authApi
      .me()
      .then((me) => !cancelled && setState({ status: 'signedIn', me }))
      .catch((error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.status === 401) void checkSetup();
        else setState({ status: 'signedOut', setupNeeded: false, signupOpen: false, mailEnabled: false });
      });
    return () => {
      cancelled = true;
    };
  }, [checkSetup]);

  useEffect(() => {
    onUnauthorized(signedOut);
    return () => onUnauthorized(null);
  }, [signedOut]);

  const signedIn = useCallback((me: User) => setState({ status: 'signedIn', me }), []);
  return { state, signedIn, signedOut };
}
