import { useQuery } from '@tanstack/react-query';
import type { Import, ImportEntity, ImportMapping, ImportMatch } from '../../../shared/imports';
import { apiErrorOf } from '../../api/errors';

const json = async (res: Response): Promise<unknown> => {
  try {
    return await res.json();
  } catch {
    return null;
  }
};

async function call(url: string, init: RequestInit): Promise<Import> {
  const res = await fetch(url, { credentials: 'same-origin', ...init });
  const body = await json(res);
  if (!res.ok) throw apiErrorOf(res.status, body);
  return body as Import;
}

/** Uploads a file (multipart: `entity`, `file`): the answer has its columns, first rows and a proposed mapping. */
export const uploadImport = (entity: ImportEntity, file: File) => {
  const form = new FormData();
  form.append('entity', entity);
  form.append('file', file, file.name);
  return call('/api/v1/imports', { method: 'POST', body: form });
};

export const runImport = (id: string, mapping: ImportMapping, match: ImportMatch) =>
  call(`/api/v1/imports/${encodeURIComponent(id)}/run`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mapping, match }),
  });

export const failedCsvHref = (id: string) => `/api/v1/imports/${encodeURIComponent(id)}/failed.csv`;

/** An import while it runs: asked for again every 0.7 s until it is done. */
export const useImportProgress = (id: string) =>
  useQuery({
    queryKey: ['imports', id],
    queryFn: ({ signal }) => call(`/api/v1/imports/${encodeURIComponent(id)}`, { signal }),
    refetchInterval: (query) => (query.state.data && (query.state.data.status === 'done' || query.state.data.status === 'failed') ? false : 700),
  });
