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
import { AtRestCipher } from '../src/at-rest.js';
import { Store } from '../src/store.js';

describe('the outbox order', () => {
  let db: DataSource;
  let store: Store;

  beforeAll(async () => {
    db = await openAgentDatabase({ database: ':memory:' });
    store = new Store(db, new AtRestCipher(nodeCrypto, randomBytes(32).toString('hex')));
  });

  afterAll(async () => {
    await db?.destroy();
  });

  async function queue(messageId: string, kind: 'record' | 'control'): Promise<void> {
    await store.tx((em) => store.insertOutbox(em, { connectionId: 'c1', messageId, kind, frame: 'AA', epoch: kind === 'record' ? 0 : null, counter: kind === 'record' ? 5 : null, atalaMessageId: null }));
  }

  /** A moment after every row queued so far became due (rows are due from their insertion). */
  const soon = () => Date.now() + 100;

  it('a frame waiting out a backoff holds back the frames queued after it, and goes first once they are due', async () => {
    await queue('r.0.5', 'record');
    const [first] = await store.dueOutbox('c1', soon());
    // The connector was unreachable: the record waits out a backoff.
    await store.deferOutbox(first!, 8000);
    expect(await store.dueOutbox('c1', soon())).toEqual([]);

    // A counter resync queued meanwhile is due at once, but must not overtake the record.
    await queue('c.1', 'control');
    const due = await store.dueOutbox('c1', soon());
    expect(due.map((r) => r.messageId)).toEqual(['r.0.5', 'c.1']);
  });

  it('records waiting for their end-to-end ack do not hold anything back', async () => {
    const rows = await store.dueOutbox('c1', soon());
    await store.markSent(rows, 60_000); // the record now waits for its ack; the control row is gone
    expect(await store.dueOutbox('c1', soon())).toEqual([]);
    await queue('c.2', 'control');
    expect((await store.dueOutbox('c1', soon())).map((r) => r.messageId)).toEqual(['c.2']);
  });
});
