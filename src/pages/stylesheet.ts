// The one stylesheet, served from /assets/style.css (the CSP allows styles from 'self' only).

/** Path the layout links to; the asset route serves `STYLESHEET` there. */
export const STYLESHEET_PATH = '/assets/style.css';

const MONO = 'ui-monospace, SFMono-Regular, Menlo, monospace';

export const STYLESHEET = `
:root {
  color-scheme: light;
  --ink: #1d2430; --muted: #5b6472; --line: #d9dee5; --paper: #ffffff; --wash: #f5f7fa;
  --accent: #1f5fbf; --ok: #1c6b3a; --ok-bg: #e6f4ea; --bad: #a4262c; --bad-bg: #fbe9ea;
  --warn: #7a5200; --warn-bg: #fff4d6; --unk: #4a4f58; --unk-bg: #eceff3;
}
* { box-sizing: border-box; }
body {
  margin: 0; background: var(--wash); color: var(--ink);
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
a { color: var(--accent); }
a:focus, button:focus, input:focus, textarea:focus {
  outline: 3px solid #8ab4f8; outline-offset: 1px;
}
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--paper); padding: .5rem; }
header.site, footer.site { background: var(--paper); border-bottom: 1px solid var(--line); }
footer.site { border-top: 1px solid var(--line); border-bottom: 0; margin-top: 3rem; }
header.site .inner, footer.site .inner { padding: .75rem 1rem; }
header.site a { font-weight: 700; text-decoration: none; color: var(--ink); }
.inner, main { max-width: 52rem; margin: 0 auto; }
main { padding: 1.5rem 1rem; }
h1 { font-size: 1.75rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; }
.card {
  background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 1.25rem;
}
label { display: block; font-weight: 600; margin: 1rem 0 .25rem; }
.hint { color: var(--muted); font-size: .9rem; margin: .25rem 0 0; }
textarea, input[type="url"] {
  width: 100%; padding: .6rem; border: 1px solid #aab2bd; border-radius: 6px; font: inherit;
}
textarea { min-height: 14rem; font-family: ${MONO}; font-size: .85rem; }
button {
  margin-top: 1.25rem; padding: .6rem 1.4rem; border: 0; border-radius: 6px;
  background: var(--accent); color: #fff; font: inherit; font-weight: 600; cursor: pointer;
}
.alert {
  border-left: 4px solid var(--bad); background: var(--bad-bg); padding: .75rem 1rem;
  margin-bottom: 1rem;
}
.alert h2 { margin: 0 0 .25rem; font-size: 1rem; }
.verdict { border-radius: 8px; padding: 1rem 1.25rem; border: 1px solid var(--line); }
.verdict h2 { margin: 0 0 .25rem; font-size: 1rem; color: var(--muted); }
.verdict p { margin: .25rem 0 0; }
.verdict strong { font-size: 1.5rem; }
.verdict-valid { background: var(--ok-bg); border-color: var(--ok); }
.verdict-invalid { background: var(--bad-bg); border-color: var(--bad); }
.verdict-indeterminate { background: var(--warn-bg); border-color: var(--warn); }
dl.facts {
  display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: .4rem 1rem; margin: 0;
}
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: break-word; min-width: 0; }
@media (max-width: 40rem) {
  dl.facts { grid-template-columns: 1fr; gap: .1rem; }
  dl.facts dd { margin-bottom: .5rem; }
}
ol.checks { list-style: none; padding: 0; margin: 0; }
ol.checks li {
  background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  padding: .75rem 1rem; margin-bottom: .5rem;
}
.status {
  display: inline-block; min-width: 9.5rem; text-align: center; font-weight: 700; border-radius: 4px;
  padding: 0 .5rem; margin-right: .5rem;
}
.status-passed { color: var(--ok); background: var(--ok-bg); }
.status-failed { color: var(--bad); background: var(--bad-bg); }
.status-warning { color: var(--warn); background: var(--warn-bg); }
.status-unknown, .status-not_applicable { color: var(--unk); background: var(--unk-bg); }
.check-name { font-weight: 600; }
.check-message { margin: .35rem 0 0; }
.code { color: var(--muted); font-family: ${MONO}; font-size: .8rem; margin: .25rem 0 0; }
pre {
  background: #0f1720; color: #e6edf3; padding: .75rem; border-radius: 6px; overflow-x: auto;
  font-size: .8rem;
}
table { border-collapse: collapse; width: 100%; background: var(--paper); }
th, td {
  border: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top;
}
.method { font-family: ${MONO}; font-weight: 700; margin-right: .5rem; }
section.card { margin-bottom: 1.5rem; }
form.card { margin-bottom: 1.5rem; }
.nested-list { list-style: none; padding: 0; }
.nested { margin-bottom: .75rem; }
.nested .verdict-word { border: 1px solid; margin-right: .5rem; }
.nested p { margin: .25rem 0; color: var(--muted); }
.nested details { margin-top: .5rem; }
header.site .inner {
  display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center;
  gap: .5rem 1rem;
}
nav.account, nav.org { display: flex; gap: .75rem; align-items: center; }
nav.org { margin: 0 0 1.5rem; }
nav.account a { font-weight: 400; }
form.inline { display: inline-flex; gap: .5rem; align-items: center; margin: 0 .5rem .25rem 0; }
form.inline button { margin-top: 0; padding: .3rem .8rem; }
input[type=email], input[type=password], input[type=text], select {
  width: 100%; max-width: 28rem; padding: .6rem; border: 1px solid #aab2bd; border-radius: 6px;
  font: inherit;
}
fieldset { border: 1px solid var(--line); border-radius: 6px; margin-top: 1rem; }
label.check { display: inline; font-weight: 400; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap;
}
`;
