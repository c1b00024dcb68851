/**
 * Issuing one-time passwords for OTP-gated registration (docs/protocol.md section 27): the
 * operator command and the admin endpoint both come here. The OTP is returned once and never
 * stored; the connector keeps K_temp, derived now so a registration costs no PBKDF2.
 */
import { OTP_VALIDITY_MS, checkOtpIdentifier, generateOtp, otpTemporaryKey } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { ConnectorError } from './errors.js';
import type { Store } from './store.js';

export interface IssuedOtp {
  identifier: string;
  /** Deliver it to the identifier's owner out of band (it is shown only here). */
  otp: string;
  /** Unix milliseconds. */
  expiresAt: number;
}

export async function issueRegistrationOtp(store: Store, identifier: string, now: number): Promise<IssuedOtp> {
  try {
    checkOtpIdentifier(identifier);
  } catch (e) {
    throw new ConnectorError('bad_request', (e as Error).message);
  }
  const otp = generateOtp(nodeCrypto);
  const temporaryKey = await otpTemporaryKey(nodeCrypto, otp, identifier);
  const expiresAt = now + OTP_VALIDITY_MS;
  await store.storeIssuedOtp(identifier, temporaryKey, now, expiresAt);
  return { identifier, otp, expiresAt };
}
