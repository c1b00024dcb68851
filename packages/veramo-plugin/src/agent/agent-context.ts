import createDebug from 'debug';
import { ConnectorE2EError } from '../errors.js';
import { E2E_EVENTS, type E2EConnectionState, type E2EContext, type E2EReceipt, type E2EReceiptRejected, type E2EReceivedMessage } from '../types/IConnectorE2E.js';

const debug = createDebug('connector-e2e:plugin');

/**
 * The Veramo agent the plugin runs in: its context (key manager, DID resolver), the DID to use
 * when a call names none, and its event bus. The context is bound by the first method call.
 */
export class AgentContext {
  private context: E2EContext | undefined;

  constructor(private readonly defaultDid: string | undefined) {}

  bind(context: E2EContext): void {
    this.context = context;
  }

  get(): E2EContext {
    if (!this.context) throw new ConnectorE2EError('identity_unavailable', 'the plugin has not been called through an agent yet');
    return this.context;
  }

  /** The DID a call acts as: the one it names, else the plugin's default. */
  did(did: string | undefined): string {
    const d = did ?? this.defaultDid;
    if (!d) throw new ConnectorE2EError('invalid_argument', 'did: no DID given and the plugin has no defaultDid');
    return d;
  }

  /**
   * Emits a connection's move from `from` to `state` (nothing when they are equal). A listener
   * that throws is logged, not propagated: the change it reports is already durable.
   */
  async connectionState(row: { connectionId: string; role: string }, from: string | null, state: E2EConnectionState): Promise<void> {
    if (from === state) return;
    await this.emit(E2E_EVENTS.connectionState, { connectionId: row.connectionId, state, previousState: from, role: row.role });
  }

  async messageReceived(message: E2EReceivedMessage): Promise<void> {
    await this.emit(E2E_EVENTS.messageReceived, message);
  }

  async receiptReceived(receipt: E2EReceipt): Promise<void> {
    await this.emit(E2E_EVENTS.receiptReceived, receipt);
  }

  async receiptRejected(rejected: E2EReceiptRejected): Promise<void> {
    await this.emit(E2E_EVENTS.receiptRejected, rejected);
  }

  private async emit(type: string, data: unknown): Promise<void> {
    try {
      await this.context?.agent.emit(type, data);
    } catch (e) {
      debug('event listener for %s threw: %s', type, (e as Error).message);
    }
  }
}
