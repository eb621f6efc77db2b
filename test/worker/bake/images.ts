// Image fixtures as bytes, keyed by their path under test/fixtures/baked/ (workerd has no file
// system). PNGs arrive as base64 data: URLs; SVGs as raw text, since Vite rewrites inlined SVGs.

const PREFIX = '../../fixtures/baked/';

const pngs = import.meta.glob<string>('../../fixtures/baked/**/*.png', {
  eager: true,
  query: '?inline',
  import: 'default',
});

const svgs = import.meta.glob<string>('../../fixtures/baked/**/*.svg', {
  eager: true,
  query: '?raw',
  import: 'default',
});

function decodeBase64DataUrl(url: string): Uint8Array {
  const base64 = url.slice(url.indexOf(';base64,') + ';base64,'.length);
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

const IMAGES: ReadonlyMap<string, Uint8Array> = new Map([
  ...Object.entries(pngs).map(([path, url]) => [path, decodeBase64DataUrl(url)] as const),
  ...Object.entries(svgs).map(([path, text]) => [path, new TextEncoder().encode(text)] as const),
]);

/** The bytes of `test/fixtures/baked/<path>`. */
export function imageBytes(path: string): Uint8Array {
  const bytes = IMAGES.get(PREFIX + path);
  if (bytes === undefined) throw new Error(`no image fixture ${path}`);
  return bytes;
}
