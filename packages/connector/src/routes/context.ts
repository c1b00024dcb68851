/**
 * What the route groups share: the store, the limits, the clock, the metrics and the
 * authentication preHandler, so each group is a function of its own file.
 */
import type { MailboxItemRow } from '../entities.js';
import type { ConnectorLimits } from '../config.js';
import type { Metrics } from '../metrics.js';
import type { Store, StoreHooks } from '../store.js';
import type { Auth } from '../auth.js';

export interface RouteContext {
  store: Store;
  limits: ConnectorLimits;
  metrics: Metrics;
  clock: () => number;
  auth: Auth;
  hooks: StoreHooks | undefined;
  /** Counts delivered items and their delivery latency. */
  deliver(rows: MailboxItemRow[], via: 'http' | 'ws'): void;
  /** Expires the participant's undelivered messages past retention (before it reads). */
  expireFor(participantId: string): Promise<void>;
  /** Items of the participant's mailbox were acked (frames kept for its sockets are stale). */
  acked(participantId: string): void;
}
