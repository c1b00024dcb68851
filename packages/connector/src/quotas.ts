/**
 * Per-participant quotas, checked inside the write transaction against the usage counters the
 * database keeps (migration UsageCounters): the counters are read under the participant row's
 * lock, so the check is exact across connector processes sharing a PostgreSQL database.
 *
 * The mailbox quota bounds what one participant's mailbox holds over all its connections; the
 * per-connection `queueCap` alone let two accounts store without bound by opening more
 * connections to each other, and `maxConnectionsPerParticipant` bounds those connections.
 */
import type { ConnectorLimits } from './config.js';

/** Undelivered messages in a mailbox, as the counters say (updated as a batch is planned). */
export interface MailboxUsage {
  items: number;
  bytes: number;
}

/** Why one more message of `size` bytes does not fit the mailbox, or undefined when it does. */
export function mailboxQuotaRefusal(usage: MailboxUsage, size: number, limits: ConnectorLimits): string | undefined {
  if (usage.items + 1 > limits.mailboxQuotaItems) return `the recipient's mailbox holds ${usage.items} undelivered messages (quota ${limits.mailboxQuotaItems})`;
  if (usage.bytes + size > limits.mailboxQuotaBytes) return `the recipient's mailbox holds ${usage.bytes} undelivered bytes (quota ${limits.mailboxQuotaBytes})`;
  return undefined;
}

/** Why a new connection between these parties is refused, or undefined when both have room. */
export function connectionQuotaRefusal(counts: ReadonlyMap<string, number>, limits: ConnectorLimits): string | undefined {
  for (const n of counts.values()) {
    if (n >= limits.maxConnectionsPerParticipant) return `a party already has ${n} connections (quota ${limits.maxConnectionsPerParticipant})`;
  }
  return undefined;
}
