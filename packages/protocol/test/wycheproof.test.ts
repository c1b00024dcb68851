/**
 * Project Wycheproof test vectors against both crypto providers.
 *
 * The vector files are not part of this repository: they are read from
 * `<repo root>/../shared/vectors/wycheproof/`, or from `$WYCHEPROOF_DIR` when set. A missing
 * directory or file skips the matching suite with a warning naming the path (also under CI,
 * since the vectors live outside the repository).
 *
 * What goes through our wrappers, and what counts as a pass:
 * - AES-GCM: only groups with a 256-bit key, a 96-bit IV and a 128-bit tag, the one
 *   configuration the protocol uses. Every other group is out of scope and counted; for those
 *   the wrappers must refuse the input (a RangeError/TypeError on the key or IV length) and
 *   never return a plaintext. valid: seal gives ct || tag and open gives msg. invalid: open
 *   returns undefined (or throws a RangeError/TypeError), never a plaintext. acceptable
 *   (none in the current file): open may refuse, but a plaintext it returns must be msg.
 * - X25519: when the expected shared secret is all zero (LowOrderPublic / ZeroSharedSecret),
 *   `x25519` must return undefined: we reject low-order points (RFC 7748 §6.1). Otherwise,
 *   valid and acceptable (twist points, non-canonical public keys) must give exactly the
 *   listed shared secret. invalid (none in the current file): no shared secret comes out.
 * - Ed25519: valid: verify is true, and when the group carries a secret key, signing
 *   reproduces the signature. invalid: verify is false and does not throw. acceptable: either
 *   answer, but no throw.
 * - HKDF-SHA256: valid: the output equals okm. invalid (SizeTooLarge): hkdfSha256 throws a
 *   RangeError or TypeError instead of returning bytes.
 * - HMAC-SHA256: only groups with full 256-bit tags; truncated-tag groups are out of scope and
 *   counted. valid: the MAC equals tag. invalid: the MAC differs from tag.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { CryptoProvider } from '../src/index.js';
import { PROVIDERS } from './helpers.js';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const WYCHEPROOF_DIR = process.env.WYCHEPROOF_DIR ? resolve(process.env.WYCHEPROOF_DIR) : resolve(REPO_ROOT, '../shared/vectors/wycheproof');

interface TestCase {
  tcId: number;
  comment: string;
  flags: string[];
  result: 'valid' | 'invalid' | 'acceptable';
  [field: string]: unknown;
}

interface TestGroup {
  tests: TestCase[];
  [field: string]: unknown;
}

interface WycheproofFile {
  algorithm: string;
  numberOfTests: number;
  testGroups: TestGroup[];
}

/** What one file did against one provider. */
interface Outcome {
  run: number;
  outOfScope: number;
  failures: string[];
}

type Checker = (crypto: CryptoProvider, file: WycheproofFile) => Outcome;

function hex(s: unknown): Uint8Array {
  if (typeof s !== 'string') throw new TypeError(`expected a hex string, got ${typeof s}`);
  return new Uint8Array(Buffer.from(s, 'hex'));
}

function toHex(b: Uint8Array | undefined): string | undefined {
  return b === undefined ? undefined : Buffer.from(b).toString('hex');
}

function label(t: TestCase): string {
  return `tcId ${t.tcId} (${t.result}${t.flags.length ? `, ${t.flags.join(' ')}` : ''}${t.comment ? `, ${t.comment}` : ''})`;
}

function isTypedArgumentError(e: unknown): boolean {
  return e instanceof RangeError || e instanceof TypeError;
}

function describeError(e: unknown): string {
  return e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e);
}

/** Runs `open`, mapping a typed argument error to a refusal; any other throw is reported. */
function tryOpen(open: () => Uint8Array | undefined): { refused: true; how: string } | { refused: false; plaintext: Uint8Array } {
  try {
    const plaintext = open();
    return plaintext === undefined ? { refused: true, how: 'undefined' } : { refused: false, plaintext };
  } catch (e) {
    if (isTypedArgumentError(e)) return { refused: true, how: describeError(e) };
    throw e;
  }
}

