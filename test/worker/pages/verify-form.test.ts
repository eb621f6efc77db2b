import { describe, expect, it } from 'vitest';
import signedDataInt from '../../fixtures/vc-di/w3c-vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json';
import { countRows, freezeClock, homeForm, ORIGIN, postHomeForm, send } from '../http/support';

freezeClock();

const VERDICT_WORDS = ['Valid', 'Not valid', 'Could not be fully checked'];

function submit(fields: Record<string, string>) {
  return postHomeForm(new URLSearchParams(fields));
}

async function expectFormError(fields: Record<string, string>, status: number, words: string) {
  const before = await countRows('verifications');

  const res = await submit(fields);

  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  const html = await res.text();
  expect(html).toContain('role="alert"');
  expect(html).toContain(words);
  expect(html).toContain('<form');
  expect(await countRows('verifications')).toBe(before);
  return html;
}

describe('the verification form', () => {
  it('verifies pasted JSON, stores the report and redirects 303 to its page', async () => {
    const before = await countRows('verifications');

    const res = await submit({ credential: JSON.stringify(signedDataInt), url: '' });

    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/verifications\/[A-Za-z0-9_-]{22}$/);
    expect(await countRows('verifications')).toBe(before + 1);
  });

  it('leads to a report page with the verdict in words and every check in order', async () => {
    const res = await submit({ credential: JSON.stringify(signedDataInt), url: '' });
    const location = res.headers.get('location') ?? '';
    const id = location.split('/').pop() ?? '';
    const api = await (await send(`${ORIGIN}/api/v1/verifications/${id}`)).json();
    const report = api as { checks: Array<{ message: string }> };

    const page = await send(`${ORIGIN}${location}`);

    expect(page.status).toBe(200);
    const html = await page.text();
    expect(VERDICT_WORDS.some((words) => html.includes(`<strong>${words}</strong>`))).toBe(true);
    const positions = report.checks.map((check) => html.indexOf(escapeHtml(check.message)));
    expect(positions.every((at) => at > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('refuses an empty form with a readable message (400)', async () => {
    await expectFormError({ credential: '', url: '' }, 400, 'There was nothing to verify');
  });

  it('refuses a form with both a credential and a link (400)', async () => {
    const fields = { credential: '{}', url: 'https://badges.example.org/a.json' };
    await expectFormError(fields, 400, 'Give just one thing to verify');
  });

  it('refuses a link the guard forbids (400), keeping what was typed', async () => {
    const html = await expectFormError({ credential: '', url: 'https://127.0.0.1/x' }, 400, '');

    expect(html).toContain('value="https://127.0.0.1/x"');
  });

  it('refuses a body that is not a web form: it cannot carry the form token (403 page)', async () => {
    const { cookie } = await homeForm();
    const res = await send(`${ORIGIN}/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{}',
    });

    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  });
});

describe('attacks: markup inside a pasted credential', () => {
  it('puts typed text back into the form escaped', async () => {
    const html = await expectFormError(
      { credential: '', url: 'https://127.0.0.1/"><script>alert(1)</script>' },
      400,
      '',
    );

    expect(html).not.toContain('<script>alert(1)</script>');
  });
});

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
