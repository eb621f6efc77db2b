// The 1EdTech JSON Schemas we carry (draft 2019-09), by `$id`, plus the 2022 draft URLs that
// older Open Badges 3.0 credentials still name. Sources and licence: files/README.md.
import type { Schema } from '@cfworker/json-schema';
import achievementCredential2022 from './files/achievementcredential.json';
import clrAchievementCredential from './files/clr_v2p0_achievementcredential_schema.json';
import clrCredential from './files/clr_v2p0_clrcredential_schema.json';
import clrEndorsementCredential from './files/clr_v2p0_endorsementcredential_schema.json';
import clrGetCredentialsResponse from './files/clr_v2p0_getclrcredentialsresponse_schema.json';
import clrStatusInfo from './files/clr_v2p0_imsx_statusinfo_schema.json';
import clrProfile from './files/clr_v2p0_profile_schema.json';
import endorsementCredential2022 from './files/endorsementcredential.json';
import obAchievementCredential from './files/ob_v3p0_achievementcredential_schema.json';
import obEndorsementCredential from './files/ob_v3p0_endorsementcredential_schema.json';
import obGetCredentialsResponse from './files/ob_v3p0_getopenbadgecredentialsresponse_schema.json';
import obStatusInfo from './files/ob_v3p0_imsx_statusinfo_schema.json';
import obProfile from './files/ob_v3p0_profile_schema.json';

/** JSON modules are typed by their content; the validator wants its own `Schema` type. */
function asSchema(json: object): Schema {
  return json as Schema;
}

const SCHEMAS: readonly Schema[] = [
  obAchievementCredential,
  obEndorsementCredential,
  obProfile,
  obGetCredentialsResponse,
  obStatusInfo,
  clrCredential,
  clrAchievementCredential,
  clrEndorsementCredential,
  clrProfile,
  clrGetCredentialsResponse,
  clrStatusInfo,
  achievementCredential2022,
  endorsementCredential2022,
].map(asSchema);

/**
 * The 2022 drafts' files carry a `$id` that matches neither URL credentials name, so those
 * URLs are registered here explicitly (schemas/README of the fixture collection).
 */
const ALIASES: ReadonlyArray<readonly [string, object]> = [
  [
    'https://purl.imsglobal.org/spec/ob/v3p0/schema/achievementcredential.json',
    achievementCredential2022,
  ],
  [
    'https://imsglobal.github.io/openbadges-specification/schema/achievementcredential.json',
    achievementCredential2022,
  ],
  [
    'https://purl.imsglobal.org/spec/ob/v3p0/schema/endorsementcredential.json',
    endorsementCredential2022,
  ],
  [
    'https://imsglobal.github.io/openbadges-specification/schema/endorsementcredential.json',
    endorsementCredential2022,
  ],
];

function byId(): Map<string, Schema> {
  const map = new Map<string, Schema>();
  for (const schema of SCHEMAS) if (typeof schema.$id === 'string') map.set(schema.$id, schema);
  for (const [url, schema] of ALIASES) map.set(url, asSchema(schema));

  return map;
}

/** Every bundled schema under each URL a credential may name it by. */
export const BUNDLED_SCHEMAS: ReadonlyMap<string, Schema> = byId();
