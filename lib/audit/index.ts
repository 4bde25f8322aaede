/** The audit domain's public face for server code: its queries and services. Types and client-safe helpers are in ./types. */
import 'server-only';
export { auditDetailCodes, describeAuditDetail } from './detail-text';
export { auditHref, listAuditActions, listAuditEntries, parseAuditFilters } from './queries';
export { recordAudit } from './record';
export { auditTargetLabel } from './target-label';
export { loadAuditTargetNames } from './target-names';
export { auditActionLabel } from './action-label';
