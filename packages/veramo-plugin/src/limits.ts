import type { RotationPolicy } from './session/sending-keys.js';

/*
 * Every tuning constant of the plugin, each with its reason (protocol constants live in
 * @connector-e2e/protocol's constants.ts). The `DEFAULT_*` values are the defaults of plugin
 * options (plugin.ts, agent.yml); the others are fixed.
 */

// ---- defaults of plugin options ----

/** How long a handshake may take before the calling method fails with `handshake_timeout`: a QR scan and two relay round trips. */
export const DEFAULT_HANDSHAKE_TIMEOUT_MS = 30_000;
/** A record without its end-to-end ack is sent again (same ciphertext) after this long: well above a relay round trip, so a live peer is not flooded. */
export const DEFAULT_RETRANSMIT_AFTER_MS = 30_000;
/** Rekey (a new epoch, fresh DH) after this many records sent in one: far below the protocol's REKEY_SOFT_LIMIT. */
export const DEFAULT_REKEY_AFTER_MESSAGES = 1_000_000;
/**
 * Sending-key rotation besides every start (see RotationPolicy in sending-keys.ts). Megolm
 * rotates every 100 messages or a week; we seal far more records per second, and each rotation
 * costs a control message and one of the peer's MAX_RECEIVE_KEYS slots, hence more per key.
 */
export const DEFAULT_ROTATION: RotationPolicy = { records: 100_000, ms: 24 * 3600_000 };

// ---- delivery ----

/** Acks wait this long for more records to acknowledge in the same EndToEndAck (fewer records, same guarantees). */
export const ACK_DELAY_MS = 20;
/** ...unless this many counters are already waiting. */
export const ACK_BATCH = 256;
/** Most records (held reseals plus queued sends) sealed in one transaction: bounds a transaction's length. */
export const MAX_SEALS_PER_TRANSACTION = 256;
/** Frames kept for a connection whose handshake has not completed yet (records may overtake the confirmation). */
export const MAX_PARKED_PER_CONNECTION = 256;
/**
 * Acceptances of one invitation that may wait for the holder's init at a time. A connector
 * notice of acceptance is not authenticated, so each gets its own connection and the first
 * init that passes its checks uses the invitation; this bounds what forged notices can store
 * (a relay that forges more can keep the real holder out of this one invitation, as it could
 * by dropping the notice).
 */
export const MAX_PENDING_ACCEPTS = 16;
/** A record sent this many times without its end-to-end ack makes the sender ask the peer where it stands. */
export const STALE_RECORD_ATTEMPTS = 3;
/** At most one status request (backing off while unanswered), one repairing counter resync and one re-announcement per connection in this long. */
export const REPAIR_INTERVAL_MS = 10_000;
/** Status requests to a silent peer back off by doubling REPAIR_INTERVAL_MS at most this often: 2^9 of it, about 85 minutes between two. */
export const MAX_PROBE_DOUBLINGS = 9;

// ---- the connector ----

/** First and longest pause between two attempts to reach a connector that was unreachable at start (doubling in between). */
export const LISTEN_RETRY_BASE_MS = 250;
export const LISTEN_RETRY_MAX_MS = 30_000;
/** How often a subscription without a live socket polls the connector. */
export const POLL_INTERVAL_MS = 1000;
/** First and longest wait before an outbox row the connector could not take is tried again (doubling in between). */
export const OUTBOX_RETRY_BASE_MS = 500;
export const OUTBOX_RETRY_MAX_MS = 30_000;
/** Items asked for per fetch while syncing (e2eSync). */
export const SYNC_PAGE = 200;

// ---- rekeys ----

/** A rekey still pending after this long is started (issuer) or asked for (holder) again. */
export const REKEY_RETRY_MS = 30_000;
/** A holder repeats an unanswered rekey request at most this often. */
export const REKEY_REQUEST_INTERVAL_MS = 30_000;

// ---- DIDs ----

/**
 * A verifier resolves a DID that is not self-certifying again after this long (a key rotated
 * in its document is honoured within a minute). ETAMP connections verify a signature per frame.
 */
export const DID_KEY_TTL_MS = 60_000;
/** Authentication keys kept resolved (per DID and key id; most recently used). */
export const MAX_CACHED_DID_KEYS = 1024;

// ---- storage ----

/** A transition that keeps losing its compare-and-swap to other processes gives up (`state_conflict`) after this many tries. */
export const MAX_CAS_RETRIES = 20;
/** Most queued writes committed together on SQLite, and most transitions in one lane's transaction on PostgreSQL (one commit for all). */
export const MAX_GROUP_COMMIT = 256;
/**
 * PostgreSQL: transactions of grouped transitions open at a time. Each holds one of the pool's
 * connections (node-postgres keeps 10 by default) while it runs; the others serve reads and
 * the writes outside transitions.
 */
export const TRANSITION_LANES = 4;
/**
 * SQLite: connection rows kept in memory between transitions (the most recently used ones; a
 * row is about 1-2 KiB). Beyond this a transition reads its row from the database again.
 */
export const MAX_CACHED_CONNECTION_ROWS = 1024;
/**
 * Most rows one multi-row statement writes (outbox and inbox inserts): at 11 bound parameters a
 * row, far below the parameter limits of SQLite (32,766) and PostgreSQL (65,535).
 */
export const MAX_ROWS_PER_STATEMENT = 100;

// ---- the method API ----

/** Longest connection id, message id or type URL the plugin accepts (the connector's limit). */
export const MAX_ID_LENGTH = 128;
/** e2eGetMessages: default and largest page. */
export const DEFAULT_MESSAGES_PAGE = 100;
export const MAX_MESSAGES_PAGE = 1000;
/** e2eSync: default and largest number of items processed in one call. */
export const DEFAULT_SYNC_LIMIT = 1000;
export const MAX_SYNC_LIMIT = 100_000;

/** One-time pre-keys an owner publishes to a key directory per call by default, and at most (the connector's per-request cap). */
export const DIRECTORY_PREKEYS_DEFAULT = 20;
export const DIRECTORY_PREKEYS_MAX = 100;
/** An owner whose directory stock falls below this after an init publishes DIRECTORY_PREKEYS_DEFAULT more. */
export const DIRECTORY_REFILL_BELOW = 5;
