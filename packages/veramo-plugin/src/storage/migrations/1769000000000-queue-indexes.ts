import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/*
 * Migration 7: indexes that stay cheap while the outbox and the inbox churn.
 *
 * - The outbox is a queue: every row is inserted pending, updated to sent and deleted on its
 *   end-to-end ack, so between two vacuums its indexes hold far more dead entries than rows.
 *   The flusher's question "which rows are pending, oldest first" scanned the primary key (or
 *   the due index) over all of them: ~100-400 ms per pass on PostgreSQL after a minute at a few
 *   thousand messages a second. A partial index of the pending rows, read in id order, answers it
 *   from the few live entries (an index scan marks the dead entries it passes, so later scans
 *   skip them).
 * - The inbox looked up message ids already stored before inserting (one query per received run,
 *   which PostgreSQL planned as a scan of every row of the connection). A unique index on
 *   (connection, message id) lets the insert itself skip a duplicate (ON CONFLICT DO NOTHING);
 *   records without a message id ('') are not constrained. Every version of the plugin stored
 *   at most one row per message id, so existing inboxes satisfy it.
 */

export class QueueIndexes1769000000000 implements MigrationInterface {
  name = 'QueueIndexes1769000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('e2e_outbox', new TableIndex({ name: 'IDX_e2e_outbox_pending', columnNames: ['id'], where: "status = 'pending'" }));
    await q.dropIndex('e2e_inbox', 'IDX_e2e_inbox_message');
    await q.createIndex('e2e_inbox', new TableIndex({ name: 'UQ_e2e_inbox_message', columnNames: ['connection_id', 'message_id'], isUnique: true, where: "message_id <> ''" }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('e2e_inbox', 'UQ_e2e_inbox_message');
    await q.createIndex('e2e_inbox', new TableIndex({ name: 'IDX_e2e_inbox_message', columnNames: ['connection_id', 'message_id'] }));
    await q.dropIndex('e2e_outbox', 'IDX_e2e_outbox_pending');
  }
}
