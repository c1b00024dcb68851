/**
 * @connector-e2e/protocol: the pure protocol core (no I/O, no logging).
 * See docs/protocol.md for the normative specification.
 */
export * from './constants.js';
export { LABELS } from './labels.js';
export { ProtocolError, PROTOCOL_ERROR_CODES, protocolErrorCodeOf, type ProtocolErrorCode } from './errors.js';
export { SecretBytes } from './secret.js';
export { toBase64url, fromBase64url, toHex, fromHex, equalBytes } from './bytes.js';

export type { CryptoProvider, X25519KeyPair } from './providers/types.js';
export { nobleCrypto } from './providers/noble.js';
export { observeSeals, type SealObservation } from './providers/observe.js';

export { inMemoryIdentity, type IdentityKey, type DidSigner, type DidSignatureVerifier } from './identity.js';
export {
  createInvitation,
  encodeInvitationUrl,
  decodeInvitationUrl,
  invitationTokenId,
  invitationHash,
  invitationCommitment,
  INVITATION_PATH,
  INVITATION_SCHEME,
  type Invitation,
  type CreateInvitationArgs,
  type DecodeInvitationOptions,
} from './invitation.js';
export {
  createPreKeyBundle,
  answerPreKeyBundle,
  acceptX3dhInit,
  confirmSession,
  transcriptHash,
  type IssuerHandshake,
  type PeerIdentity,
  type CreateBundleArgs,
  type AnswerBundleArgs,
  type AcceptInitArgs,
} from './handshake.js';
export {
  createDirectoryBundle,
  createDirectoryPrekeys,
  verifyDirectoryBundle,
  initiateFromDirectory,
  acceptDirectoryInit,
  directoryTranscriptHash,
  type DirectoryPrekey,
  type PublishedPrekey,
  type VerifiedDirectoryBundle,
  type CreateDirectoryBundleArgs,
  type InitiateFromDirectoryArgs,
  type AcceptDirectoryInitArgs,
} from './directory-handshake.js';
export type { Role, EpochKeys } from './key-schedule.js';
export {
  needsRekey,
  describeSession,
  recordAad,
  sendDirection,
  receiveDirection,
  withoutSendingKey,
  type SessionState,
  type SendingKey,
  type Direction,
  type ReceiveEpoch,
  type ReceiveKey,
  type PendingRekey,
} from './session.js';
export { deriveSendingKey } from './sending-key.js';
export { seal, open, type SealResult, type OpenResult } from './record.js';
export { CIPHER_SUITES, DEFAULT_CIPHER_SUITE, counterIv, counterSecretboxNonce, type CipherSuite } from './suites.js';
export {
  signEtamp,
  parseEtamp,
  verifyEtamp,
  ETAMP_ALGORITHMS,
  ETAMP_UPDATE_TYPES,
  type EtampAlgorithm,
  type EtampUpdateType,
  type EtampSigner,
  type EtampHeader,
  type EtampClaims,
  type EtampInput,
  type EtampExpectation,
  type VerifiedEtamp,
} from './etamp.js';
export {
  sealWampPayload,
  openWampPayload,
  WAMP_CRYPTOBOX_ALGO,
  WAMP_CRYPTOBOX_SERIALIZER,
  type WampPayload,
  type OpenedWampPayload,
  type WampEncodedPayload,
  type SealedWampPayload,
  type WampBoxKeys,
  type SealWampPayloadOptions,
} from './wamp-payload.js';
export {
  signReceipt,
  parseReceipt,
  verifyReceipt,
  receiptContentHash,
  RECEIPT_TYPE,
  type ReceiptHeader,
  type ReceiptClaims,
  type ReceiptInput,
  type ReceiptExpectation,
  type VerifiedReceipt,
} from './receipt.js';
export { sealControl, openControl, nextControlSequence } from './control-channel.js';
export { requestRekey, startRekey, type RekeyAuth, type RekeyEvent } from './rekey.js';
export {
  receiveControl,
  startSendingKey,
  announceSendingKey,
  createCounterResync,
  applyCounterResync,
  createStatusReport,
  createConnectionClose,
  createDeliveryReceipt,
  MAX_CLOSE_REASON_BYTES,
  notePeerEpoch,
  type ControlEvent,
  type ControlResult,
} from './control.js';
export { encodeSessionState, decodeSessionState, SESSION_SCHEMA_VERSION } from './session-codec.js';
export {
  wire,
  decodeUntrusted,
  encodeFrame,
  decodeFrame,
  encodeAtalaMessage,
  decodeAtalaMessage,
  type AtalaMessage,
  type AtalaMessageInput,
  type EncryptedMessage,
  type Frame,
  type FrameInput,
  type HandshakeMessage,
  type PreKeyBundle,
  type X3dhInit,
  type KeyConfirmation,
  type DirectoryBundle,
  type DirectoryInit,
  type SealedControl,
  type ControlMessage,
} from './wire.js';
export { connector_e2e } from './gen/proto.js';
export * from './connector-auth.js';
export {
  generateOtp,
  normalizeOtp,
  checkOtpIdentifier,
  otpSalt,
  otpTemporaryKey,
  otpRegistrationMac,
  otpRegistrationProof,
  OTP_PBKDF2_ITERATIONS,
  OTP_VALIDITY_MS,
  OTP_MAX_ATTEMPTS,
  OTP_LENGTH,
  OTP_ALPHABET,
  OTP_IDENTIFIER_MAX_BYTES,
} from './otp-registration.js';
export {
  directoryAnswerSigningInput,
  signDirectoryAnswer,
  verifyDirectoryAnswer,
  directoryKeyId,
  DIRECTORY_NO_ONE_TIME_PREKEY,
  type DirectoryAnswerFields,
  type DirectoryOneTimePreKey,
} from './directory-answer.js';
export {
  DELEGATE_CERTIFICATE_TYPE,
  AUTHORITY_CERTIFICATE_TYPE,
  CERTIFICATE_DOMAIN,
  CERTIFICATE_CAPABILITIES,
  CERTIFICATE_LAYOUTS,
  CERTIFICATE_SIGNATURE_LENGTH,
  certificateEncodeType,
  certificateTypeHash,
  certificateDomainSeparator,
  certificateHashStruct,
  certificateDigest,
  certificateTypedData,
  parseCertificate,
  parseCertificateSignature,
  checkCertificateSignature,
  hasHighS,
  signCertificate,
  recoverCertificateSigner,
  ethereumAddress,
  ethereumAddressOf,
  toChecksumAddress,
  parseAddress,
  sameAddress,
  encodeCertificateJson,
  decodeCertificateJson,
  type CertificateType,
  type DelegateCertificate,
  type AuthorityCertificate,
  type Eip712Certificate,
  type CertificateTypedData,
  type SignedCertificate,
} from './eip712-certificates.js';
export {
  verifyCertificateChain,
  MAX_CERTIFICATE_CHAIN_LENGTH,
  type CertificateChainExpectations,
  type VerifiedDelegate,
  type AddressInput,
} from './certificate-chain.js';
