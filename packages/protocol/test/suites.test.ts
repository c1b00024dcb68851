/**
 * The XSalsa20-Poly1305 suite (docs/protocol.md 24): its nonce from the counter, and its records
 * as NaCl secretboxes that an independent implementation (libsodium, through PyNaCl) opens, and
 * whose boxes ours opens. Without Debian's python3-nacl the libsodium cases are skipped with a
 * notice, except under CI=true.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { counterSecretboxNonce, encodeAtalaMessage, fromHex, open, seal, toHex } from '../src/index.js';
import { establish, PROVIDERS } from './helpers.js';

/** Debian's interpreter: the packages it installs are not seen by another python3 first on PATH. */
const PYTHON = '/usr/bin/python3';

function libsodiumAvailable(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import nacl.secret'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error(`python3-nacl is required on CI (${PYTHON} -c 'import nacl.secret' failed)`);
    console.warn(`\n*** python3-nacl not importable by ${PYTHON}: the libsodium interop cases are SKIPPED (apt-get install python3-nacl) ***\n`);
    return false;
  }
}
const libsodium = libsodiumAvailable();

/** Runs PyNaCl's SecretBox: 'seal' or 'open' with hex key, nonce and input; hex output, or 'FAIL'. */
function pynacl(op: 'seal' | 'open', key: Uint8Array, nonce: Uint8Array, input: Uint8Array): string {
  const script = [
    'import sys, nacl.secret, nacl.exceptions',
    'op, k, n, x = sys.argv[1], bytes.fromhex(sys.argv[2]), bytes.fromhex(sys.argv[3]), bytes.fromhex(sys.argv[4])',
    'box = nacl.secret.SecretBox(k)',
    'try:',
    "  print(box.encrypt(x, n).ciphertext.hex() if op == 'seal' else box.decrypt(x, n).hex())",
    'except nacl.exceptions.CryptoError:',
    "  print('FAIL')",
  ].join('\n');
  return execFileSync(PYTHON, ['-c', script, op, toHex(key), toHex(nonce), toHex(input)], { encoding: 'utf8' }).trim();
}

describe.each(PROVIDERS)('the XSalsa20-Poly1305 suite (%s provider)', (_name, crypto) => {
  it('the nonce of counter n is the first 24 bytes of SHA-256 of n as uint64 big-endian, inside and beyond the cache', () => {
    for (const n of [0, 1, 255, 131_071, 131_072, 2 ** 32 - 2]) {
      const be = new Uint8Array(8);
      new DataView(be.buffer).setBigUint64(0, BigInt(n));
      const expected = crypto.sha256(be).subarray(0, 24);
      expect(counterSecretboxNonce(crypto, n)).toEqual(expected);
      expect(counterSecretboxNonce(crypto, n)).toEqual(expected); // second use: from the cache
    }
  });

  it('a record is the secretbox of its encoding under the record key and the counter nonce (tag first), 16 bytes longer', async () => {
    const p = await establish(crypto, undefined, true, 'xsalsa20-poly1305');
    const message = { messageId: 'box-1', credentialJwt: { jwt: 'hello' } };
    const r = seal(crypto, p.issuer, message);
    const key = p.issuer.sending!.key.expose();
    const expected = crypto.xsalsa20Poly1305Seal(key, counterSecretboxNonce(crypto, r.counter), encodeAtalaMessage(message));
    expect(toHex(r.message.content)).toBe(toHex(expected));
    expect(r.message.content.length).toBe(encodeAtalaMessage(message).length + 16);
    expect(open(crypto, p.holder, r.message).message.messageId).toBe('box-1');
  });

  it.skipIf(!libsodium)('libsodium opens our records, and we open the boxes libsodium seals under a session key', async () => {
    const p = await establish(crypto, undefined, true, 'xsalsa20-poly1305');
    let issuer = p.issuer;
    let holder = p.holder;
    const key = issuer.sending!.key.expose();
    for (const text of ['first', 'x'.repeat(1000)]) {
      const r = seal(crypto, issuer, { messageId: text.slice(0, 8), credentialJwt: { jwt: text } });
      issuer = r.state;
      const nonce = counterSecretboxNonce(crypto, r.counter);
      const opened = pynacl('open', key, nonce, r.message.content);
      expect(opened).toBe(toHex(encodeAtalaMessage({ messageId: text.slice(0, 8), credentialJwt: { jwt: text } })));
      // The same plaintext sealed by libsodium is the same box (deterministic under key and nonce), and opens here.
      const theirs = fromHex(pynacl('seal', key, nonce, fromHex(opened)));
      expect(toHex(theirs)).toBe(toHex(r.message.content));
      holder = open(crypto, holder, { content: theirs, connectionId: issuer.connectionId }).state;
    }
    // A flipped bit fails in both.
    const r = seal(crypto, issuer, { messageId: 'flip' });
    const bad = r.message.content.slice();
    bad[20]! ^= 1;
    expect(pynacl('open', key, counterSecretboxNonce(crypto, r.counter), bad)).toBe('FAIL');
    expect(crypto.xsalsa20Poly1305Open(key, counterSecretboxNonce(crypto, r.counter), bad)).toBeUndefined();
  });
});
