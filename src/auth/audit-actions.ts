// The actions the audit log records, by stable name. Imports, exports and deletions of
// organisation data are recorded by the parts that do them, under the `data_*` names.

export const AUDIT_ACTIONS = [
  'signed_in',
  'sign_in_failed',
  'signed_out',
  'signed_out_everywhere',
  'member_invited',
  'invitation_revoked',
  'invitation_accepted',
  'role_changed',
  'member_removed',
  'api_key_created',
  'api_key_revoked',
  'passkey_registered',
  'passkey_removed',
  'data_imported',
  'data_exported',
  'data_deleted',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
