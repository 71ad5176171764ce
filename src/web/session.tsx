import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type { meUpdateSchema, User } from '../shared/users';
import { ApiError, onUnauthorized } from './api';
import { authApi } from './features/auth/auth-api';
import i18n, { browserLanguage, isLanguage, rememberLanguage } from './i18n';

export type MeUpdate = Pick<z.infer<typeof meUpdateSchema>, 'name' | 'locale' | 'timeZone'>;

type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut'; setupNeeded: boolean; signupOpen: boolean; mailEnabled: boolean }
  | { status: 'signedIn'; me: User };

interface Session {
  state: SessionState;
  signedIn: (user: User) => void;
  signOut: () => Promise<void>;
  updateMe: (change: MeUpdate) => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

function useLanguageOf(user: User | null) {
  useEffect(() => {
    const wanted = user && isLanguage(user.locale) ? user.locale : browserLanguage();
    if (user) rememberLanguage(wanted);
    if (i18n.language !== wanted) void i18n.changeLanguage(wanted);
  }, [user]);
}

export function SessionProvider({ children }: { children: ReactNode }) {
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

  useLanguageOf(state.status === 'signedIn' ? state.me : null);

  const signedIn = useCallback((me: User) => setState({ status: 'signedIn', me }), []);

  const signOut = useCallback(async () => {
    await authApi.signOut().catch(() => undefined);
    signedOut();
  }, [signedOut]);

  const updateMe = useCallback(async (change: MeUpdate) => {
    const me = await authApi.updateMe(change);
    setState({ status: 'signedIn', me });
  }, []);

  const value = useMemo(() => ({ state, signedIn, signOut, updateMe }), [state, signedIn, signOut, updateMe]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user; only for pages inside the app shell. */
export function useMe(): User {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useMe while signed out');
  return state.me;
}
