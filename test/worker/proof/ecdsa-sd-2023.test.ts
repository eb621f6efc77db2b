// ecdsa-sd-2023 derived credentials through the whole engine: a P-256 did:key issuer, made with
// the reference implementation (see test/fixtures/vc-di-ecdsa/PROVENANCE.md). VC DI ECDSA §3.6.7.
import { decode, encode } from 'cborg';
import { base64url } from 'jose';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../support/engine';
import { fixtureJson } from '../support/fixtures';
import { encodeBase58, generateIssuer } from './ecdsa-signer';

// did:key needs no network; the server makes any request fail the test.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

type Json = Record<string, unknown>;
type Report = Awaited<ReturnType<typeof verify>>;

const GENERATED = 'vc-di-ecdsa/generated';
const SKILL = `${GENERATED}/derived-p256-skill.json`;
const ALL_SKILLS = `${GENERATED}/derived-p256-all-skills.json`;
const MANDATORY_ONLY = `${GENERATED}/derived-p256-mandatory-only.json`;
const BASE = `${GENERATED}/base-p256.json`;
const issuer = fixtureJson<{ id: string }>(`${GENERATED}/issuer-p256.json`);

function checkOf(report: Report, id: string) {
  return report.checks.find((c) => c.id === id);
}

function edited(path: string, edit: (copy: Json) => void): Json {
  const copy = fixtureJson(path);
  edit(copy);
  return copy;
}

function subjectOf(document: Json): Json {
  return document.credentialSubject as Json;
}

function proofOf(document: Json): Json {
  return document.proof as Json;
}

function run(value: Json): Promise<Report> {
  return verify({ kind: 'json', value });
}

type Parts = [Uint8Array, Uint8Array, Uint8Array[], Map<number, Uint8Array>, number[]];

/** The derived proof value decoded, edited and encoded again (header kept, no CBOR tags). */
function reencoded(path: string, edit: (parts: Parts) => void): Json {
  return edited(path, (copy) => {
    const bytes = base64url.decode((proofOf(copy).proofValue as string).slice(1));
    const parts = decode(bytes.subarray(3), { useMaps: true }) as Parts;
    edit(parts);
    const value = Uint8Array.from([...bytes.subarray(0, 3), ...encode(parts)]);
    proofOf(copy).proofValue = `u${base64url.encode(value)}`;
  });
}

describe('ecdsa-sd-2023 derived credentials', () => {
  it.each([
    ['one skill of two', SKILL],
    ['both skills', ALL_SKILLS],
    ['only what the issuer made mandatory', MANDATORY_ONLY],
  ])('accepts a derived credential disclosing %s', async (_what, path) => {
    const report = await run(fixtureJson(path));

    expect(checkOf(report, 'proof')?.code).toBe('signature_valid');
    expect(checkOf(report, 'proof')?.details?.cryptosuite).toBe('ecdsa-sd-2023');
    expect(report.verdict).toBe('valid');
  });

  it('binds the derived proof to the P-256 did:key issuer', async () => {
    const report = await run(fixtureJson(SKILL));

    expect(issuer.id).toMatch(/^did:key:zDn/);
    expect(checkOf(report, 'issuer_binding')?.code).toBe('issuer_controls_key');
    expect(checkOf(report, 'issuer_binding')?.details?.controller).toBe(issuer.id);
  });
});

