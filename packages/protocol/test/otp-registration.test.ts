import { createHmac, pbkdf2Sync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lengthPrefixed, utf8 } from '../src/bytes.js';
import { LABELS } from '../src/labels.js';
import {
  OTP_ALPHABET,
  OTP_IDENTIFIER_MAX_BYTES,
  OTP_LENGTH,
  OTP_PBKDF2_ITERATIONS,
  checkOtpIdentifier,
  generateOtp,
  normalizeOtp,
  otpRegistrationMac,
  otpRegistrationProof,
  otpSalt,
  otpTemporaryKey,
} from '../src/otp-registration.js';
import { PROVIDERS } from './helpers.js';

interface OtpVector {
  identifier: string;
  typed: string;
  otp: string;
  iterations: number;
  publicKey: string;
  salt: string;
  kTemp: string;
  macInput: string;
  mac: string;
}
const V = JSON.parse(readFileSync(new URL('../../../docs/test-vectors.json', import.meta.url), 'utf8')) as { otpRegistrations: OtpVector[] };
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const bytes = (h: string) => new Uint8Array(Buffer.from(h, 'hex'));

describe('OTP registration formulas', () => {
  it('the vectors follow the spec formulas when recomputed with node:crypto alone', () => {
    expect(V.otpRegistrations.length).toBe(2);
    for (const v of V.otpRegistrations) {
      expect(v.iterations).toBe(OTP_PBKDF2_ITERATIONS);
      const salt = createHmac('sha256', v.otp).update(v.identifier, 'utf8').digest();
      expect(salt.toString('hex')).toBe(v.salt);
      expect(pbkdf2Sync(v.otp, salt, v.iterations, 32, 'sha256').toString('hex')).toBe(v.kTemp);
      expect(hex(lengthPrefixed(LABELS.otpRegistration, v.identifier, bytes(v.publicKey)))).toBe(v.macInput);
      expect(createHmac('sha256', bytes(v.kTemp)).update(bytes(v.macInput)).digest('hex')).toBe(v.mac);
    }
  });

  describe.each(PROVIDERS)('with the %s provider', (_name, crypto) => {
    it('reproduces every vector from the OTP as typed', async () => {
      for (const v of V.otpRegistrations) {
        expect(normalizeOtp(v.typed)).toBe(v.otp);
        expect(hex(otpSalt(crypto, v.typed, v.identifier))).toBe(v.salt);
        const kTemp = await otpTemporaryKey(crypto, v.typed, v.identifier);
        expect(hex(kTemp)).toBe(v.kTemp);
        expect(hex(otpRegistrationMac(crypto, kTemp, v.identifier, bytes(v.publicKey)))).toBe(v.mac);
      }
    });
  });

  it('a proof is the identifier and the vector MAC', async () => {
    const [crypto] = [PROVIDERS[0]![1]];
    const v = V.otpRegistrations[0]!;
    const proof = await otpRegistrationProof(crypto, { otp: v.typed, identifier: v.identifier, publicKey: bytes(v.publicKey) });
    expect(proof.identifier).toBe(v.identifier);
    expect(hex(proof.mac)).toBe(v.mac);
  });

  it('the MAC changes with the identifier and with the public key', () => {
    const crypto = PROVIDERS[0]![1];
    const v = V.otpRegistrations[0]!;
    const kTemp = bytes(v.kTemp);
    const other = bytes(v.publicKey);
    other[0] = other[0]! ^ 1;
    expect(hex(otpRegistrationMac(crypto, kTemp, v.identifier, other))).not.toBe(v.mac);
    expect(hex(otpRegistrationMac(crypto, kTemp, `${v.identifier} `, bytes(v.publicKey)))).not.toBe(v.mac);
  });

  it('generated OTPs are OTP_LENGTH characters of the base32 alphabet and differ', () => {
    const crypto = PROVIDERS[0]![1];
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const otp = generateOtp(crypto);
      expect(otp).toHaveLength(OTP_LENGTH);
      expect([...otp].every((c) => OTP_ALPHABET.includes(c))).toBe(true);
      expect(normalizeOtp(otp)).toBe(otp);
      seen.add(otp);
    }
    expect(seen.size).toBe(200);
  });

  it('refuses an OTP of the wrong length or with characters outside the alphabet', () => {
    for (const bad of ['', 'K7QX2MPA4', 'K7QX2MPA4ZZ', 'K7QX2MPA41', 'K7QX2MPA4!', 'K7QX2MPA4Ö']) {
      expect(() => normalizeOtp(bad), bad).toThrow(RangeError);
    }
  });

  it('refuses an empty identifier and one over the byte limit, counting UTF-8 bytes', async () => {
    expect(() => checkOtpIdentifier('')).toThrow(/identifier/);
    expect(() => checkOtpIdentifier('x'.repeat(OTP_IDENTIFIER_MAX_BYTES))).not.toThrow();
    expect(() => checkOtpIdentifier('é'.repeat(OTP_IDENTIFIER_MAX_BYTES / 2 + 1))).toThrow(/identifier/);
    await expect(otpTemporaryKey(PROVIDERS[0]![1], 'K7QX2MPA4Z', '')).rejects.toThrow(RangeError);
    expect(utf8('é')).toHaveLength(2);
  });

  it('refuses a temporary key that is not 32 bytes', () => {
    expect(() => otpRegistrationMac(PROVIDERS[0]![1], new Uint8Array(31), 'id', new Uint8Array(32))).toThrow(RangeError);
  });
});
