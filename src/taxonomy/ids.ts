// Ids of taxonomy rows. Framework and competency ids are derived (SHA-256) from what identifies
// them, so a new version of a framework keeps every id and the edges and mappings that use them.

const ID_LENGTH = 22;

function base64url(bytes: Uint8Array): string {
  const base64 = btoa(String.fromCharCode(...bytes));
  return base64.replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

async function derived(prefix: string, text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `${prefix}${base64url(new Uint8Array(digest)).slice(0, ID_LENGTH)}`;
}

/** SHA-256 of a text, in hex: the content hash of files and imports. */
export async function sha256Hex(text: string | Uint8Array): Promise<string> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The id of the framework an owner (an organisation, or null for public) keeps at `uri`. */
export function frameworkIdFor(organisationId: string | null, uri: string): Promise<string> {
  return derived('fw_', `${organisationId ?? ''}\n${uri}`);
}

/** A function giving each key of one framework its competency id (memoised: keys repeat). */
export function competencyIds(frameworkId: string): (key: string) => Promise<string> {
  const known = new Map<string, Promise<string>>();

  return (key) => {
    let id = known.get(key);
    if (!id) {
      id = derived('cp_', `${frameworkId}\n${key}`);
      known.set(key, id);
    }
    return id;
  };
}

/** A fresh random id with a prefix (`im_` import job, `xe_` edge, `bm_` badge mapping). */
export function randomId(prefix: 'im_' | 'xe_' | 'bm_'): string {
  return `${prefix}${base64url(crypto.getRandomValues(new Uint8Array(16)))}`;
}
