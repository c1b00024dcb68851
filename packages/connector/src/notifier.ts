/**
 * Mailbox wake-ups. Local subscribers (WebSocket pumps) register per mailbox id; writes in
 * this process wake them directly. On PostgreSQL a dedicated connection LISTENs on the
 * schema's channel, so writes committed by other connector processes (which NOTIFY with the
 * mailbox id as payload, nothing else) wake them too.
 */
import pg from 'pg';
import type { Logger } from 'pino';

type Listener = () => void;

export class MailboxHub {
  private readonly listeners = new Map<string, Set<Listener>>();

  /** `changed` hears of every wake before the subscribers (undefined: every mailbox). */
  constructor(private readonly changed?: (mailboxId: string | undefined) => void) {}

  subscribe(mailboxId: string, fn: Listener): () => void {
    let set = this.listeners.get(mailboxId);
    if (!set) this.listeners.set(mailboxId, (set = new Set()));
    set.add(fn);
    return () => {
      set.delete(fn);
      if (set.size === 0) this.listeners.delete(mailboxId);
    };
  }

  wake(mailboxId: string): void {
    this.changed?.(mailboxId);
    const set = this.listeners.get(mailboxId);
    if (set) for (const fn of [...set]) fn();
  }

  wakeAll(): void {
    this.changed?.(undefined);
    for (const set of [...this.listeners.values()]) for (const fn of [...set]) fn();
  }
}

export interface Listener$ {
  alive(): boolean;
  close(): Promise<void>;
}

/** No cross-process channel (SQLite: one process owns the file). */
export const localOnly: Listener$ = { alive: () => true, close: async () => undefined };

/** LISTEN on PostgreSQL with reconnect; after a reconnect every local pump is woken (missed NOTIFYs). */
export function listenPostgres(url: string, channel: string, hub: MailboxHub, log: Logger): Promise<Listener$> {
  let client: pg.Client | undefined;
  let connected = false;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (msg) => {
      if (msg.channel === channel && msg.payload) hub.wake(msg.payload);
    });
    c.on('error', (err) => {
      log.warn({ err: err.message }, 'notify listener connection failed');
    });
    c.on('end', () => {
      connected = false;
      if (!closed) retry = setTimeout(() => void connect().catch(() => undefined), 500);
    });
    client = c;
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
      connected = true;
      hub.wakeAll();
    } catch (e) {
      connected = false;
      await c.end().catch(() => undefined);
      throw e;
    }
  };

  return connect().then(() => ({
    alive: () => connected,
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  }));
}
