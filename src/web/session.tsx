import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { z } from 'zod';
import type { meUpdateSchema, User } from '../shared/users';
import { authApi } from './features/auth/auth-api';
import i18n, { browserLanguage, isLanguage, rememberLanguage } from './i18n';
import { type SessionState, useSessionState } from './useSessionState';

/** What the session changes about the signed-in user (the password has its own call); `weekStart: null` follows the workspace. */
export type MeUpdate = Pick<z.infer<typeof meUpdateSchema>, 'name' | 'locale' | 'timeZone' | 'weekStart'>;

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
  const { state, signedIn, signedOut } = useSessionState();
  useLanguageOf(state.status === 'signedIn' ? state.me : null);

  const signOut = useCallback(async () => {
    await authApi.signOut().catch(() => undefined);
    signedOut();
  }, [signedOut]);

  const updateMe = useCallback(
    async (change: MeUpdate) => {
      signedIn(await authApi.updateMe(change));
    },
    [signedIn],
  );

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
