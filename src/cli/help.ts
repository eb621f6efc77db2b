// The text `proofpath --help` prints.

export const HELP = `Usage: proofpath verify <file|url|-> [options]

Verifies one credential (Open Badges 3.0 or 2.0, a CLR, a W3C Verifiable Credential, a VC-JWT)
or a Verifiable Presentation and prints whether it is authentic and valid now. <file> is JSON, a
compact JWT, or a baked badge image (PNG or SVG); <url> is fetched through the outbound guard;
- reads standard input.

Options:
  --json               print the verification report as JSON, and nothing else
  --now <ISO 8601>     verify as of this instant (2026-01-31 or 2026-01-31T09:00:00Z)
  --documents <map>    serve documents from the files a JSON map names instead of the network
  --offline            treat every URL the map does not list as unreachable
  --challenge <nonce>  for a presentation: the one-time nonce you issued, which its proof
                       must answer (you vouch that it was not used before)
  --domain <domain>    for a presentation: the domain its proof must name (with --challenge)
  --recipient <id>     the candidate's email, URL, phone or DID: was the credential issued to
                       them? (compared with plain or salted-hash recipient identities)
  -h, --help           print this help

Exit codes: 0 valid, 1 invalid, 2 indeterminate, 64 usage error or unreadable input,
70 internal error.
`;
