import { useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../api';

/** How many customers an industry has, and moving them all to another industry. */
export function useIndustryMove(fromId: string) {
  const queryClient = useQueryClient();
  const usage = useQuery({
    queryKey: ['industries', fromId, 'usage'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/industries/{id}/usage', { params: { path: { id: fromId } }, signal })),
  });
  const move = (toIndustryId: string) =>
    unwrap(client.POST('/api/v1/industries/{id}/move-customers', { params: { path: { id: fromId } }, body: { toIndustryId } })).then(async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['customers'] });
      return result;
    });
  return { usage, move };
}
