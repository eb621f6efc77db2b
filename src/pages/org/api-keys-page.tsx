// The API keys page: a new key shown once, the form that creates one, and every key with its
// scopes, last use and a revoke button.
import type { ApiKeyScope } from '../../auth/permissions';
import { CsrfField } from '../auth/csrf-field';
import { FormError } from '../auth/form-error';
import { formatInstant } from '../format';
import { ORG_WORDS, SCOPE_LABELS } from './messages';
import { OrgFrame } from './org-frame';
import type { Viewer } from './viewer';

/** A key as the table shows it: never the secret, only its first characters. */
export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface ApiKeysPageProps {
  viewer: Viewer;
  keys: ApiKeyView[];
  /** The scopes the viewer may give a key. */
  grantable: ApiKeyScope[];
  /** A key just created: its secret, shown this once. */
  createdKey?: string;
  error?: string;
}

function scopeLabel(scope: string): string {
  return (SCOPE_LABELS as Record<string, string>)[scope] ?? scope;
}

function KeyRow({ apiKey, csrf }: { apiKey: ApiKeyView; csrf: string }) {
  return (
    <tr>
      <td>{apiKey.name}</td>
      <td>
        <code>{`${apiKey.prefix}…`}</code>
      </td>
      <td>{apiKey.scopes.map(scopeLabel).join(', ')}</td>
      <td>{formatInstant(apiKey.createdAt)}</td>
      <td>{apiKey.lastUsedAt ? formatInstant(apiKey.lastUsedAt) : ORG_WORDS.never}</td>
      <td>
        {apiKey.revokedAt ? (
          `${ORG_WORDS.revokedOn} ${formatInstant(apiKey.revokedAt)}`
        ) : (
          <form class="inline" method="post" action={`/org/api-keys/${apiKey.id}/revoke`}>
            <CsrfField token={csrf} />
            <button type="submit" aria-label={`${ORG_WORDS.revokeKey} ${apiKey.name}`}>
              {ORG_WORDS.revokeKey}
            </button>
          </form>
        )}
      </td>
    </tr>
  );
}

function CreateKeyForm({ grantable, csrf }: { grantable: ApiKeyScope[]; csrf: string }) {
  return (
    <form class="card" method="post" action="/org/api-keys">
      <h2>{ORG_WORDS.createKeyHeading}</h2>
      <CsrfField token={csrf} />
      <label for="key-name">{ORG_WORDS.keyNameLabel}</label>
      <input id="key-name" name="name" type="text" required aria-describedby="key-name-hint" />
      <p id="key-name-hint" class="hint">
        {ORG_WORDS.keyNameHint}
      </p>
      <fieldset>
        <legend>{ORG_WORDS.scopesLegend}</legend>
        {grantable.map((scope) => (
          <div>
            <input id={`scope-${scope}`} name="scopes" type="checkbox" value={scope} />{' '}
            <label class="check" for={`scope-${scope}`}>
              {scopeLabel(scope)}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit">{ORG_WORDS.createKey}</button>
    </form>
  );
}

function NewKey({ secret }: { secret: string }) {
  return (
    <section class="card" aria-labelledby="new-key-heading">
      <h2 id="new-key-heading">{ORG_WORDS.newKeyHeading}</h2>
      <label for="new-api-key">{ORG_WORDS.newKeyLabel}</label>
      <input id="new-api-key" type="text" value={secret} readonly />
      <p class="hint">{ORG_WORDS.newKeyHint}</p>
    </section>
  );
}

/** The API keys page. */
export function ApiKeysPage(props: ApiKeysPageProps) {
  const csrf = props.viewer.csrfToken;

  return (
    <OrgFrame title={ORG_WORDS.apiKeysTitle} viewer={props.viewer}>
      <p>{ORG_WORDS.apiKeysIntro}</p>
      <FormError heading={ORG_WORDS.changeRefusedHeading} text={props.error} />
      {props.createdKey ? <NewKey secret={props.createdKey} /> : null}
      <CreateKeyForm grantable={props.grantable} csrf={csrf} />
      <h2>{ORG_WORDS.keysHeading}</h2>
      {props.keys.length === 0 ? <p>{ORG_WORDS.noKeys}</p> : null}
      {props.keys.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{ORG_WORDS.keyNameLabel}</th>
              <th scope="col">{ORG_WORDS.keyColumn}</th>
              <th scope="col">{ORG_WORDS.scopesColumn}</th>
              <th scope="col">{ORG_WORDS.createdColumn}</th>
              <th scope="col">{ORG_WORDS.lastUsedColumn}</th>
              <th scope="col">{ORG_WORDS.statusColumn}</th>
            </tr>
          </thead>
          <tbody>
            {props.keys.map((apiKey) => (
              <KeyRow apiKey={apiKey} csrf={csrf} />
            ))}
          </tbody>
        </table>
      ) : null}
    </OrgFrame>
  );
}
