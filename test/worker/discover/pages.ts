// Hand-made pages shaped like the heads the badge platforms serve (title, Open Graph tags,
// canonical link, app shell), and small Open Badges 2.0 documents shaped like their JSON.

export const CREDLY_ID = '5e02ea9f-cf2e-4847-a88b-f2498834a156';
export const CREDLY_PAGE = `https://www.credly.com/badges/${CREDLY_ID}/public_url`;
export const CREDLY_ASSERTION = `https://api.credly.com/v1/obi/v2/badge_assertions/${CREDLY_ID}`;
const CREDLY_ISSUER =
  'https://api.credly.com/v1/obi/v2/issuers/12b808a7-249d-42fe-a63d-30ffba7bb1fb';
const CREDLY_TEMPLATE = '670dcefd-e914-4707-9691-80496ee60360';
export const CREDLY_BADGE_CLASS = `${CREDLY_ISSUER}/badge_classes/${CREDLY_TEMPLATE}`;

export const BADGR_ID = 'i9CirfwJTuSfiqg0FFUBdQ';
const BADGR_RECIPIENT = 'identity__email=jane%40example.org';
export const BADGR_PAGE = `https://badgr.com/public/assertions/${BADGR_ID}?${BADGR_RECIPIENT}`;
export const BADGR_API = `https://api.badgr.io/public/assertions/${BADGR_ID}`;

/** An HTML answer, as a web server sends a page. */
export function htmlAnswer(html: string, status = 200): Response {
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** A JSON answer with the given media type. */
export function jsonAnswer(value: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(value), { headers: { 'content-type': type } });
}

export function credlyPage(): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Cloud Practitioner was issued by Example Training to Jane Doe.</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Cloud Practitioner">
<meta property="og:image" content="https://images.credly.com/size/1200x630/images/x/image.png">
<meta property="og:url" content="https://www.credly.com/badges/${CREDLY_ID}">
<link rel="canonical" href="https://www.credly.com/badges/${CREDLY_ID}">
<link rel="stylesheet" href="https://cdn.credly.com/assets/application.css">
<script>window.initialState = {"badge": {"id": "${CREDLY_ID}"}};</script>
</head>
<body><div id="root"></div>
<script src="https://cdn.credly.com/assets/application.js"></script></body>
</html>`;
}

export function badgrAppShell(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Badgr</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <link rel="stylesheet" href="styles.3f1a2b.css">
</head>
<body>
  <app-root></app-root>
  <script src="runtime.9c1d.js" defer></script><script src="main.77ab.js" defer></script>
</body>
</html>`;
}

export function accrediblePage(): string {
  return `<!DOCTYPE html><html lang="en"><head>
<meta charset="utf-8"><title>Jane Doe - Data Fundamentals - Example Academy</title>
<meta property="og:title" content="Data Fundamentals">
<meta property="og:image"
  content="https://api.accredible.com/v1/frontend/credential_website_embed_image/badge/1">
<link rel="canonical" href="https://www.credential.net/1b158799-77b9-4257-9ef3-43750f6af0df">
</head><body><app-root></app-root><script src="main.js"></script></body></html>`;
}

export function openBadgeFactoryPage(): string {
  return `<!DOCTYPE html>
<html><head>
<meta charset="utf-8"><title>Exploring Artificial Intelligence</title>
<meta property="og:title" content="Exploring Artificial Intelligence">
<meta property="og:image" content="https://openbadgefactory.com/v1/badge/_/X/image">
<link rel="stylesheet" href="/css/assertion.css">
</head>
<body><div class="badge"><h1>Exploring Artificial Intelligence</h1></div></body></html>`;
}

/** Open Badge Passport (salava) badge page: Open Graph tags and an oEmbed alternate only. */
export function openBadgePassportPage(): string {
  const page = 'https://openbadgepassport.com/app/badge/info/123456';
  return `<!DOCTYPE html>
<html dir="ltr"><head><title>Open Badge Passport</title><meta charset="utf-8">
<meta property="og:sitename" content="Open Badge Passport">
<meta property="og:title" content="Team Work">
<link rel="alternate" type="application/json+oembed"
  href="https://openbadgepassport.com/app/obpv1/oembed?url=${page}" title="Team Work">
<link type="text/css" href="/css/custom.css" rel="stylesheet" media="screen">
<script type="text/javascript">function salavaCoreCtx() { return {}; }</script>
</head><body class="anon"><div id="app"></div></body></html>`;
}

/** A page that names a JSON version of itself in its head. */
export function pageWithAlternate(href: string, type = 'application/ld+json'): string {
  return `<!DOCTYPE html><html><head><title>Badge</title>
<link rel="alternate" type="${type}" href="${href}">
</head><body><h1>Badge</h1></body></html>`;
}

export function credlyAssertion(): Record<string, unknown> {
  return {
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'Assertion',
    id: CREDLY_ASSERTION,
    badge: CREDLY_BADGE_CLASS,
    issuedOn: '2026-04-01T14:41:00.000Z',
    recipient: {
      type: 'email',
      identity: 'sha256$b36a83701f1c3191e19722d6f90274bc1b5501fe69ebf33313e440fe4b0fe210',
      hashed: true,
    },
    verification: { type: 'hosted' },
  };
}

export function credlyBadgeClass(): Record<string, unknown> {
  return {
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'BadgeClass',
    id: CREDLY_BADGE_CLASS,
    name: 'Cloud Practitioner',
    description: 'Awarded for passing the exam.',
    image: 'https://images.credly.com/images/x/image.png',
    criteria: { narrative: 'Pass the exam.' },
    issuer: CREDLY_ISSUER,
  };
}

export function credlyIssuer(): Record<string, unknown> {
  return {
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'Issuer',
    id: CREDLY_ISSUER,
    name: 'Example Training',
    url: 'https://training.example',
    email: 'badges@training.example',
  };
}

export function badgrAssertion(): Record<string, unknown> {
  return {
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'Assertion',
    id: BADGR_API,
    badge: 'https://api.badgr.io/public/badges/K829IK8RS6ercwkpeFOn-Q',
    image: `${BADGR_API}/image`,
    issuedOn: '2026-07-03T02:36:08.811Z',
    recipient: { type: 'email', identity: 'sha256$4c2657856f', hashed: true, salt: 'jgsu868' },
    verification: { type: 'HostedBadge' },
  };
}
