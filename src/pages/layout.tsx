// The page frame: doctype, language, title, the stylesheet, a skip link, header and footer.
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { AccountNav, type AccountNavAccount } from './auth/account-nav';
import { MESSAGES } from './messages';
import { STYLESHEET_PATH } from './stylesheet';

export interface LayoutProps {
  title: string;
  /** Keeps search engines away from pages reached only by an unguessable link. */
  noIndex?: boolean;
  /** The signed-in member for the header's account corner; absent shows a sign-in link. */
  account?: AccountNavAccount | null;
  children?: Child;
}

/** Wraps a page's content in the site frame. */
export function Layout({ title, noIndex = false, account, children }: LayoutProps) {
  return (
    <>
      {raw('<!doctype html>')}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          {noIndex ? <meta name="robots" content="noindex, nofollow" /> : null}
          <title>{`${title} · ${MESSAGES.siteName}`}</title>
          <link rel="stylesheet" href={STYLESHEET_PATH} />
          <link rel="icon" href="data:," />
        </head>
        <body>
          <a class="skip" href="#main">
            Skip to content
          </a>
          <header class="site">
            <div class="inner">
              <a href="/">{MESSAGES.siteName}</a>
              <AccountNav account={account} />
            </div>
          </header>
          <main id="main">{children}</main>
          <footer class="site">
            <div class="inner">
              <a href="/api/docs">{MESSAGES.apiDocs}</a>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}
