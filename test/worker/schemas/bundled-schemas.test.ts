// The bundled schema map: every file under its `$id`, the 2022 aliases, compiled once.
import { describe, expect, it } from 'vitest';
import { BUNDLED_SCHEMAS } from '../../../src/verify/schemas/bundled';
import { bundledValidator } from '../../../src/verify/schemas/validators';

const PURL = 'https://purl.imsglobal.org/spec';

describe('BUNDLED_SCHEMAS', () => {
  it('holds the eleven current schemas under their own $id', () => {
    const current = [...BUNDLED_SCHEMAS].filter(
      ([url, schema]) => url === schema.$id && url.endsWith('_schema.json'),
    );

    expect(current.map(([url]) => url.replace(PURL, '')).sort()).toEqual([
      '/clr/v2p0/schema/json/clr_v2p0_achievementcredential_schema.json',
      '/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json',
      '/clr/v2p0/schema/json/clr_v2p0_endorsementcredential_schema.json',
      '/clr/v2p0/schema/json/clr_v2p0_getclrcredentialsresponse_schema.json',
      '/clr/v2p0/schema/json/clr_v2p0_imsx_statusinfo_schema.json',
      '/clr/v2p0/schema/json/clr_v2p0_profile_schema.json',
      '/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
      '/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json',
      '/ob/v3p0/schema/json/ob_v3p0_getopenbadgecredentialsresponse_schema.json',
      '/ob/v3p0/schema/json/ob_v3p0_imsx_statusinfo_schema.json',
      '/ob/v3p0/schema/json/ob_v3p0_profile_schema.json',
    ]);
  });

  it('serves the 2022 drafts under the URLs credentials named them by', () => {
    const alias = BUNDLED_SCHEMAS.get(`${PURL}/ob/v3p0/schema/achievementcredential.json`);
    const pages = BUNDLED_SCHEMAS.get(
      'https://imsglobal.github.io/openbadges-specification/schema/endorsementcredential.json',
    );

    expect(alias?.$id).toBe(
      `${PURL}/ob/v3p0/schema/json/ob_v3p0_achievementcredential-jsonschema1.json`,
    );
    expect(pages?.$id).toBe(
      `${PURL}/ob/v3p0/schema/json/ob_v3p0_endorsementcredential-jsonschema1.json`,
    );
  });

  it('every schema compiles as draft 2019-09', () => {
    for (const schema of BUNDLED_SCHEMAS.values()) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2019-09/schema#');
    }
    for (const url of BUNDLED_SCHEMAS.keys()) expect(bundledValidator(url)).toBeDefined();
  });
});

describe('bundledValidator', () => {
  it('compiles a schema once and reuses it', () => {
    const url = `${PURL}/ob/v3p0/schema/json/ob_v3p0_profile_schema.json`;

    expect(bundledValidator(url)).toBe(bundledValidator(url));
  });

  it('gives the same validator for an alias and its file', () => {
    const alias = `${PURL}/ob/v3p0/schema/achievementcredential.json`;
    const pages =
      'https://imsglobal.github.io/openbadges-specification/schema/achievementcredential.json';

    expect(bundledValidator(alias)).toBe(bundledValidator(pages));
  });

  it('knows nothing of schemas we do not carry', () => {
    expect(bundledValidator('https://issuer.example/schema.json')).toBeUndefined();
  });
});
