// The hidden field that carries a form's CSRF token (checked by src/http/middleware/csrf.ts).

/** The name of the field; the same as `CSRF_FIELD` in the middleware. */
export const CSRF_FIELD_NAME = 'csrf_token';

/** `<input type="hidden" name="csrf_token">` with the token of this browser's session or form. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name={CSRF_FIELD_NAME} value={token} />;
}
