/** The workspace's change log lives with the history feature; settings serve it at /api/v1/audit-log. */
export { listAuditLog } from '../history/history.service';
