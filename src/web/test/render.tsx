import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { vi } from 'vitest';
import type { User } from '../../shared/users';
import { newQueryClient } from '../api/query-client';
import { SessionProvider, useSession } from '../session';

/** A request as it reached the API boundary. */
export interface SentRequest {
  method: string;
  /** Path and query, e.g. `/api/v1/todo?limit=50`. */
  url: string;
  body: unknown;
}

/** Canned answers by `METHOD /path` (the query ignored); a function sees the request and may answer a Response (an error), or a promise of either (an answer that comes late). */
export type Routes = Record<string, unknown | ((request: SentRequest) => unknown)>;

export const ME: User = {
  id: '00000000-0000-4000-8000-000000000001',
  workspaceId: '00000000-0000-4000-8000-0000000000aa',
  email: 'mette@example.test',
  name: 'Mette Holm',
  role: 'admin',
  locale: 'en',
  timeZone: 'Europe/Copenhagen',
  weekStart: 1,
  ownWeekStart: null,
  emailReminders: true,
  morningMail: false,
  active: true,
  invited: false,
  createdAt: '2026-01-01T00:00:00.000Z',
};

/**
 * A stand-in for the server at the fetch boundary: answers from `routes` (JSON, 200; `null` is a
 * 204) and records every request, so a test asserts what reached the API: method, URL and body.
 */
export function fakeApi(routes: Routes, me: Partial<User> = {}) {
  const sent: SentRequest[] = [];
  const all: Routes = { 'GET /api/v1/me': { ...ME, ...me }, ...routes };
  vi.stubGlobal('fetch', async (resource: Request | string, init?: RequestInit) => {
    const input = typeof resource === 'string' ? new Request(new URL(resource, location.href), init) : resource;
    const url = new URL(input.url);
    const text = await input.text();
    const request: SentRequest = { method: input.method, url: url.pathname + url.search, body: text ? JSON.parse(text) : undefined };
    sent.push(request);
    const key = `${input.method} ${url.pathname}`;
    if (!(key in all)) return Response.json({ error: { code: 'not_found', message: `No canned answer for ${key}` } }, { status: 404 });
    const answer = all[key];
    const body: unknown = await (typeof answer === 'function' ? answer(request) : answer);
    if (body instanceof Response) return body;
    return body === null ? new Response(null, { status: 204 }) : Response.json(body);
  });
  /** The requests other than the session's own look-up of /me. */
  const requests = () => sent.filter((request) => request.url !== '/api/v1/me');
  return { sent, requests };
}

function WhenSignedIn({ children }: { children: ReactNode }) {
  const { state } = useSession();
  return state.status === 'signedIn' ? children : null;
}

/** Renders a component signed in (the user from fakeApi's /me), with a fresh query cache and router. */
export function renderSignedIn(ui: ReactNode, path = '/') {
  return render(
    <QueryClientProvider client={newQueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <SessionProvider>
          <WhenSignedIn>{ui}</WhenSignedIn>
        </SessionProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}
