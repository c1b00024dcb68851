/**
 * Two agents behind the test relay (relay-proxy.ts) in front of a real connector, for one
 * describe block: started before its tests, closed after them, the relay's hook cleared after
 * each test. The fields are set once the block's own beforeAll hooks run.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { eventually, makeAgent, startConnector, type AgentOptions, type TestAgent, type TestConnector } from './helpers.js';
import { participantOf, RelayProxy } from './relay-proxy.js';

export interface RelayedPair {
  connector: TestConnector;
  relay: RelayProxy;
  issuer: TestAgent;
  holder: TestAgent;
  /** Their connector participant ids: the mailbox owners the relay sees. */
  issuerId: string;
  holderId: string;
  /** A new connection from an invitation of the issuer, established on both sides; its id. */
  connect(options?: { envelope?: 'plain' | 'etamp'; timeoutMs?: number }): Promise<string>;
}

export function relayedPair(options: { issuer?: Partial<AgentOptions>; holder?: Partial<AgentOptions> } = {}): RelayedPair {
  const pair = {
    async connect({ envelope, timeoutMs }: { envelope?: 'plain' | 'etamp'; timeoutMs?: number } = {}) {
      const invitation = await pair.issuer.agent.e2eCreateInvitation({ did: pair.issuer.did, ...(envelope ? { envelope } : {}) });
      const c = await pair.holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: pair.holder.did, ...(timeoutMs ? { timeoutMs } : {}) });
      await eventually(async () => (await pair.issuer.agent.e2eGetConnection({ connectionId: c.connectionId })).state === 'established', 15_000, 'the issuer side');
      return c.connectionId;
    },
  } as RelayedPair;

  beforeAll(async () => {
    pair.connector = await startConnector();
    pair.relay = await RelayProxy.start(pair.connector.url);
    pair.issuer = await makeAgent({ connectorUrl: pair.relay.url, ...options.issuer });
    pair.holder = await makeAgent({ connectorUrl: pair.relay.url, ...options.holder });
    await pair.connect(); // registers both participants and opens their sockets through the relay
    pair.issuerId = await participantOf(pair.issuer);
    pair.holderId = await participantOf(pair.holder);
  }, 60_000);

  afterEach(() => {
    if (pair.relay) pair.relay.onDeliveries = undefined;
  });

  afterAll(async () => {
    await pair.holder?.close();
    await pair.issuer?.close();
    await pair.relay?.close();
    await pair.connector?.stop();
  });

  return pair;
}
