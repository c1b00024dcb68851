import { createHash, createPrivateKey, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lengthPrefixed } from '../src/bytes.js';
import {
  DIRECTORY_NO_ONE_TIME_PREKEY,
  directoryAnswerSigningInput,
  directoryKeyId,
  signDirectoryAnswer,
  verifyDirectoryAnswer,
  type DirectoryAnswerFields,
} from '../src/directory-answer.js';
import { LABELS } from '../src/labels.js';
import { PROVIDERS } from './helpers.js';

const seed = new Uint8Array(32).fill(7);
const answer: DirectoryAnswerFields = {
  participantId: 'p'.repeat(43),
  bundle: new TextEncoder().encode('a DID-signed bundle, opaque to the connector'),
  oneTimePreKey: { id: 42, publicKey: new Uint8Array(32).fill(9), signature: new Uint8Array(64).fill(3) },
  connectionId: 'c'.repeat(22),
  initiatorId: 'i'.repeat(43),
  issuedAt: 1_767_225_600_123,
};
const { oneTimePreKey: _taken, ...withoutKey } = answer;

/** Ed25519 with node:crypto alone, from a raw seed (PKCS#8: a fixed RFC 8410 prefix, then the seed). */
function nodeSign(message: Uint8Array): Uint8Array {
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(seed)]);
  const key = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  return new Uint8Array(sign(null, message, key));
}

describe('the directory answer countersignature', () => {
  it('the signing input is the length-prefixed label, fields and SHA-256 of the bundle, as the spec writes it', () => {
    const bundleHash = new Uint8Array(createHash('sha256').update(answer.bundle).digest());
    const expected = lengthPrefixed(
      'connector-e2e/v1/directory-answer',
      answer.participantId,
      bundleHash,
      '42',
      answer.oneTimePreKey!.publicKey,
      answer.oneTimePreKey!.signature,
      answer.connectionId,
      answer.initiatorId,
      '1767225600123',
    );
    expect(LABELS.directoryAnswer).toBe('connector-e2e/v1/directory-answer');
    for (const [name, crypto] of PROVIDERS) {
      expect(directoryAnswerSigningInput(crypto, answer), name).toEqual(expected);
    }
  });

  it('an answer without a one-time pre-key signs the marker "none" and two empty fields', () => {
    const bundleHash = new Uint8Array(createHash('sha256').update(answer.bundle).digest());
    const expected = lengthPrefixed(LABELS.directoryAnswer, answer.participantId, bundleHash, DIRECTORY_NO_ONE_TIME_PREKEY, new Uint8Array(0), new Uint8Array(0), answer.connectionId, answer.initiatorId, String(answer.issuedAt));
    for (const [name, crypto] of PROVIDERS) expect(directoryAnswerSigningInput(crypto, withoutKey), name).toEqual(expected);
  });

  it('both providers sign identically, node:crypto alone agrees, and each verifies the other', () => {
    const [[, first], [, second]] = PROVIDERS as [[string, (typeof PROVIDERS)[number][1]], [string, (typeof PROVIDERS)[number][1]]];
    const a = signDirectoryAnswer(first, seed, answer);
    const b = signDirectoryAnswer(second, seed, answer);
    expect(a).toEqual(b);
    expect(a).toEqual(nodeSign(directoryAnswerSigningInput(first, answer)));
    const publicKey = first.ed25519PublicKey(seed);
    expect(verifyDirectoryAnswer(second, publicKey, answer, a)).toBe(true);
    expect(verifyDirectoryAnswer(first, publicKey, answer, b)).toBe(true);
  });

  it('a changed bundle, key, key id, connection, initiator, participant or time fails verification', () => {
    for (const [name, crypto] of PROVIDERS) {
      const publicKey = crypto.ed25519PublicKey(seed);
      const signature = signDirectoryAnswer(crypto, seed, answer);
      const opk = answer.oneTimePreKey!;
      const changed: Array<[string, DirectoryAnswerFields]> = [
        ['bundle', { ...answer, bundle: new TextEncoder().encode('a substituted bundle') }],
        ['one-time pre-key', { ...answer, oneTimePreKey: { ...opk, publicKey: new Uint8Array(32).fill(10) } }],
        ['one-time pre-key id', { ...answer, oneTimePreKey: { ...opk, id: 43 } }],
        ['one-time pre-key signature', { ...answer, oneTimePreKey: { ...opk, signature: new Uint8Array(64).fill(4) } }],
        ['one-time pre-key dropped', withoutKey],
        ['connection', { ...answer, connectionId: 'd'.repeat(22) }],
        ['initiator', { ...answer, initiatorId: 'j'.repeat(43) }],
        ['participant', { ...answer, participantId: 'q'.repeat(43) }],
        ['time', { ...answer, issuedAt: answer.issuedAt + 1 }],
      ];
      for (const [what, fields] of changed) expect(verifyDirectoryAnswer(crypto, publicKey, fields, signature), `${name}: ${what}`).toBe(false);
      expect(verifyDirectoryAnswer(crypto, crypto.ed25519PublicKey(new Uint8Array(32).fill(8)), answer, signature), `${name}: another key`).toBe(false);
      expect(verifyDirectoryAnswer(crypto, publicKey, answer, signature.subarray(0, 63)), `${name}: short signature`).toBe(false);
    }
  });

  it('misuse throws labelled RangeErrors: a directory key not of 32 bytes, an id outside uint32, a bad time', () => {
    const [, crypto] = PROVIDERS[0]!;
    const signature = signDirectoryAnswer(crypto, seed, answer);
    expect(() => verifyDirectoryAnswer(crypto, new Uint8Array(31), answer, signature)).toThrow(/directoryKey: expected 32 bytes/);
    expect(() => directoryAnswerSigningInput(crypto, { ...answer, oneTimePreKey: { ...answer.oneTimePreKey!, id: 2 ** 32 } })).toThrow(RangeError);
    expect(() => directoryAnswerSigningInput(crypto, { ...answer, issuedAt: -1 })).toThrow(/issuedAt/);
    expect(() => signDirectoryAnswer(crypto, new Uint8Array(16), answer)).toThrow(/seed: expected 32 bytes/);
  });

  it('a directory key id is base64url of SHA-256 of the public key', () => {
    const [, crypto] = PROVIDERS[0]!;
    const publicKey = crypto.ed25519PublicKey(seed);
    expect(directoryKeyId(crypto, publicKey)).toBe(createHash('sha256').update(publicKey).digest('base64url'));
  });
});
