import { describe, expect, it } from 'vitest';
import { listMembers } from '../../../src/db/members';
import { grantOrgScope, type OrgScope, scopedOrganisationId } from '../../../src/db/org-scope';
import { createTestOrganisation, db } from '../auth/support/organisations';

describe('an organisation scope', () => {
  it('made by hand, not granted by an authenticator, is refused before any query', async () => {
    const org = await createTestOrganisation('forged');
    const forged = { db, organisationId: org.id } as unknown as OrgScope;

    expect(() => scopedOrganisationId(forged)).toThrow(
      'An organisation scope must come from sign-in.',
    );
    await expect(listMembers(forged)).rejects.toThrow();
  });

  it('cannot be pointed at another organisation once granted', async () => {
    const scope = grantOrgScope(db, 'one-organisation');

    expect(() => {
      (scope as { organisationId: string }).organisationId = 'another';
    }).toThrow(TypeError);
    expect(scopedOrganisationId(scope)).toBe('one-organisation');
  });
});