const checkAesGcm: Checker = (crypto, file) => {
  const out: Outcome = { run: 0, outOfScope: 0, failures: [] };
  for (const group of file.testGroups) {
    const inScope = group.keySize === 256 && group.ivSize === 96 && group.tagSize === 128;
    for (const t of group.tests) {
      const key = hex(t.key);
      const iv = hex(t.iv);
      const aad = hex(t.aad);
      const msg = hex(t.msg);
      const sealed = hex(`${t.ct as string}${t.tag as string}`);
      try {
        if (!inScope) {
          // Not a configuration we support: the wrappers must say so, not compute something.
          out.outOfScope++;
          const opened = tryOpen(() => crypto.aesGcmOpen(key, iv, sealed, aad));
          if (!opened.refused) out.failures.push(`${label(t)}: open accepted an out-of-scope group (key ${group.keySize}, iv ${group.ivSize}, tag ${group.tagSize})`);
          try {
            crypto.aesGcmSeal(key, iv, msg, aad);
            out.failures.push(`${label(t)}: seal accepted an out-of-scope group (key ${group.keySize}, iv ${group.ivSize}, tag ${group.tagSize})`);
          } catch (e) {
            if (!isTypedArgumentError(e)) out.failures.push(`${label(t)}: seal threw an untyped error: ${describeError(e)}`);
          }
          continue;
        }
        out.run++;
        const opened = tryOpen(() => crypto.aesGcmOpen(key, iv, sealed, aad));
        if (t.result === 'valid') {
          const got = toHex(crypto.aesGcmSeal(key, iv, msg, aad));
          if (got !== toHex(sealed)) out.failures.push(`${label(t)}: seal gave ${got}, expected ${toHex(sealed)}`);
          if (opened.refused) out.failures.push(`${label(t)}: open refused a valid ciphertext (${opened.how})`);
          else if (toHex(opened.plaintext) !== t.msg) out.failures.push(`${label(t)}: open gave ${toHex(opened.plaintext)}, expected ${t.msg as string}`);
        } else if (t.result === 'invalid') {
          if (!opened.refused) out.failures.push(`${label(t)}: open returned a plaintext (${toHex(opened.plaintext)}) for an invalid ciphertext`);
        } else if (!opened.refused && toHex(opened.plaintext) !== t.msg) {
          out.failures.push(`${label(t)}: open returned a plaintext other than msg for an acceptable ciphertext`);
        }
      } catch (e) {
        out.failures.push(`${label(t)}: threw ${describeError(e)}`);
      }
    }
  }
  return out;
};

const checkX25519: Checker = (crypto, file) => {
  const out: Outcome = { run: 0, outOfScope: 0, failures: [] };
  for (const group of file.testGroups) {
    for (const t of group.tests) {
      out.run++;
      const expected = t.shared as string;
      const expectZero = /^0*$/.test(expected);
      let got: string | undefined;
      try {
        got = toHex(crypto.x25519(hex(t.private), hex(t.public)));
      } catch (e) {
        if (t.result === 'invalid' && isTypedArgumentError(e)) continue;
        out.failures.push(`${label(t)}: threw ${describeError(e)}`);
        continue;
      }
      if (expectZero || t.result === 'invalid') {
        if (got !== undefined) out.failures.push(`${label(t)}: returned ${got}, expected undefined (low-order input must be rejected)`);
      } else if (got !== expected) {
        out.failures.push(`${label(t)}: returned ${got}, expected ${expected}`);
      }
    }
  }
  return out;
};

const checkEd25519: Checker = (crypto, file) => {
  const out: Outcome = { run: 0, outOfScope: 0, failures: [] };
  for (const group of file.testGroups) {
    const publicKey = (group.publicKey ?? group.key) as { pk: string; sk?: string };
    const secretKey = publicKey.sk ?? (group.privateKey as { sk?: string } | undefined)?.sk;
    const pk = hex(publicKey.pk);
    for (const t of group.tests) {
      out.run++;
      const msg = hex(t.msg);
      const sig = hex(t.sig);
      let verified: boolean;
      try {
        verified = crypto.ed25519Verify(pk, msg, sig);
      } catch (e) {
        out.failures.push(`${label(t)}: verify threw ${describeError(e)}`);
        continue;
      }
      if (t.result === 'valid') {
        if (verified !== true) out.failures.push(`${label(t)}: verify gave ${verified} for a valid signature`);
        if (secretKey !== undefined) {
          const signed = toHex(crypto.ed25519Sign(hex(secretKey), msg));
          if (signed !== t.sig) out.failures.push(`${label(t)}: sign gave ${signed}, expected ${t.sig as string}`);
        }
      } else if (t.result === 'invalid' && verified !== false) {
        out.failures.push(`${label(t)}: verify gave ${verified} for an invalid signature`);
      }
    }
  }
  return out;
};