describe('attacks on ecdsa-sd-2023 derived proofs', () => {
  it('fails a disclosed value altered by the holder', async () => {
    const credential = edited(SKILL, (copy) => {
      (subjectOf(copy).skills as Json[])[0] = { skillName: 'MIG welding', level: 'expert' };
    });

    const report = await run(credential);

    expect(checkOf(report, 'proof')?.code).toBe('signature_invalid');
    expect(report.verdict).toBe('invalid');
  });

  it('fails an altered mandatory value', async () => {
    const credential = edited(SKILL, (copy) => {
      copy.name = 'Master Welder Certificate';
    });

    expect(checkOf(await run(credential), 'proof')?.code).toBe('signature_invalid');
  });

  it('fails a claim added that the issuer never signed', async () => {
    const credential = edited(SKILL, (copy) => {
      subjectOf(copy).employeeNumber = 'E-00001';
    });
    const proof = checkOf(await run(credential), 'proof');

    expect(proof?.code).toBe('signature_invalid');
    expect(proof?.message).toMatch(/do not match the signatures/);
  });

  it('fails a disclosed object whose blank node has no signed label', async () => {
    const credential = edited(SKILL, (copy) => {
      subjectOf(copy).award = { awardName: 'Invented' };
    });
    const proof = checkOf(await run(credential), 'proof');

    expect(proof?.code).toBe('signature_invalid');
    expect(proof?.message).toMatch(/never signed/);
  });

  it('fails a disclosed claim removed while its signature stays', async () => {
    const credential = edited(ALL_SKILLS, (copy) => {
      delete (subjectOf(copy).skills as Json[])[1]?.level;
    });

    expect(checkOf(await run(credential), 'proof')?.code).toBe('signature_invalid');
  });

  it('fails a derived proof whose key was swapped for another P-256 did:key', async () => {
    const other = await generateIssuer('P-256');
    const credential = edited(SKILL, (copy) => {
      copy.issuer = other.did;
      proofOf(copy).verificationMethod = other.verificationMethod;
    });

    expect(checkOf(await run(credential), 'proof')?.code).toBe('signature_invalid');
  });

  it('fails a proof value that is base58btc instead of base64url', async () => {
    const credential = edited(SKILL, (copy) => {
      proofOf(copy).proofValue = `z${encodeBase58(new Uint8Array([0xd9, 0x5d, 0x01, 0x80]))}`;
    });

    expect(checkOf(await run(credential), 'proof')?.code).toBe('proof_value_malformed');
  });

  it('fails a truncated derived proof value', async () => {
    const credential = edited(SKILL, (copy) => {
      const value = proofOf(copy).proofValue as string;
      proofOf(copy).proofValue = value.slice(0, value.length - 20);
    });

    expect(checkOf(await run(credential), 'proof')?.code).toBe('proof_value_malformed');
  });
});

describe('attacks on the parts of a derived proof value', () => {
  it('keeps a re-encoded, unedited proof value valid (the edits below are the only change)', async () => {
    const credential = reencoded(ALL_SKILLS, () => {});

    expect(checkOf(await run(credential), 'proof')?.code).toBe('signature_valid');
  });

  it('fails statement signatures given in another order', async () => {
    const credential = reencoded(ALL_SKILLS, (parts) => {
      parts[2].reverse();
    });

    expect(checkOf(await run(credential), 'proof')?.code).toBe('signature_invalid');
  });

  it('fails a disclosed statement passed off as mandatory, its signature dropped', async () => {
    const credential = reencoded(ALL_SKILLS, (parts) => {
      const mandatory = parts[4];
      const first = [...Array(mandatory.length + parts[2].length).keys()].find(
        (index) => !mandatory.includes(index),
      ) as number;
      parts[4] = [...mandatory, first].sort((a, b) => a - b);
      parts[2].shift();
    });
    const proof = checkOf(await run(credential), 'proof');

    expect(proof?.code).toBe('signature_invalid');
    expect(proof?.message).toMatch(/altered or signed by another key/);
  });

  it('fails a label map that swaps two blank node labels', async () => {
    const credential = reencoded(ALL_SKILLS, (parts) => {
      const labels = parts[3];
      const [first, second] = [labels.get(0), labels.get(1)] as Uint8Array[];
      labels.set(0, second as Uint8Array).set(1, first as Uint8Array);
    });

    expect(checkOf(await run(credential), 'proof')?.code).toBe('signature_invalid');
  });
});

describe('ecdsa-sd-2023 base proofs', () => {
  it('refuses a base proof presented to a verifier: the holder must derive', async () => {
    const report = await run(fixtureJson(BASE));
    const proof = checkOf(report, 'proof');

    expect(proof?.status).toBe('failed');
    expect(proof?.code).toBe('base_proof_presented');
    expect(proof?.message).toMatch(/holder must derive/);
    expect(report.verdict).toBe('invalid');
  });
});
