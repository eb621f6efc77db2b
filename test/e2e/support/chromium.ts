// Debian's Chromium, driven by playwright-core. Playwright gives each launch a fresh, empty
// profile (user data directory) in the temporary folder and deletes it when the browser closes.
import { accessSync, constants } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser; `CHROMIUM_PATH` overrides it. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a headless run on a machine with no network beyond loopback. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** The Chromium executable to use; throws a message naming the package when it is missing. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;

  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium is not installed at ${path}. The end-to-end tests need Debian's package: ` +
        'run `apt-get install -y chromium` as root, or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return path;
}

/** Starts a headless Chromium with a fresh profile. Close it with `browser.close()`. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