const checkHkdf: Checker = (crypto, file) => {
  const out: Outcome = { run: 0, outOfScope: 0, failures: [] };
  for (const group of file.testGroups) {
    for (const t of group.tests) {
      out.run++;
      const size = t.size as number;
      let got: string | undefined;
      try {
        got = toHex(crypto.hkdfSha256(hex(t.ikm), hex(t.salt), hex(t.info), size));
      } catch (e) {
        if (t.result !== 'valid' && isTypedArgumentError(e)) continue;
        out.failures.push(`${label(t)}: threw ${describeError(e)}`);
        continue;
      }
      if (t.result === 'valid') {
        if (got !== t.okm) out.failures.push(`${label(t)}: gave ${got}, expected ${t.okm as string}`);
      } else {
        out.failures.push(`${label(t)}: returned ${size} bytes instead of throwing a RangeError`);
      }
    }
  }
  return out;
};

const checkHmac: Checker = (crypto, file) => {
  const out: Outcome = { run: 0, outOfScope: 0, failures: [] };
  for (const group of file.testGroups) {
    if (group.tagSize !== 256) {
      out.outOfScope += group.tests.length; // truncated tags: the protocol only uses full-length MACs
      continue;
    }
    for (const t of group.tests) {
      out.run++;
      let got: string | undefined;
      try {
        got = toHex(crypto.hmacSha256(hex(t.key), hex(t.msg)));
      } catch (e) {
        out.failures.push(`${label(t)}: threw ${describeError(e)}`);
        continue;
      }
      if (t.result === 'valid' && got !== t.tag) out.failures.push(`${label(t)}: gave ${got}, expected ${t.tag as string}`);
      if (t.result === 'invalid' && got === t.tag) out.failures.push(`${label(t)}: an invalid tag matched`);
    }
  }
  return out;
};

const FILES: ReadonlyArray<{ file: string; title: string; check: Checker }> = [
  { file: 'aes_gcm_test.json', title: 'AES-256-GCM (96-bit IV, 128-bit tag)', check: checkAesGcm },
  { file: 'x25519_test.json', title: 'X25519', check: checkX25519 },
  { file: 'ed25519_test.json', title: 'Ed25519 verification', check: checkEd25519 },
  { file: 'hkdf_sha256_test.json', title: 'HKDF-SHA256', check: checkHkdf },
  { file: 'hmac_sha256_test.json', title: 'HMAC-SHA256 (full 256-bit tags)', check: checkHmac },
];

/** file -> provider -> outcome, for the summary line. */
const summary = new Map<string, Map<string, Outcome>>();

afterAll(() => {
  if (summary.size === 0) return;
  const parts = [...summary].map(([file, byProvider]) => {
    const runs = [...byProvider].map(([provider, o]) => `${provider} ${o.run}`).join(', ');
    const skipped = Math.max(...[...byProvider.values()].map((o) => o.outOfScope));
    return `${file}: ${runs}${skipped ? ` (${skipped} out of scope)` : ''}`;
  });
  console.log(`Wycheproof vectors run: ${parts.join('; ')}`);
});

function skipped(title: string, reason: string): void {
  const ci = process.env.CI === 'true' ? ' (CI: the vectors live outside the repository, so this is not an error)' : '';
  console.warn(`\n*** Wycheproof ${title}: ${reason}; these vectors are SKIPPED${ci}. Set WYCHEPROOF_DIR to run them. ***\n`);
  describe.skip(`Wycheproof ${title}`, () => {
    it(reason, () => {});
  });
}

if (!existsSync(WYCHEPROOF_DIR)) {
  skipped('vectors', `${WYCHEPROOF_DIR} not found`);
} else {
  for (const { file, title, check } of FILES) {
    const path = join(WYCHEPROOF_DIR, file);
    if (!existsSync(path)) {
      skipped(title, `${path} not found`);
      continue;
    }
    const data = JSON.parse(readFileSync(path, 'utf8')) as WycheproofFile;

    describe.each(PROVIDERS)(`Wycheproof ${title} (%s provider)`, (name, crypto) => {
      it(`passes every in-scope vector of ${file}`, () => {
        const outcome = check(crypto, data);
        if (!summary.has(file)) summary.set(file, new Map());
        summary.get(file)!.set(name, outcome);
        expect(outcome.failures).toEqual([]);
        expect(outcome.run, `vectors of ${file} actually run`).toBeGreaterThan(0);
        expect(outcome.run + outcome.outOfScope).toBe(data.testGroups.reduce((n, g) => n + g.tests.length, 0));
      });
    });
  }
}
