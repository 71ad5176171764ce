export { ApiError, type FieldReason, isAbort } from './errors';
export { client, onUnauthorized, unwrap } from './client';
export { api, type Page } from './legacy';
