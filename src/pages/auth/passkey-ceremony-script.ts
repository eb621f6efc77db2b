// The browser side of the passkey ceremonies, served as a static script (the pages allow
// `script-src 'self'` and no inline code). For each form marked `data-passkey` it fetches the
// options, calls `navigator.credentials.create()` or `.get()`, puts the credential (WebAuthn's
// JSON form, binary members as base64url) in the hidden `credential` field and posts the form.

/** The script's source. Plain ES2020 for every browser that has WebAuthn; no build step. */
export const PASSKEY_SCRIPT = `'use strict';
(() => {
  const toBytes = (text) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')),
    (c) => c.charCodeAt(0));
  const toText = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
    .replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
  const withIds = (list) => list.map((item) => ({ ...item, id: toBytes(item.id) }));

  const creationOptions = (o) => ({ ...o, challenge: toBytes(o.challenge),
    user: { ...o.user, id: toBytes(o.user.id) },
    excludeCredentials: withIds(o.excludeCredentials) });
  const requestOptions = (o) => ({ ...o, challenge: toBytes(o.challenge),
    allowCredentials: withIds(o.allowCredentials) });

  const common = (c, response) => ({ id: c.id, rawId: toText(c.rawId), type: c.type, response,
    clientExtensionResults: c.getClientExtensionResults() });
  const registrationJson = (c) => common(c, {
    clientDataJSON: toText(c.response.clientDataJSON),
    attestationObject: toText(c.response.attestationObject),
    transports: typeof c.response.getTransports === 'function' ? c.response.getTransports() : [],
  });
  const authenticationJson = (c) => common(c, {
    clientDataJSON: toText(c.response.clientDataJSON),
    authenticatorData: toText(c.response.authenticatorData),
    signature: toText(c.response.signature),
    userHandle: c.response.userHandle ? toText(c.response.userHandle) : null,
  });

  async function ceremony(form) {
    const body = new URLSearchParams({ csrf_token: form.elements.csrf_token.value });
    const answer = await fetch(form.dataset.passkeyOptions, { method: 'POST', body });
    if (!answer.ok) throw new Error('The options were refused.');
    const options = await answer.json();

    if (form.dataset.passkey === 'register') {
      const made = await navigator.credentials.create({ publicKey: creationOptions(options) });
      return registrationJson(made);
    }
    const used = await navigator.credentials.get({ publicKey: requestOptions(options) });
    return authenticationJson(used);
  }

  for (const form of document.querySelectorAll('form[data-passkey]')) {
    const status = form.querySelector('[data-passkey-status]');
    const button = form.querySelector('button[type=submit]');
    // WebAuthn refuses IP addresses as RP IDs (a local run at 127.0.0.1, for one).
    const atAddress = /^[0-9.]+$|^\\[/.test(location.hostname);
    if (!window.PublicKeyCredential || !navigator.credentials || atAddress) {
      status.textContent = atAddress ? status.dataset.needsDomain : status.dataset.unsupported;
      button.disabled = true;
      continue;
    }

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      button.disabled = true;
      status.textContent = status.dataset.waiting;
      ceremony(form).then((credential) => {
        form.elements.credential.value = JSON.stringify(credential);
        form.submit();
      }, (error) => {
        button.disabled = false;
        const closed = error && error.name === 'NotAllowedError';
        status.textContent = closed ? status.dataset.cancelled : status.dataset.failed;
      });
    });
  }
})();
`;
