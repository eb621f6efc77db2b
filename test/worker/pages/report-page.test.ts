import { describe, expect, it, vi } from 'vitest';
import basic from '../../fixtures/ob3/1edtech-spec-examples/basicOpenBadgeCredential.unsigned.json';
import { freezeClock, NOW, ORIGIN, postJson, send } from '../http/support';

freezeClock();

const DAY = 86_400_000;

async function createReport(credential: unknown) {
  const res = await postJson({ credential });
  return (await res.json()) as { id: string; permalink: string; verdict: string };
}

async function reportPage(id: string) {
  const res = await send(`${ORIGIN}/verifications/${id}`);
  return { res, html: await res.text() };
}

describe('the report page', () => {
  it('shows issuer, achievement, validity dates, authenticity, permalink and times', async () => {
    const created = await createReport(basic);

    const { res, html } = await reportPage(created.id);

    expect(res.status).toBe(200);
    expect(html).toContain('Example Corp');
    expect(html).toContain('https://example.com/issuers/876543');
    expect(html).toContain('Teamwork');
    expect(html).toContain('2010-01-01T00:00:00Z');
    expect(html).toContain('Authentic');
    expect(html).toContain(`<a href="${created.permalink}">${created.permalink}</a>`);
    expect(html).toContain('2026-11-01 09:30 UTC');
    expect(html).toContain('2026-12-01 09:30 UTC');
  });

  it('names the verdict in words', async () => {
    const created = await createReport({ hello: 'world' });

    const { html } = await reportPage(created.id);

    expect(created.verdict).toBe('invalid');
    expect(html).toContain('<strong>Not valid</strong>');
  });

  it('keeps search engines away', async () => {
    const created = await createReport(basic);

    const { res, html } = await reportPage(created.id);

    expect(res.headers.get('x-robots-tag')).toBe('noindex');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>');
  });

  it('is a readable 404 page for an unknown id', async () => {
    const { res, html } = await reportPage('AAAAAAAAAAAAAAAAAAAAAA');

    expect(res.status).toBe(404);
    expect(html).toContain('There is no report at this address');
  });

  it('is a 404 page once the report has expired', async () => {
    const created = await createReport(basic);
    vi.setSystemTime(new Date(NOW.getTime() + 30 * DAY));

    const { res } = await reportPage(created.id);

    expect(res.status).toBe(404);
  });
});

describe('attacks: markup inside a credential', () => {
  const hostile = {
    ...basic,
    issuer: {
      ...basic.issuer,
      name: '<script>alert("issuer")</script>',
      image: 'data:image/svg+xml,<svg onload="alert(1)"></svg>',
    },
    credentialSubject: {
      ...basic.credentialSubject,
      achievement: {
        ...basic.credentialSubject.achievement,
        name: '<img src=x onerror=alert(2)><svg><script>alert(3)</script></svg>',
      },
    },
  };

  it('renders names from the credential as text, never as markup', async () => {
    const created = await createReport(hostile);

    const { html } = await reportPage(created.id);

    expect(html).not.toMatch(/<script|<svg|<img/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;issuer&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });
});
