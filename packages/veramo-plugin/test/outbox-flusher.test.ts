/**
 * The flusher when an ETAMP envelope cannot be made (the KMS lost the DID's key, or fails):
 * that connection's frames wait out a back-off, in order, and the other connections' frames in
 * the same batch still go. The connector is a stand-in that records what it is sent; the
 * envelope maker fails for one connection (the fault under test).
 */
import { randomBytes } from 'node:crypto';
import type { ConnectorClient, SendArgs as SendBatchItem, SendBatchResult } from '@connector-e2e/connector-client';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAgentDatabase } from '../src/index.js';
import { AtRestCipher } from '../src/storage/at-rest.js';
import { Store } from '../src/storage/store.js';
import type { Envelopes, OutgoingFrame } from '../src/transport/envelopes.js';
import { OutboxFlusher } from '../src/transport/outbox-flusher.js';

const URL = 'http://connector';

describe('the outbox flusher, when an envelope cannot be signed', () => {
  let db: DataSource;
  let store: Store;
  const sent: SendBatchItem[][] = [];
  const client = {
    sendBatch: async (items: SendBatchItem[]): Promise<SendBatchResult[]> => {
      sent.push(items);
      return items.map(() => ({ ok: true, duplicate: false, expiresAt: 0 }));
    },
  } as unknown as ConnectorClient;
  const kmsDown = new Error('identity_unavailable: the KMS has no key for did:example:lost');
  const envelopes = {
    payload: async (o: OutgoingFrame) => {
      if (o.connectionId === 'etamp-lost') throw kmsDown;
      return o.frame;
    },
  } as unknown as Envelopes;

  beforeAll(async () => {
    db = await openAgentDatabase({ database: ':memory:' });
    store = new Store(db, new AtRestCipher(nodeCrypto, randomBytes(32).toString('hex')));
    const now = Date.now();
    for (const [connectionId, envelope] of [['etamp-lost', 'etamp'], ['plain', null]] as const) {
      await store.insertConnection({
        connectionId, role: 'issuer', state: 'established', localDid: 'did:example:lost', peerDid: 'did:example:peer', connectorUrl: URL, tokenId: null,
        handshakeSealed: null, sessionSealed: null, version: 0, lastHandshakeOut: null, lastHandshakeIn: null,
        createdAt: now, updatedAt: now, lastActivityAt: now, acceptedAt: null, establishedAt: null, error: null, rejectedHandshakes: 0, envelope,
      });
    }
    // Interleaved in the outbox, so one batch holds both connections' frames.
    for (const [connectionId, messageId] of [['etamp-lost', 'c.1'], ['plain', 'c.1'], ['etamp-lost', 'c.2'], ['plain', 'c.2']]) {
      await store.tx((em) => store.outbox.insert(em, { connectionId: connectionId!, messageId: messageId!, kind: 'control', frame: 'AA', epoch: null, keyId: null, counter: null, atalaMessageId: null }));
    }
  });

  afterAll(async () => {
    await db?.destroy();
  });

  it("sends the other connection's frames in that batch, and keeps the unsignable connection's in order, waiting out a back-off", async () => {
    const flusher = new OutboxFlusher(store, async () => client, 60_000, envelopes);
    const [lost, plain] = await Promise.allSettled([flusher.flush('etamp-lost'), flusher.flush('plain')]);
    expect(lost).toMatchObject({ status: 'rejected', reason: kmsDown });
    expect(plain.status).toBe('fulfilled');
    expect(sent.flat().map((i) => `${i.connectionId}/${i.messageId}`)).toEqual(['plain/c.1', 'plain/c.2']);
    // Still queued, both, and not due again before the back-off.
    const rows: { connection_id: string; message_id: string; next_attempt_at: number }[] = await db.query("SELECT connection_id, message_id, next_attempt_at FROM e2e_outbox WHERE connection_id = 'etamp-lost' ORDER BY id");
    expect(rows.map((r) => r.message_id)).toEqual(['c.1', 'c.2']);
    for (const r of rows) expect(Number(r.next_attempt_at)).toBeGreaterThan(Date.now());
  });
});
