/**
 * Named protocol limits. Each says why it has the value it has; docs/protocol.md §Limits
 * is normative and must change together with this file.
 */

/** Wire and AAD version. Bumped only with an incompatible change of the record layer. */
export const PROTOCOL_VERSION = 1;

/**
 * How far past the expected counter the receiver searches (trial decryption) when records
 * were lost. A gap of exactly RECEIVE_LOOKAHEAD lost records still opens; one more needs a
 * counter resync. Bounds the work a forged record can cost to RECEIVE_LOOKAHEAD + 1 + REPLAY_WINDOW
 * GCM attempts per receive epoch tried (current, previous and a pending rekey's: at most three).
 */
export const RECEIVE_LOOKAHEAD = 64;

/**
 * Anti-replay window (RFC 4303 §3.4.3 style): records up to REPLAY_WINDOW below the highest
 * received counter may still arrive late and open once; older ones are rejected as too old.
 */
export const REPLAY_WINDOW = 64;

/**
 * Past this many records in one direction and epoch, `needsRekey` turns true and senders
 * should rekey. Far below 2^32 so that policy has room to act before the hard limit.
 */
export const REKEY_SOFT_LIMIT = 2 ** 30;

/** Hard limit: a counter never reaches 2^32 (the IV formula would still work; our state does not wrap). */
export const MAX_COUNTER = 0xffff_ffff;

/**
 * Length of a sending key id (docs/protocol.md 9.2). Every process life draws a fresh one and
 * derives its sending key from it, so two lives share a key only if they draw the same 128
 * random bits: about 2^-64 after 2^32 lives of one connection.
 */
export const SENDING_KEY_ID_BYTES = 16;

/**
 * Sending keys of the peer a receiver keeps per receive epoch, newest first (the oldest is
 * dropped when a new one is announced). Every process life of the peer announces one, so this
 * covers a restart or two and a second process on the same database while records of the
 * earlier keys are still in flight; records under a dropped key fail to open and their sender
 * seals them again. Bounds trial decryption: at most
 * MAX_RECEIVE_KEYS * (RECEIVE_LOOKAHEAD + 1 + REPLAY_WINDOW) GCM attempts per receive epoch.
 */
export const MAX_RECEIVE_KEYS = 4;

/** Encoded AtalaMessage size limit for one record (the connector's default cap is 1 MiB). */
export const MAX_PLAINTEXT_BYTES = 1024 * 1024 - 1024;

/**
 * Counter resyncs accepted per peer within RESYNC_RATE_WINDOW_MS. A resync can only move
 * expectation forward, but each jump opens the look-ahead wider; the rate limit keeps a
 * buggy or hostile peer from spinning the receiver.
 */
export const RESYNC_RATE_LIMIT = 8;
export const RESYNC_RATE_WINDOW_MS = 60_000;

/**
 * How far a counter resync may move expectation in one step. Larger jumps are refused
 * (a peer that burned more than this many counters should rekey instead).
 */
export const MAX_RESYNC_JUMP = 1 << 20;

/**
 * Control sequence numbers are `max(last + 1, now_ms * CONTROL_SEQUENCE_SCALE)` so that a
 * sender restored from an old backup still moves forward. Messages claiming a clock more than
 * CONTROL_MAX_CLOCK_SKEW_MS ahead of the receiver are refused (they would block the sender later).
 */
export const CONTROL_SEQUENCE_SCALE = 1024;
export const CONTROL_MAX_CLOCK_SKEW_MS = 10 * 60_000;

/** Invitation limits. */
export const INVITATION_DEFAULT_TTL_S = 24 * 3600;
export const INVITATION_MIN_TTL_S = 60;
export const INVITATION_MAX_TTL_S = 30 * 24 * 3600;
export const INVITATION_TOKEN_BYTES = 16;
export const INVITATION_SECRET_BYTES = 16;
/** Largest invitation URL we decode: well above a version-10 QR code's capacity (213 bytes at level M). */
export const INVITATION_MAX_URL_LENGTH = 512;

/** Identifiers. */
export const MAX_CONNECTION_ID_LENGTH = 128;
export const MAX_DID_LENGTH = 2048;

/**
 * ETAMP envelopes (docs/protocol.md 23). The whole compact JWS stays under the connector's
 * default item cap of 1 MiB with room for the frame around it. The content is base64url twice
 * (once as `msg`, once with the payload), so about 16/9 of it: a record of more than about
 * 580 KiB of sealed content does not fit.
 */
export const MAX_ETAMP_JWS_LENGTH = 1024 * 1024 - 1024;
/** Longest `jti`: a message id (the plugin's are about 20 characters). */
export const MAX_ETAMP_JTI_LENGTH = 128;
/**
 * Largest encoded AtalaMessage a sender seals on an ETAMP connection: its content (plus the
 * 16-byte tag) then fits an envelope of MAX_ETAMP_JWS_LENGTH whatever the lengths of the DIDs,
 * key id, message id and connection id (each at its limit, in the ASCII alphabet of DID syntax):
 * the envelope is at most 8,805 + 16/9 of the content characters, and 570 KiB of content gives
 * 1,046,459.
 */
export const MAX_ETAMP_PLAINTEXT_BYTES = 570 * 1024 - 16;

/**
 * Delivery receipts (docs/protocol.md 26). A receipt names one message id of at most
 * MAX_RECEIPT_MESSAGE_ID_LENGTH characters (a sender asks for receipts only for such ids), and
 * the whole compact JWS stays under MAX_RECEIPT_JWS_LENGTH: with both DIDs, the key id, the
 * connection id and the message id at their limits (in the ASCII of DID syntax) it is below
 * 9,000 characters.
 */
export const MAX_RECEIPT_MESSAGE_ID_LENGTH = 128;
export const MAX_RECEIPT_JWS_LENGTH = 16 * 1024;
