import { CreateConnectorE2E1763900000000 } from './1763900000000-create-connector-e2e.js';
import { WidenCounters1764000000000 } from './1764000000000-widen-counters.js';
import { SendingKeys1765000000000 } from './1765000000000-sending-keys.js';
import { KeyRotation1766000000000 } from './1766000000000-key-rotation.js';
import { RejectedHandshakes1767000000000 } from './1767000000000-rejected-handshakes.js';
import { Etamp1768000000000 } from './1768000000000-etamp.js';
import { QueueIndexes1769000000000 } from './1769000000000-queue-indexes.js';
import { Receipts1770000000000 } from './1770000000000-receipts.js';
import { PeerIdentities1771000000000 } from './1771000000000-peer-identities.js';
import { DirectoryKeys1772000000000 } from './1772000000000-directory-keys.js';

/** The plugin's migrations in order, to concatenate with `@veramo/data-store`'s `migrations`. */
export const E2EMigrations = [CreateConnectorE2E1763900000000, WidenCounters1764000000000, SendingKeys1765000000000, KeyRotation1766000000000, RejectedHandshakes1767000000000, Etamp1768000000000, QueueIndexes1769000000000, Receipts1770000000000, PeerIdentities1771000000000, DirectoryKeys1772000000000];
