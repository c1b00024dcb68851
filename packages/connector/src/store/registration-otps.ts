/**
 * One-time passwords that gate the registration of new participants (docs/protocol.md section
 * 27). The connector keeps K_temp, not the OTP: it derives it once when issuing, so checking a
 * registration costs one HMAC and no PBKDF2 an anonymous client could make it run.
 *
 * A row per identifier; issuing again replaces it (a new OTP, a fresh attempt count). A used
 * row keeps the participant it admitted, with K_temp wiped.
 */
import { timingSafeEqual } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { OTP_MAX_ATTEMPTS, otpRegistrationMac } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import type { Database } from '../db.js';
import { ConnectorError } from '../errors.js';
import { isPg, sql, toBuffer, toBytes } from './sql.js';

export interface OtpProof {
  identifier: string;
  mac: Uint8Array;
}

/** Stores a freshly issued OTP's K_temp for `identifier`, replacing any earlier one. */
export async function storeIssuedOtp(db: Database, identifier: string, temporaryKey: Uint8Array, now: number, expiresAt: number): Promise<void> {
  await db.transaction(async (em) => {
    await sql(db, em, 'DELETE FROM registration_otp WHERE identifier = ?', [identifier]);
    await sql(
      db,
      em,
      'INSERT INTO registration_otp (identifier, k_temp, issued_at, expires_at, attempts, used_at, participant_id) VALUES (?, ?, ?, ?, 0, NULL, NULL)',
      [identifier, toBuffer(temporaryKey), now, expiresAt],
    );
  });
}

/**
 * Checks a proof inside the registration's transaction and, when it holds, marks the OTP used by
 * `participantId`. Returns the refusal instead of throwing it when the refusal must be
 * committed (a wrong MAC counts an attempt); throws refusals that change nothing.
 */
export async function redeemOtp(
  db: Database,
  em: EntityManager,
  proof: OtpProof,
  participantId: string,
  publicKey: Uint8Array,
  now: number,
): Promise<ConnectorError | undefined> {
  if (proof.mac.length !== 32) throw new ConnectorError('bad_request', 'otp_proof.mac must be 32 bytes');
  const lock = isPg(db) ? ' FOR UPDATE' : '';
  const { rows } = await sql(db, em, `SELECT k_temp, expires_at, attempts, used_at FROM registration_otp WHERE identifier = ?${lock}`, [proof.identifier]);
  const row = rows[0];
  // an identifier without an OTP is refused like a wrong OTP: the answer does not tell which
  if (!row) throw new ConnectorError('otp_invalid', 'the one-time password does not match');
  if (row.used_at !== null && row.used_at !== undefined) throw new ConnectorError('otp_used', 'this one-time password was used already; ask the operator for a new one');
  const attempts = Number(row.attempts);
  if (attempts >= OTP_MAX_ATTEMPTS) throw new ConnectorError('otp_attempts_exhausted', `${OTP_MAX_ATTEMPTS} wrong attempts spent this one-time password; ask the operator for a new one`);
  if (now > Number(row.expires_at)) throw new ConnectorError('otp_expired', 'the one-time password expired (they are valid for 5 minutes); ask the operator for a new one');
  const expected = otpRegistrationMac(nodeCrypto, toBytes(row.k_temp)!, proof.identifier, publicKey);
  if (!timingSafeEqual(expected, proof.mac)) {
    await sql(db, em, 'UPDATE registration_otp SET attempts = attempts + 1 WHERE identifier = ?', [proof.identifier]);
    const left = OTP_MAX_ATTEMPTS - attempts - 1;
    return new ConnectorError('otp_invalid', `the one-time password does not match (${left} attempt${left === 1 ? '' : 's'} left)`);
  }
  await sql(db, em, 'UPDATE registration_otp SET used_at = ?, participant_id = ?, k_temp = ? WHERE identifier = ?', [now, participantId, toBuffer(new Uint8Array(0)), proof.identifier]);
  return undefined;
}
