import { ConnectorClient, ConnectorClientError, createParticipantKey, type Delivery, type HandlerResult, type ParticipantKey, type Subscription } from '@connector-e2e/connector-client';
import { toHex, type CryptoProvider } from '@connector-e2e/protocol';
import createDebug from 'debug';
import { ConnectorE2EError } from '../errors.js';
import { sealedField } from '../storage/at-rest.js';
import { LISTEN_RETRY_BASE_MS, LISTEN_RETRY_MAX_MS, POLL_INTERVAL_MS } from '../limits.js';
import type { Store } from '../storage/store.js';

const debug = createDebug('connector-e2e:plugin');

/**
 * What arrives from a connector's mailbox (the items the handler rejects stay unacked there),
 * and what to do when a connector that was unreachable should be tried again.
 */
export interface LinkHandlers {
  onDeliveries(url: string, ds: Delivery[]): Promise<HandlerResult>;
  /** The back-off after an unreachable connector is over: subscribe again (and whatever goes with it). */
  retry(url: string): void;
}

/**
 * This agent's links to connectors: its participant key (one per agent, sealed at rest), one
 * registered client per connector URL, and the live subscription to each mailbox (WebSocket
 * push, HTTP pull while the socket is down), tried again with back-off while a connector is
 * unreachable.
 */
export class ConnectorLinks {
  private participant: ParticipantKey | undefined;
  private readonly clients = new Map<string, ConnectorClient>();
  private readonly registered = new Set<string>();
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly retries = new Map<string, { timer: NodeJS.Timeout | undefined; attempts: number }>();

  constructor(
    private readonly store: Store,
    private readonly crypto: CryptoProvider,
    private readonly handlers: LinkHandlers,
  ) {}

  private async participantKey(): Promise<ParticipantKey> {
    if (this.participant) return this.participant;
    const row = await this.store.keys.participant(() => {
      const key = createParticipantKey(undefined, this.crypto);
      return { id: 'default', seedSealed: this.store.cipher.seal(sealedField.participantSeed(), key.seed), publicKey: toHex(key.publicKey), createdAt: this.store.now() };
    });
    this.participant = createParticipantKey(this.store.cipher.open(sealedField.participantSeed(), row.seedSealed), this.crypto);
    return this.participant;
  }

  /** The client for `url`, registered with that connector (once per process). */
  async client(url: string): Promise<ConnectorClient> {
    let c = this.clients.get(url);
    if (!c) {
      c = new ConnectorClient({ url, key: await this.participantKey(), crypto: this.crypto });
      this.clients.set(url, c);
    }
    if (!this.registered.has(url)) {
      try {
        await c.register({});
      } catch (e) {
        if (ConnectorClientError.is(e, 'otp_required')) {
          throw new ConnectorE2EError('registration_required', `the connector at ${url} registers new participants with a one-time password from its operator: call e2eRegister with it first`, { cause: e });
        }
        throw e;
      }
      this.registered.add(url);
    }
    return c;
  }

  /**
   * Registers this agent's key at `url` with a one-time password its operator issued for
   * `identifier` (docs/protocol.md 27). A key the connector knows already needs none.
   */
  async registerWithOtp(url: string, otp: { identifier: string; otp: string }): Promise<string> {
    let c = this.clients.get(url);
    if (!c) {
      c = new ConnectorClient({ url, key: await this.participantKey(), crypto: this.crypto });
      this.clients.set(url, c);
    }
    const { participantId } = await c.register({ otp });
    this.registered.add(url);
    return participantId;
  }

  /** Every connector URL a client exists for. */
  urls(): string[] {
    return [...this.clients.keys()];
  }

  get listening(): boolean {
    return this.subscriptions.size > 0;
  }

  /** Whether `url` is subscribed, or waiting to be tried again. */
  has(url: string): boolean {
    return this.subscriptions.has(url) || this.retries.get(url)?.timer !== undefined;
  }

  /**
   * Subscribes to the mailbox at `url`: true when this call subscribed, false when it was
   * subscribed already (a concurrent call) or the connector is unreachable (down, restarting,
   * no network). An unreachable one is tried again after a back-off (`handlers.retry`); the
   * agent comes up anyway and its sends wait in the outbox.
   */
  async subscribe(url: string): Promise<boolean> {
    let client: ConnectorClient;
    try {
      client = await this.client(url);
    } catch (e) {
      if (!ConnectorClientError.is(e) || !e.retryable) throw e;
      const attempts = (this.retries.get(url)?.attempts ?? 0) + 1;
      const delay = Math.min(LISTEN_RETRY_MAX_MS, LISTEN_RETRY_BASE_MS * 2 ** Math.min(attempts, 8));
      debug('connector %s unreachable (%s); listening again in %d ms', url, e.message, delay);
      const retry: { timer: NodeJS.Timeout | undefined; attempts: number } = { timer: undefined, attempts };
      retry.timer = setTimeout(() => {
        retry.timer = undefined;
        this.handlers.retry(url);
      }, delay).unref();
      this.retries.set(url, retry);
      return false;
    }
    this.retries.delete(url);
    if (this.subscriptions.has(url)) return false;
    this.subscriptions.set(
      url,
      client.subscribe({
        onMessage: (d) => this.handlers.onDeliveries(url, [d]),
        onBatch: (ds) => this.handlers.onDeliveries(url, ds),
        onError: (e) => debug('subscription %s: %s', url, e.message),
        pollIntervalMs: POLL_INTERVAL_MS,
      }),
    );
    return true;
  }

  /**
   * An open socket pushes each item once. One whose handler failed (or that the relay withheld)
   * stays unacked at the connector but is not pushed again while the socket lives: re-read the
   * unacked items. Items already handled are skipped by the subscription.
   */
  pollUnacked(): void {
    for (const s of this.subscriptions.values()) if (s.connected) void s.pollOnce();
  }

  /** Offers the items rejected earlier again now (our receive state changed). */
  retryRejected(): void {
    for (const s of this.subscriptions.values()) void s.retryRejected();
  }

  /** Stops retries and closes every subscription. */
  async close(): Promise<void> {
    for (const r of this.retries.values()) clearTimeout(r.timer);
    this.retries.clear();
    const subs = [...this.subscriptions.values()];
    this.subscriptions.clear();
    await Promise.all(subs.map((s) => s.close()));
  }
}
