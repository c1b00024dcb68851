/**
 * The outbox goes out in order: a frame that failed to reach the connector and waits out its
 * backoff is not overtaken by frames queued after it (a counter resync overtaking the records
 * it skips over would strand them below the receiver's window for good).
 */
import { randomBytes } from 'node:crypto';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { openAgentDatabase } from '../src/index.js';
import { AtRestCipher } from '../src/storage/at-rest.js';
import { Store } from '../src/storage/store.js';

const URL = 'http://connector';

describe('the outbox order', () => {
  let db: DataSource;
  let store: Store;

  beforeAll(async () => {
    db = await openAgentDatabase({ database: ':memory:' });
    store = new Store(db, new AtRestCipher(nodeCrypto, randomBytes(32).toString('hex')));
    const now = Date.now();
    for (const [connectionId, connectorUrl] of [['c1', URL], ['c2', 'http://elsewhere'], ['c3', URL]]) {
      await db.getRepository('E2EConnection').insert({
        connectionId, role: 'issuer', state: 'established', localDid: 'did:example:i', peerDid: null, connectorUrl, tokenId: null,
        handshakeSealed: null, sessionSealed: null, version: 0, lastHandshakeOut: null, lastHandshakeIn: null,
        createdAt: now, updatedAt: now, lastActivityAt: now, acceptedAt: null, establishedAt: null, error: null,
      });
    }
  });

  afterAll(async () => {
    await db?.destroy();
  });

  async function queue(messageId: string, kind: 'record' | 'control', connectionId = 'c1'): Promise<void> {
    await store.tx((em) => store.outbox.insert(em, { connectionId, messageId, kind, frame: 'AA', epoch: kind === 'record' ? 0 : null, keyId: null, counter: kind === 'record' ? 5 : null, atalaMessageId: null }));
  }

  /** A moment after every row queued so far became due (rows are due from their insertion). */
  const soon = () => Date.now() + 100;
  const due = () => store.outbox.due(URL, soon(), 500);

  it('a frame waiting out a backoff holds back the frames queued after it, and goes first once they are due', async () => {
    await queue('r.0.5', 'record');
    const [first] = await due();
    // The connector was unreachable: the record waits out a backoff.
    await store.outbox.defer(first!, 8000);
    expect(await due()).toEqual([]);

    // A counter resync queued meanwhile is due at once, but must not overtake the record.
    await queue('c.1', 'control');
    expect((await due()).map((r) => r.messageId)).toEqual(['r.0.5', 'c.1']);
  });

  it('records waiting for their end-to-end ack do not hold anything back', async () => {
    const rows = await due();
    await store.outbox.markSent(rows, 60_000); // the record now waits for its ack; the control row is gone
    expect(await due()).toEqual([]);
    await queue('c.2', 'control');
    expect((await due()).map((r) => r.messageId)).toEqual(['c.2']);
  });

  it('takes the due rows of every connection at the connector, oldest first, and none of another connector', async () => {
    await queue('x.1', 'control', 'c2');
    await queue('y.1', 'control', 'c3');
    await queue('c.3', 'control');
    expect((await due()).map((r) => [r.connectionId, r.messageId])).toEqual([['c1', 'c.2'], ['c3', 'y.1'], ['c1', 'c.3']]);
  });
});
