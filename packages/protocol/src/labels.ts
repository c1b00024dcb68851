/**
 * Every domain-separation label of the protocol, in one place. docs/protocol.md quotes
 * them byte for byte; changing one is a new protocol version.
 */
export const LABELS = {
  /** X3DH: SK = HKDF(salt = 0^32, IKM = 0xFF^32 || DH1 || DH2 || DH3 || DH4, info = X3DH, L = 32). */
  x3dh: 'connector-e2e/v1/x3dh',
  /** Rekey X3DH uses its own info so an epoch secret can never equal an initial secret. */
  x3dhRekey: 'connector-e2e/v1/x3dh-rekey',
  /** Transcript hash prefix: TH = SHA-256(transcript || length-prefixed fields). */
  transcript: 'connector-e2e/v1/transcript',
  /** Epoch key schedule: PRK = HKDF-Extract(salt = TH, IKM = SK); K_x = HKDF-Expand(PRK, label_x, 32). */
  keyIssuerToHolder: 'connector-e2e/v1/key/issuer-to-holder',
  keyHolderToIssuer: 'connector-e2e/v1/key/holder-to-issuer',
  keyConfirmIssuer: 'connector-e2e/v1/key/confirm-issuer',
  keyConfirmHolder: 'connector-e2e/v1/key/confirm-holder',
  /** Sending key of one process life: K = HKDF(IKM = direction key of the epoch, salt = key_id, info = label, L = 32). */
  keySending: 'connector-e2e/v1/key/sending',
  /** Per epoch: the root key the next rekey chains from, and the control key of the epoch. */
  keyRoot: 'connector-e2e/v1/key/root',
  keyControl: 'connector-e2e/v1/key/control',
  /** Invitation: MAC key = HKDF(IKM = secret, salt = token, info = label, 32). */
  invitationMac: 'connector-e2e/v1/invitation-mac',
  invitationCommitment: 'connector-e2e/v1/invitation-commitment',
  invitationHash: 'connector-e2e/v1/invitation-hash',
  /** MAC and signature inputs. */
  bundleMac: 'connector-e2e/v1/mac/bundle',
  initMac: 'connector-e2e/v1/mac/init',
  bundleSignature: 'connector-e2e/v1/sig/bundle',
  initSignature: 'connector-e2e/v1/sig/init',
  /** DID signature inputs of the rekey messages (the key exchange after the handshake). */
  rekeyRequestSignature: 'connector-e2e/v1/sig/rekey-request',
  rekeyBundleSignature: 'connector-e2e/v1/sig/rekey-bundle',
  rekeyInitSignature: 'connector-e2e/v1/sig/rekey-init',
  /** Record AAD prefix. */
  recordAad: 'connector-e2e/v1/record',
  controlAad: 'connector-e2e/v1/control',
  /** Key confirmation MAC inputs. */
  confirmIssuer: 'connector-e2e/v1/confirm/issuer',
  confirmHolder: 'connector-e2e/v1/confirm/holder',
  /** Asynchronous X3DH through the key directory (docs/protocol.md 30): its own secret, transcript and signature inputs. */
  x3dhDirectory: 'connector-e2e/v1/x3dh-directory',
  transcriptDirectory: 'connector-e2e/v1/transcript-directory',
  directoryBundleSignature: 'connector-e2e/v1/sig/directory-bundle',
  directoryPrekeySignature: 'connector-e2e/v1/sig/directory-prekey',
  directoryInitSignature: 'connector-e2e/v1/sig/directory-init',
  /** OTP registration at the connector: mac = HMAC-SHA-256(K_temp, lp(label, identifier, public_key)). */
  otpRegistration: 'connector-e2e/v1/otp-registration',
  /**
   * The connector's countersignature on a key directory answer: Ed25519 over lp(label,
   * participant id, SHA-256(bundle), one-time pre-key id or "none", its key, its signature,
   * connection id, initiator id, issued at). See directory-answer.ts.
   */
  directoryAnswer: 'connector-e2e/v1/directory-answer',
} as const;

/** X3DH KDF constants (Signal X3DH spec §2.2, curve X25519). */
export const X3DH_F = new Uint8Array(32).fill(0xff);
export const X3DH_SALT = new Uint8Array(32);
