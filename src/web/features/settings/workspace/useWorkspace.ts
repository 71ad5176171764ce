import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { workspaceUpdateSchema } from '../../../../shared/workspace';
import { client, unwrap } from '../../../api';

const KEY = ['workspace'];

/** The workspace's name and defaults, and an admin's save of them. */
export function useWorkspace() {
  const queryClient = useQueryClient();
  const workspace = useQuery({ queryKey: KEY, queryFn: ({ signal }) => unwrap(client.GET('/api/v1/workspace', { signal })) });
  const save = useMutation({
    mutationFn: (body: z.input<typeof workspaceUpdateSchema>) => unwrap(client.PATCH('/api/v1/workspace', { body })),
    onSuccess: (saved) => queryClient.setQueryData(KEY, saved),
  });
  return { workspace, save };
}
