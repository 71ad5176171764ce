import { useState } from 'react';
import type { DefaultValues, FieldValues } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import type { z } from 'zod';
import type { User } from '../../../shared/users';
import type { FieldProblem } from '../../components/errors';
import { useApiForm } from '../../components/useApiForm';
import { useSession } from '../../session';
import { tokenFromLocation } from './accounts-api';
import { tokenError } from './token-error';

/**
 * The form of a page opened from a one-time link (reset, invitation): `send` posts the values with
 * the link's token; a rejected token is said on its own, and on success the person is signed in.
 */
export function useLinkTokenForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaults: DefaultValues<z.input<S>>,
  send: (values: z.input<S>, token: string) => Promise<{ user: User }>,
) {
  const [token] = useState(tokenFromLocation);
  const [linkError, setLinkError] = useState<FieldProblem | null>(null);
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const apiForm = useApiForm(schema, defaults, async (values) => {
    const { user } = await send(values, token).catch(tokenError(setLinkError));
    signedIn(user);
    navigate('/', { replace: true });
  });
  return { ...apiForm, token, linkError };
}
