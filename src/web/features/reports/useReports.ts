import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReportDefinition, ReportResult, SavedReport } from '../../../shared/reports';
import { client, unwrap } from '../../api';

const LIST_KEY = ['reports'];

/** The ready-made, own and shared reports. */
export function useSavedReports() {
  return useQuery({
    queryKey: LIST_KEY,
    queryFn: async ({ signal }) => (await unwrap(client.GET('/api/v1/reports', { signal }))).items as SavedReport[],
  });
}

/** The report for a definition, run again whenever the definition changes (the last result stays while the next loads). */
export function useReportResult(definition: ReportDefinition | null) {
  return useQuery({
    queryKey: ['reports', 'run', definition],
    enabled: definition !== null && definition.measures.length > 0,
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }) => (await unwrap(client.POST('/api/v1/reports/run', { body: definition as ReportDefinition, signal }))) as ReportResult,
  });
}

export function useReportWrites() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: LIST_KEY, exact: true });
  const create = useMutation({
    mutationFn: async (body: { name: string; shared: boolean; definition: ReportDefinition }) =>
      (await unwrap(client.POST('/api/v1/reports', { body }))) as SavedReport,
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: async ({ id, body }: { id: string; body: { name?: string; shared?: boolean; definition?: ReportDefinition } }) =>
      (await unwrap(client.PATCH('/api/v1/reports/{id}', { params: { path: { id } }, body }))) as SavedReport,
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => unwrap(client.DELETE('/api/v1/reports/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  return { create, update, remove };
}

/** Where a saved report downloads as a file (the session cookie goes along: same origin). */
export const exportUrl = (id: string, format: 'csv' | 'xlsx') => `/api/v1/reports/${encodeURIComponent(id)}/export?format=${format}`;
