import { encodeFrame, toBase64url, type FrameInput, type SealedControl, type SessionState } from '@connector-e2e/protocol';
import { GroupCommit, GroupFailed, type Outcome } from '@connector-e2e/db-kit';
import { In, type DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import type { AtRestCipher } from './at-rest.js';
import { openSession, sealSession } from './codec.js';
import { ConnectionEntity, InboxEntity, OutboxEntity, ParkedEntity, type ConnectionRow, type OutboxRow } from './entities.js';
import { ConnectorE2EError } from '../errors.js';
import { MAX_CAS_RETRIES, MAX_GROUP_COMMIT } from '../limits.js';
import { ids } from '../session/message-ids.js';
import { marks, sql } from './sql.js';

/** Each field of a connection row (entities.ts): its column, and whether it is a bigint (a string from PostgreSQL). */
const CONNECTION_COLUMNS = new Map(
  Object.entries(ConnectionEntity.options.columns).map(([field, c]) => {
    const col = c as { name?: string; type?: unknown };
    return [field, { column: col.name ?? field, bigint: col.type === 'bigint' }];
  }),
);
function connectionColumn(field: string): string {
  const column = CONNECTION_COLUMNS.get(field)?.column;
  if (!column) throw new TypeError(`e2e_connection has no field ${field}`);
  return column;
}
const SELECT_CONNECTION = `SELECT ${[...CONNECTION_COLUMNS.values()].map((c) => c.column).join(', ')} FROM e2e_connection WHERE connection_id = ?`;
function connectionFromRecord(r: Record<string, unknown>): ConnectionRow {
  const row: Record<string, unknown> = {};
  for (const [field, { column, bigint }] of CONNECTION_COLUMNS) {
    const v = r[column];
    row[field] = bigint && v !== null && v !== undefined ? Number(v) : v;
  }
  return row as unknown as ConnectionRow;
}

/*
 * Durable state transitions. Each runs in one database transaction and updates the
 * connection row with a compare-and-swap on `version`, so two processes sharing a database
 * can never both commit a transition from the same state (e.g. both move one receive window):
 * the loser sees `state_conflict` and retries on the fresh row.
 */

export class Store {
  /**
   * SQLite drivers give TypeORM one connection: two transactions started from concurrent async
   * work would nest on it ("cannot start a transaction within a transaction") or mix their
   * writes. On SQLite every write of the plugin therefore goes through one queue, and the
   * writes that queued up while a commit ran share the next one (db-kit's GroupCommit): each
   * caller is answered only after the commit that made its write durable, and a failing `tx`
   * rolls back to its own savepoint alone. One fsync then covers many connections' work.
   */
  private readonly groups: GroupCommit<EntityManager> | undefined;
  /** Per transition (its EntityManager): what to run once it committed. */
  private readonly hooks = new WeakMap<EntityManager, (() => void)[]>();
  /**
   * SQLite: the query runner every group commit runs on. typeorm caches prepared statements per
   * query runner and `DataSource.transaction` makes a new one each time; on the one SQLite
   * connection, a runner kept for the store's life prepares each statement once.
   */
  private groupRunner: QueryRunner | undefined;
  /** SQLite: the runner of reads outside transactions, kept for the same reason. */
  private readRunner: QueryRunner | undefined;

  constructor(
    readonly db: DataSource,
    readonly cipher: AtRestCipher,
    /** The plugin's clock (Unix ms): every timestamp, deadline and interval of the plugin reads it. */
    readonly now: () => number = Date.now,
  ) {
    const serial = ['better-sqlite3', 'sqlite', 'sqljs', 'capacitor', 'expo', 'react-native'].includes(db.options.type);
    this.groups = serial ? new GroupCommit<EntityManager>((members) => this.runGroup(members), { maxGroup: MAX_GROUP_COMMIT }) : undefined;
  }

  /** Where reads outside a transaction run. */
  private get reads(): EntityManager {
    return this.serial ? (this.readRunner ??= this.db.createQueryRunner()).manager : this.db.manager;
  }

  private get serial(): boolean {
    return this.groups !== undefined;
  }

  /** Runs a write durably: directly elsewhere, through the group commit on SQLite. Not re-entrant. */
  write<T>(fn: () => Promise<T>): Promise<T> {
    return this.groups ? this.groups.write(() => fn()) : fn();
  }

  /** Runs `fn` in a transaction (a savepoint inside the group commit on SQLite). Not re-entrant. */
  tx<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.groups ? this.groups.write((em) => em.transaction(fn)) : this.db.transaction(fn);
  }

  /**
   * One group in one typeorm transaction (typeorm must know it is open: Veramo's own stores
   * write through the same connection). Each `tx` member runs in a nested transaction, i.e. a
   * savepoint.
   */
  private async runGroup(members: ReadonlyArray<(em: EntityManager) => Promise<unknown>>): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    const qr = (this.groupRunner ??= this.db.createQueryRunner());
    try {
      await qr.startTransaction();
      try {
        const em = qr.manager;
        // Take the write lock first (like BEGIN IMMEDIATE): another process writing the same
        // file between our reads and our first write would otherwise fail the whole group with
        // SQLITE_BUSY after its members did their work (and dropped their sending keys).
        await em.query('UPDATE e2e_connection SET version = version WHERE 0');
        for (const member of members) {
          try {
            outcomes.push({ ok: true, value: await member(em) });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
        await qr.commitTransaction();
      } catch (e) {
        if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
        throw e;
      }
    } catch (e) {
      throw new GroupFailed(outcomes, { cause: e }); // the commit itself failed: nothing of it holds
    }
    return outcomes;
  }

  async connection(id: string, em: EntityManager = this.reads): Promise<ConnectionRow | null> {
    const r = (await sql(em, SELECT_CONNECTION, [id])).records[0];
    return r ? connectionFromRecord(r) : null;
  }

  async connectionOrThrow(id: string, em?: EntityManager): Promise<ConnectionRow> {
    const row = await this.connection(id, em);
    if (!row) throw new ConnectorE2EError('not_found', `no connection ${String(id).slice(0, 80)}`);
    return row;
  }

  private async lockedConnectionOrThrow(id: string, em: EntityManager): Promise<ConnectionRow> {
    const row = await em.getRepository<ConnectionRow>(ConnectionEntity).findOne({ where: { connectionId: id }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw new ConnectorE2EError('not_found', `no connection ${String(id).slice(0, 80)}`);
    return row;
  }

  session(row: ConnectionRow): SessionState {
    return openSession(this.cipher, row.connectionId, row.sessionSealed);
  }

  /**
   * Runs `fn` in a transaction on the current row and writes back its changes with CAS.
   * `fn` returns the fields to change (or undefined for no change) and a result. Callbacks
   * `fn` registers with `afterCommit` run once the transaction committed, never otherwise.
   */
  async transition<T>(
    connectionId: string,
    fn: (row: ConnectionRow, em: EntityManager) => Promise<{ patch?: Partial<ConnectionRow> & { session?: SessionState }; result: T }>,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const committed: (() => void)[] = [];
      try {
        const value = await this.tx(async (em) => {
          this.hooks.set(em, committed);
          // Elsewhere (PostgreSQL) the row is locked for the transaction: a second process
          // waits instead of doing the same work and losing the compare-and-swap.
          const row = this.serial ? await this.connectionOrThrow(connectionId, em) : await this.lockedConnectionOrThrow(connectionId, em);
          const { patch, result } = await fn(row, em);
          if (patch) await this.casUpdate(em, row, patch);
          return result;
        });
        for (const run of committed) run();
        return value;
      } catch (e) {
        if (ConnectorE2EError.is(e, 'state_conflict') && attempt < MAX_CAS_RETRIES) continue;
        throw e;
      }
    }
  }

  /** Runs `fn` once the transition that owns `em` has committed (not at all if it fails). */
  afterCommit(em: EntityManager, fn: () => void): void {
    const hooks = this.hooks.get(em);
    if (!hooks) throw new Error('afterCommit: not inside a transition');
    hooks.push(fn);
  }

  async casUpdate(em: EntityManager, row: ConnectionRow, patch: Partial<ConnectionRow> & { session?: SessionState }): Promise<void> {
    const { session, ...fields } = patch;
    const set: Partial<ConnectionRow> = { ...fields, version: row.version + 1, updatedAt: this.now() };
    if (session) set.sessionSealed = sealSession(this.cipher, row.connectionId, session);
    const keys = Object.keys(set) as (keyof ConnectionRow)[];
    const assignments = keys.map((k) => `${connectionColumn(k)} = ?`).join(', ');
    const res = await sql(em, `UPDATE e2e_connection SET ${assignments} WHERE connection_id = ? AND version = ?`, [...keys.map((k) => set[k] ?? null), row.connectionId, row.version]);
    if (res.affected !== 1) throw new ConnectorE2EError('state_conflict', `connection ${row.connectionId} changed concurrently`);
  }

  /** Queues a sealed control message (in the caller's transaction) and returns the state that sealed it. */
  async queueControl(em: EntityManager, row: ConnectionRow, step: { state: SessionState; sealed: SealedControl }): Promise<SessionState> {
    const frame = toBase64url(encodeFrame({ control: step.sealed } as FrameInput));
    await this.insertOutbox(em, { connectionId: row.connectionId, messageId: ids.control(step.state.controlSendSequence), kind: 'control', frame, epoch: null, keyId: null, counter: null, atalaMessageId: null });
    return step.state;
  }

  /** Queues a frame to send now; a `reseal` row is held (never due) until it is sealed. */
  async insertOutbox(em: EntityManager, row: Omit<OutboxRow, 'id' | 'attempts' | 'status' | 'createdAt' | 'nextAttemptAt'>): Promise<void> {
    const now = this.now();
    const held = row.kind === 'reseal';
    await sql(
      em,
      'INSERT INTO e2e_outbox (connection_id, message_id, kind, frame, epoch, key_id, counter, atala_message_id, status, attempts, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) ON CONFLICT DO NOTHING',
      [row.connectionId, row.messageId, row.kind, row.frame, row.epoch, row.keyId, row.counter, row.atalaMessageId, held ? 'held' : 'pending', now, held ? Number.MAX_SAFE_INTEGER : now],
    );
  }

  /**
   * Outbox rows to send now to `connectorUrl`, for all its connections (one we ended still sends
   * what it queued, its ConnectionClose last), oldest first, so one flush puts them into one request. A connection's rows go when anything of it
   * is due (pending, or sent and waiting too long for an ack), and then every row of it not yet
   * stored by the connector goes too, in order, including rows still waiting out a backoff
   * after a failed attempt: frames reach the connector in the order they were queued, so a
   * counter resync never overtakes the records it skips over.
   */
  dueOutboxAt(connectorUrl: string, now: number, limit: number): Promise<OutboxRow[]> {
    return this.db
      .getRepository<OutboxRow>(OutboxEntity)
      .createQueryBuilder('o')
      .innerJoin('E2EConnection', 'c', 'c.connection_id = o.connection_id')
      .where('c.connector_url = :url', { url: connectorUrl })
      .andWhere(
        '(o.next_attempt_at <= :now OR (o.status = :pending AND EXISTS (SELECT 1 FROM e2e_outbox d WHERE d.connection_id = o.connection_id AND d.next_attempt_at <= :now)))',
        { now, pending: 'pending' },
      )
      .orderBy('o.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Connections that have something due in their outbox. */
  async connectionsWithDueOutbox(now: number): Promise<string[]> {
    const rows = await this.db
      .getRepository<OutboxRow>(OutboxEntity)
      .createQueryBuilder('o')
      .select('DISTINCT o.connection_id', 'connectionId')
      .where('o.next_attempt_at <= :now', { now })
      .getRawMany<{ connectionId: string }>();
    return rows.map((r) => r.connectionId);
  }

  /** Connections with records held to be sealed again (`reseal` rows). */
  async connectionsWithHeldReseals(): Promise<string[]> {
    const rows = await this.db
      .getRepository<OutboxRow>(OutboxEntity)
      .createQueryBuilder('o')
      .select('DISTINCT o.connection_id', 'connectionId')
      .where('o.kind = :k', { k: 'reseal' })
      .getRawMany<{ connectionId: string }>();
    return rows.map((r) => r.connectionId);
  }

  /** Connections with a record sent at least `attempts` times and still not acknowledged end to end. */
  async connectionsWithStaleRecords(attempts: number): Promise<string[]> {
    const rows = await this.db
      .getRepository<OutboxRow>(OutboxEntity)
      .createQueryBuilder('o')
      .select('DISTINCT o.connection_id', 'connectionId')
      .where('o.kind = :k AND o.attempts >= :n', { k: 'record', n: attempts })
      .getRawMany<{ connectionId: string }>();
    return rows.map((r) => r.connectionId);
  }

  /** Records that the connector stored these rows (one statement per kind, not per row). */
  async markSent(rows: readonly OutboxRow[], retransmitAfterMs: number): Promise<void> {
    if (rows.length === 0) return;
    const records = rows.filter((r) => r.kind === 'record').map((r) => r.id);
    // Acks, control and handshake frames need no end-to-end ack: the connector holds them now.
    const others = rows.filter((r) => r.kind !== 'record').map((r) => r.id);
    await this.tx(async (em) => {
      if (records.length > 0) await sql(em, `UPDATE e2e_outbox SET status = 'sent', attempts = attempts + 1, next_attempt_at = ? WHERE id IN (${marks(records.length)})`, [this.now() + retransmitAfterMs, ...records]);
      if (others.length > 0) await sql(em, `DELETE FROM e2e_outbox WHERE id IN (${marks(others.length)})`, others);
    });
  }

  async deferOutbox(row: OutboxRow, delayMs: number): Promise<void> {
    await this.write(() => this.db.getRepository<OutboxRow>(OutboxEntity).update({ id: row.id }, { attempts: row.attempts + 1, nextAttemptAt: this.now() + delayMs }));
  }

  /** Deletes the outbox of a connection that has ended (revoked or failed); false if it has not. */
  async dropOutboxIfEnded(connectionId: string): Promise<boolean> {
    return this.tx(async (em) => {
      const row = await this.connection(connectionId, em);
      if (row && row.state !== 'revoked' && row.state !== 'failed') return false;
      await em.getRepository(OutboxEntity).delete({ connectionId });
      return true;
    });
  }

  async unackedCount(connectionId: string): Promise<number> {
    return this.db.getRepository<OutboxRow>(OutboxEntity).countBy({ connectionId, kind: In(['record', 'reseal']) });
  }

  async deleteConnectionData(connectionId: string): Promise<void> {
    await this.tx(async (em) => {
      await em.getRepository(OutboxEntity).delete({ connectionId });
      await em.getRepository(InboxEntity).delete({ connectionId });
      await em.getRepository(ParkedEntity).delete({ connectionId });
      await em.getRepository(ConnectionEntity).delete({ connectionId });
    });
  }
}
