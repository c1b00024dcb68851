import type { SessionState } from '@connector-e2e/protocol';
import type { DataSource, EntityManager } from 'typeorm';
import type { AtRestCipher } from './at-rest.js';
import { openSession, sealSession } from './codec.js';
import { ConnectionEntity, InboxEntity, OutboxEntity, ParkedEntity, type ConnectionRow, type OutboxRow } from './entities.js';
import { ConnectorE2EError } from './errors.js';

/*
 * Durable state transitions. Each runs in one database transaction and updates the
 * connection row with a compare-and-swap on `version`, so two processes sharing a database
 * can never both commit a transition from the same state (e.g. draw the same send counter):
 * the loser sees `state_conflict` and retries on the fresh row.
 */

const MAX_CAS_RETRIES = 20;
/** Tries at committing counters sealed in failed work as used (Store.transition). */
const BURN_ATTEMPTS = 5;
/** Most queued writes committed together on SQLite. */
const MAX_GROUP_COMMIT = 256;

interface Job {
  run(em: EntityManager): Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export class Store {
  /**
   * SQLite drivers give TypeORM one connection: two transactions started from concurrent async
   * work would nest on it ("cannot start a transaction within a transaction") or mix their
   * writes. On SQLite every write of the plugin therefore goes through one queue, and the
   * writes that queued up while a commit ran share the next one (group commit): each runs in
   * its own savepoint (a failing one rolls back alone) and each caller is answered only after
   * the commit that made its write durable. One fsync then covers many connections' work.
   */
  private readonly serial: boolean;
  private readonly pending: Job[] = [];
  /** Per transition (its inner EntityManager): send counters its work seals with. */
  private readonly claims = new WeakMap<EntityManager, Map<number, { upTo: number; reservedUntil: number }>>();
  private draining = false;

  constructor(
    readonly db: DataSource,
    readonly cipher: AtRestCipher,
  ) {
    this.serial = ['better-sqlite3', 'sqlite', 'sqljs', 'capacitor', 'expo', 'react-native'].includes(db.options.type);
  }

  /** Runs a write durably: directly elsewhere, through the group-commit queue on SQLite. Not re-entrant. */
  write<T>(fn: () => Promise<T>): Promise<T> {
    if (!this.serial) return fn();
    return this.enqueue(() => fn());
  }

  /** Runs `fn` in a transaction (a savepoint inside the group commit on SQLite). Not re-entrant. */
  tx<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serial) return this.db.transaction(fn);
    return this.enqueue((em) => em.transaction(fn));
  }

  private enqueue<T>(run: (em: EntityManager) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ run, resolve: resolve as (v: unknown) => void, reject });
      if (!this.draining) {
        this.draining = true;
        void this.drain();
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, MAX_GROUP_COMMIT);
        const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
        try {
          await this.db.transaction(async (em) => {
            // Take the write lock first (like BEGIN IMMEDIATE): another process writing the same
            // file between our reads and our first write would otherwise fail the whole group with
            // SQLITE_BUSY after its jobs did their work (sealed with counters another process
            // may then draw too).
            await em.query('UPDATE e2e_connection SET version = version WHERE 0');
            for (const job of batch) {
              try {
                outcomes.push({ ok: true, value: await job.run(em) });
              } catch (error) {
                outcomes.push({ ok: false, error });
              }
            }
          });
        } catch (error) {
          for (const job of batch) job.reject(error); // the commit itself failed: nothing of it holds
          continue;
        }
        batch.forEach((job, i) => {
          const o = outcomes[i]!;
          if (o.ok) job.resolve(o.value);
          else job.reject(o.error);
        });
      }
    } finally {
      this.draining = false;
    }
  }

  connection(id: string, em: EntityManager = this.db.manager): Promise<ConnectionRow | null> {
    return em.getRepository<ConnectionRow>(ConnectionEntity).findOneBy({ connectionId: id });
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
   * `fn` returns the fields to change (or undefined for no change) and a result.
   */
  async transition<T>(
    connectionId: string,
    fn: (row: ConnectionRow, em: EntityManager) => Promise<{ patch?: Partial<ConnectionRow> & { session?: SessionState }; result: T }>,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        const out = await this.tx(async (em) => {
          // Elsewhere (PostgreSQL) the row is locked for the transaction: a second process
          // waits instead of doing the same work and losing the compare-and-swap.
          const row = this.serial ? await this.connectionOrThrow(connectionId, em) : await this.lockedConnectionOrThrow(connectionId, em);
          let inner: EntityManager | undefined;
          try {
            // In a savepoint: if a write fails after counters were sealed with, what rolls
            // back is the work, not the claim on those counters (below).
            const value = await em.transaction(async (sub) => {
              inner = sub;
              const { patch, result } = await fn(row, sub);
              if (patch) await this.casUpdate(sub, row, patch);
              return result;
            });
            return { ok: true as const, value };
          } catch (error) {
            const claims = inner && this.claims.get(inner);
            if (!claims || ConnectorE2EError.is(error, 'state_conflict')) throw error;
            const stored = this.session(row);
            // Only the stored epoch's: keys of an epoch the failed work made are not stored.
            const claim = claims.get(stored.epoch);
            if (!claim || claim.upTo <= stored.sendNext) throw error;
            // Counters sealed with in the failed work are skipped for good, in this same
            // transaction: no process on this database draws them again, so no (key, IV) pair
            // is sealed twice even if a ciphertext of the failed work reached the disk (an
            // aborted row version, a WAL frame). The caller still gets the error.
            // The reservation the work extended is kept too: its guard mark is written already.
            const burned = { session: { ...stored, sendNext: claim.upTo, sendReservedUntil: Math.max(stored.sendReservedUntil, claim.reservedUntil, claim.upTo) } };
            // The write that failed may fail again (an I/O error, a lock): a few tries, each in
            // its own savepoint. If none holds, the whole transaction fails and only this
            // process knows those counters are used (CounterReservations).
            for (let attempt = 1; ; attempt++) {
              try {
                await em.transaction((sub) => this.casUpdate(sub, row, burned));
                break;
              } catch (again) {
                if (attempt >= BURN_ATTEMPTS || ConnectorE2EError.is(again, 'state_conflict')) throw error;
              }
            }
            return { ok: false as const, error };
          }
        });
        if (!out.ok) throw out.error;
        return out.value;
      } catch (e) {
        if (ConnectorE2EError.is(e, 'state_conflict') && attempt < MAX_CAS_RETRIES) continue;
        throw e;
      }
    }
  }

  /**
   * Records, inside a transition's work, that send counters of `epoch` below `upTo` are about
   * to be sealed with, under a reservation up to `reservedUntil`: if the work fails, the
   * transition commits them as used (see transition).
   */
  claimCounters(em: EntityManager, epoch: number, upTo: number, reservedUntil: number): void {
    let c = this.claims.get(em);
    if (!c) this.claims.set(em, (c = new Map()));
    const prev = c.get(epoch);
    c.set(epoch, { upTo: Math.max(prev?.upTo ?? 0, upTo), reservedUntil: Math.max(prev?.reservedUntil ?? 0, reservedUntil) });
  }


  async casUpdate(em: EntityManager, row: ConnectionRow, patch: Partial<ConnectionRow> & { session?: SessionState }): Promise<void> {
    const { session, ...fields } = patch;
    const now = Date.now();
    const set: Partial<ConnectionRow> = { ...fields, version: row.version + 1, updatedAt: now };
    if (session) set.sessionSealed = sealSession(this.cipher, row.connectionId, session);
    const res = await em
      .createQueryBuilder()
      .update(ConnectionEntity)
      .set(set)
      .where('connection_id = :id AND version = :v', { id: row.connectionId, v: row.version })
      .execute();
    if (res.affected !== 1) throw new ConnectorE2EError('state_conflict', `connection ${row.connectionId} changed concurrently`);
  }

  async insertOutbox(em: EntityManager, row: Omit<OutboxRow, 'id' | 'attempts' | 'status' | 'createdAt' | 'nextAttemptAt'>): Promise<void> {
    const now = Date.now();
    await em
      .createQueryBuilder()
      .insert()
      .into(OutboxEntity)
      .values({ ...row, status: 'pending', attempts: 0, createdAt: now, nextAttemptAt: now })
      .orIgnore()
      .execute();
  }

  /**
   * Outbox rows to send now to `connectorUrl`, for all its connections (not revoked), oldest
   * first, so one flush puts them into one request. A connection's rows go when anything of it
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
      .where('c.connector_url = :url AND c.state <> :revoked', { url: connectorUrl, revoked: 'revoked' })
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
      const qb = () => em.createQueryBuilder();
      if (records.length > 0) {
        await qb()
          .update(OutboxEntity)
          .set({ status: 'sent', attempts: () => 'attempts + 1', nextAttemptAt: Date.now() + retransmitAfterMs })
          .where('id IN (:...ids)', { ids: records })
          .execute();
      }
      if (others.length > 0) await qb().delete().from(OutboxEntity).where('id IN (:...ids)', { ids: others }).execute();
    });
  }

  async deferOutbox(row: OutboxRow, delayMs: number): Promise<void> {
    await this.write(() => this.db.getRepository<OutboxRow>(OutboxEntity).update({ id: row.id }, { attempts: row.attempts + 1, nextAttemptAt: Date.now() + delayMs }));
  }

  async unackedCount(connectionId: string): Promise<number> {
    return this.db.getRepository<OutboxRow>(OutboxEntity).countBy({ connectionId, kind: 'record' });
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
