/** Expiry: undelivered messages past their retention leave the mailbox and their senders are told. */
import type { Database } from '../db.js';
import { ITEM_KIND } from '../entities.js';
import { appendNotice, EXPIRED_PREFIX, lockParticipants } from './mailbox.js';
import type { Wake } from './sql.js';

/**
 * Moves undelivered messages past their retention out of the recipients' mailboxes and
 * reports each to its sender as a `message expired` item. With `senderId`, only that
 * sender's messages (run before its fetch). Returns the number expired.
 */
export async function expire(db: Database, wake: Wake, now: number, senderId?: string): Promise<number> {
  const E = db.entities;
  let total = 0;
  for (;;) {
    const due = await db.read((em) => {
      const qb = em
        .createQueryBuilder(E.MailboxItem, 'i')
        .select(['i.recipientId', 'i.seq', 'i.connectionId', 'i.senderId', 'i.messageId'])
        .where('i.kind = :kind AND i.expiresAt <= :now', { kind: ITEM_KIND.message, now });
      if (senderId !== undefined) qb.andWhere('i.senderId = :senderId', { senderId });
      return qb.limit(200).getMany();
    });
    if (due.length === 0) return total;
    // lock senders' mailboxes in one global order, so concurrent sweeps cannot deadlock
    due.sort((a, b) => (a.senderId < b.senderId ? -1 : a.senderId > b.senderId ? 1 : a.seq - b.seq));
    const senders = new Set<string>();
    await db.transaction(async (em) => {
      // deletes change recipients' counters and notices lock senders: all rows in one order first
      await lockParticipants(db, em, due.flatMap((d) => [d.recipientId, d.senderId]));
      for (const item of due) {
        const del = await em.delete(E.MailboxItem, { recipientId: item.recipientId, seq: item.seq, kind: ITEM_KIND.message });
        if (!del.affected) continue; // acked meanwhile
        total++;
        senders.add(item.senderId);
        await appendNotice(db, em, item.senderId, {
          kind: ITEM_KIND.messageExpired,
          connectionId: item.connectionId,
          messageId: EXPIRED_PREFIX + item.messageId,
          tokenId: '',
          now,
        });
      }
    });
    for (const s of senders) wake(s);
    if (due.length < 200) return total;
  }
}
