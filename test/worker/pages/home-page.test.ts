import { describe, expect, it } from 'vitest';
import { ORIGIN, send } from '../http/support';

describe('the home page', () => {
  it('offers a paste box and a URL field, each with a label, posting to /verify', async () => {
    const res = await send(`${ORIGIN}/`);

    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(
      '<form class="card" method="post" action="/verify" enctype="multipart/form-data">',
    );
    expect(html).toContain('<label for="credential">');
    expect(html).toContain('<textarea id="credential" name="credential"');
    expect(html).toContain('<label for="url">');
    expect(html).toContain('id="url" name="url" type="url"');
  });

  it('links the stylesheet and uses no inline style or script', async () => {
    const html = await (await send(`${ORIGIN}/`)).text();

    expect(html).toContain('<link rel="stylesheet" href="/assets/style.css"/>');
    expect(html).not.toMatch(/<script|<style|\sstyle=/);
  });
});

describe('the stylesheet', () => {
  it('is served as text/css', async () => {
    const res = await send(`${ORIGIN}/assets/style.css`);

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await res.text()).toContain('.verdict');
  });
});

describe('a missing page', () => {
  it('is a readable 404 page', async () => {
    const res = await send(`${ORIGIN}/nothing/here`);

    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('There is no page at this address.');
  });
});
