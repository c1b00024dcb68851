import type { SessionState } from '@connector-e2e/protocol';
import { GroupCommit, GroupFailed, type Outcome } from '@connector-e2e/db-kit';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { ConnectorE2EError } from '../errors.js';
import { MAX_CACHED_CONNECTION_ROWS, MAX_CAS_RETRIES, MAX_GROUP_COMMIT, TRANSITION_LANES } from '../limits.js';
import type { AtRestCipher } from './at-rest.js';
import { openSession, sealSession } from './codec.js';
import { ConnectionEntity, type ConnectionRow } from './entities.js';
import { InboxTable } from './inbox.js';
import { InvitationTable } from './invitations.js';
import { KeyRows } from './key-rows.js';
import { OutboxTable } from './outbox.js';
import { PeerIdentities } from './peer-identities.js';
import { DirectoryKeys } from './directory-keys.js';
import { ParkedFrames } from './parked-frames.js';
import { ReceiptTable } from './receipts.js';
import { RowMap } from './rows.js';
import { sql, type SqlResult } from './sql.js';

const connections = new RowMap<ConnectionRow>(ConnectionEntity);
const SELECT_CONNECTION = `SELECT ${connections.select()} FROM e2e_connection WHERE connection_id = ?`;

/**
 * A transaction of the plugin's database: what `tx`, `transition` and `write` hand to their
 * callbacks, and what every statement of a transition runs in. Only storage/ uses it as more
 * than a token to pass on.
 */
export type Tx = EntityManager;

/** How a connection's frames travel (docs/protocol.md 23.4), and the DIDs an envelope on it must name. */
export interface ConnectionEnvelope {
  mode: 'etamp' | 'plain';
  localDid: string;
  peerDid: string | null;
}

/** A connection row as created (the rotation policy column is set later, when asked for). */
export type NewConnection = Omit<ConnectionRow, 'keyRotation' | 'envelope'> & { keyRotation?: string | null; envelope?: 'etamp' | null };

/**
 * PostgreSQL: a transition whose group was rolled back because another member of it failed
 * (storage/ only). Nothing of it was written; it runs again in a transaction of its own.
 */
class GroupRolledBack extends Error {
  constructor() {
    super('another transition of the same group failed; nothing of this one was written');
  }
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
  private readonly groups: GroupCommit<Tx> | undefined;
  /**
   * PostgreSQL: transitions of many connections share one transaction and one commit, as on
   * SQLite, in TRANSITION_LANES lanes that run side by side; a connection always uses the same
   * lane, so two transitions of one connection never wait for each other's row lock from two
   * open transactions. See runLane for why a lane needs no savepoints.
   */
  private readonly lanes: GroupCommit<Tx>[] | undefined;
  /** Per transition (its Tx): what to run once it committed. */
  private readonly hooks = new WeakMap<Tx, (() => void)[]>();
  /**
   * SQLite: the query runner every group commit runs on. typeorm caches prepared statements per
   * query runner and `DataSource.transaction` makes a new one each time; on the one SQLite
   * connection, a runner kept for the store's life prepares each statement once.
   */
  private groupRunner: QueryRunner | undefined;
  /** SQLite: the runner of reads outside transactions, kept for the same reason. */
  private readRunner: QueryRunner | undefined;
  /**
   * SQLite: connection rows as this process last read or wrote them in a group, so that a
   * transition need not read (and the caller decrypt) its row again. Valid while no other
   * process wrote the file: every group, once it holds the write lock, compares SQLite's
   * `data_version` (which changes only when another connection commits) and forgets every row
   * if it moved. A transition that fails forgets its row: its savepoint, or its group, rolled
   * back what it wrote. Other writes of connection rows forget the rows they touch.
   */
  private readonly rows = new Map<string, ConnectionRow>();
  private dataVersion: number | undefined;

  readonly outbox = new OutboxTable(this);
  readonly inbox = new InboxTable(this);
  readonly invitations = new InvitationTable(this);
  readonly keys = new KeyRows(this);
  readonly parked = new ParkedFrames(this);
  readonly peers = new PeerIdentities(this);
  readonly directory = new DirectoryKeys(this);
  readonly receipts = new ReceiptTable(this);

  constructor(
    readonly db: DataSource,
    readonly cipher: AtRestCipher,
    /** The plugin's clock (Unix ms): every timestamp, deadline and interval of the plugin reads it. */
    readonly now: () => number = Date.now,
  ) {
    const serial = ['better-sqlite3', 'sqlite', 'sqljs', 'capacitor', 'expo', 'react-native'].includes(db.options.type);
    this.groups = serial ? new GroupCommit<Tx>((members) => this.runGroup(members), { maxGroup: MAX_GROUP_COMMIT }) : undefined;
    this.lanes = serial ? undefined : Array.from({ length: TRANSITION_LANES }, () => new GroupCommit<Tx>((members) => this.runLane(members), { maxGroup: MAX_GROUP_COMMIT }));
  }

  /** Where reads outside a transaction run (storage/ only). */
  get reads(): Tx {
    return this.serial ? (this.readRunner ??= this.db.createQueryRunner()).manager : this.db.manager;
  }

  private get serial(): boolean {
    return this.groups !== undefined;
  }

  /** Runs a write durably: directly elsewhere, through the group commit on SQLite. Not re-entrant. */
  write<T>(fn: () => Promise<T>): Promise<T> {
    return this.groups ? this.groups.write(() => fn()) : fn();
  }

  /** One statement on its own, durably (through the group commit on SQLite). storage/ only. */
  execute(text: string, params: readonly unknown[]): Promise<SqlResult> {
    return this.write(() => sql(this.reads, text, params));
  }

  /** Runs `fn` in a transaction (a savepoint inside the group commit on SQLite). Not re-entrant. */
  tx<T>(fn: (em: Tx) => Promise<T>): Promise<T> {
    return this.groups ? this.groups.write((em) => em.transaction(fn)) : this.db.transaction(fn);
  }

  /**
   * One group in one typeorm transaction (typeorm must know it is open: Veramo's own stores
   * write through the same connection). Each `tx` member runs in a nested transaction, i.e. a
   * savepoint.
   */
  private async runGroup(members: ReadonlyArray<(em: Tx) => Promise<unknown>>): Promise<Outcome[]> {
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
        const [{ data_version: seen }] = (await em.query('PRAGMA data_version')) as [{ data_version: number }];
        if (seen !== this.dataVersion) this.rows.clear();
        this.dataVersion = seen;
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
      this.rows.clear(); // rows written in the group were never committed
      throw new GroupFailed(outcomes, { cause: e }); // the commit itself failed: nothing of it holds
    }
    return outcomes;
  }

  /**
   * PostgreSQL: one group of transitions in one transaction on a connection of its own, with no
   * savepoint per member (each would cost two more round trips). Members run one after the
   * other; if one fails, the transaction is rolled back and every member fails with
   * GroupRolledBack, which `transition` answers by running it again alone: a transition is
   * written to be run again (as after losing its compare-and-swap), and the one that failed
   * meets its own error again in its own transaction. When the COMMIT itself fails, whether it
   * took effect is unknown, so the members get that error, as an ungrouped transition would.
   */
  private async runLane(members: ReadonlyArray<(em: Tx) => Promise<unknown>>): Promise<Outcome[]> {
    const qr = this.db.createQueryRunner();
    const outcomes: Outcome[] = [];
    try {
      await qr.startTransaction();
      for (const member of members) {
        try {
          outcomes.push({ ok: true, value: await member(qr.manager) });
        } catch {
          await qr.rollbackTransaction();
          return members.map(() => ({ ok: false, error: new GroupRolledBack() }));
        }
      }
      await qr.commitTransaction();
      return outcomes;
    } catch (e) {
      if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
      throw new GroupFailed([], { cause: e });
    } finally {
      await qr.release();
    }
  }

  /** The lane of a connection's transitions (PostgreSQL). */
  private laneOf(connectionId: string): GroupCommit<Tx> {
    let h = 0;
    for (let i = 0; i < connectionId.length; i++) h = (h * 31 + connectionId.charCodeAt(i)) >>> 0;
    return this.lanes![h % this.lanes!.length]!;
  }

  async connection(id: string, em: Tx = this.reads): Promise<ConnectionRow | null> {
    const r = (await sql(em, SELECT_CONNECTION, [id])).records[0];
    return r ? connections.from(r) : null;
  }

  /** The connection's envelope mode and the DIDs its envelopes name, or undefined when it does not exist (reads no more of its row). */
  async connectionEnvelope(id: string): Promise<ConnectionEnvelope | undefined> {
    const r = (await sql(this.reads, 'SELECT envelope, local_did, peer_did FROM e2e_connection WHERE connection_id = ?', [id])).records[0];
    if (!r) return undefined;
    return { mode: r.envelope === 'etamp' ? 'etamp' : 'plain', localDid: String(r.local_did), peerDid: r.peer_did === null || r.peer_did === undefined ? null : String(r.peer_did) };
  }

  async connectionOrThrow(id: string, em?: Tx): Promise<ConnectionRow> {
    const row = await this.connection(id, em);
    if (!row) throw new ConnectorE2EError('not_found', `no connection ${String(id).slice(0, 80)}`);
    return row;
  }

  /** SQLite, inside a group: the row from `rows` when there, else read (and kept). */
  private async cachedConnectionOrThrow(id: string, em: Tx): Promise<ConnectionRow> {
    const hit = this.rows.get(id);
    if (hit) {
      this.remember(hit); // most recently used last
      return { ...hit };
    }
    const row = await this.connectionOrThrow(id, em);
    this.remember({ ...row });
    return row;
  }

  private remember(row: ConnectionRow): void {
    this.rows.delete(row.connectionId);
    this.rows.set(row.connectionId, row);
    if (this.rows.size > MAX_CACHED_CONNECTION_ROWS) this.rows.delete(this.rows.keys().next().value!);
  }

  /** Forgets kept rows: those named, or all (storage/ only, after a write outside `casUpdate`). */
  forgetConnections(...ids: string[]): void {
    if (ids.length === 0) this.rows.clear();
    for (const id of ids) this.rows.delete(id);
  }

  private async lockedConnectionOrThrow(id: string, em: Tx): Promise<ConnectionRow> {
    const r = (await sql(em, `${SELECT_CONNECTION} FOR UPDATE`, [id])).records[0];
    const row = r ? connections.from(r) : null;
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
    fn: (row: ConnectionRow, em: Tx) => Promise<{ patch?: Partial<ConnectionRow> & { session?: SessionState }; result: T }>,
  ): Promise<T> {
    let alone = false;
    for (let attempt = 0; ; attempt++) {
      const committed: (() => void)[] = [];
      const step = async (em: Tx): Promise<T> => {
        this.hooks.set(em, committed);
        // Elsewhere (PostgreSQL) the row is locked for the transaction: a second process
        // waits instead of doing the same work and losing the compare-and-swap.
        const row = this.serial ? await this.cachedConnectionOrThrow(connectionId, em) : await this.lockedConnectionOrThrow(connectionId, em);
        const { patch, result } = await fn(row, em);
        if (patch) await this.casUpdate(em, row, patch);
        return result;
      };
      try {
        const value = this.lanes && !alone ? ((await this.laneOf(connectionId).write(step)) as T) : await this.tx(step);
        for (const run of committed) run();
        return value;
      } catch (e) {
        this.rows.delete(connectionId);
        if (e instanceof GroupRolledBack) {
          alone = true;
          continue;
        }
        if (ConnectorE2EError.is(e, 'state_conflict') && attempt < MAX_CAS_RETRIES) continue;
        throw e;
      }
    }
  }

  /** Runs `fn` once the transition that owns `em` has committed (not at all if it fails). */
  afterCommit(em: Tx, fn: () => void): void {
    const hooks = this.hooks.get(em);
    if (!hooks) throw new Error('afterCommit: not inside a transition');
    hooks.push(fn);
  }

  async casUpdate(em: Tx, row: ConnectionRow, patch: Partial<ConnectionRow> & { session?: SessionState }): Promise<void> {
    const { session, ...fields } = patch;
    const set: Partial<ConnectionRow> = { ...fields, version: row.version + 1, updatedAt: this.now() };
    if (session) set.sessionSealed = sealSession(this.cipher, row.connectionId, session);
    const keys = Object.keys(set) as (keyof ConnectionRow)[];
    const assignments = keys.map((k) => `${connections.column(k)} = ?`).join(', ');
    const res = await sql(em, `UPDATE e2e_connection SET ${assignments} WHERE connection_id = ? AND version = ?`, [...keys.map((k) => set[k] ?? null), row.connectionId, row.version]);
    if (res.affected !== 1) throw new ConnectorE2EError('state_conflict', `connection ${row.connectionId} changed concurrently`);
    if (this.serial) {
      const written = { ...row };
      for (const k of keys) (written as Record<string, unknown>)[k] = set[k] ?? null;
      this.remember(written);
    }
  }

  /** Connections, oldest first, optionally only those in `state` or of `localDid`. */
  async listConnections(filter: { state?: string; localDid?: string } = {}): Promise<ConnectionRow[]> {
    const conditions = [
      ['state', filter.state],
      ['local_did', filter.localDid],
    ].filter((c): c is [string, string] => c[1] !== undefined);
    const where = conditions.length > 0 ? ` WHERE ${conditions.map(([column]) => `${column} = ?`).join(' AND ')}` : '';
    const r = await sql(this.reads, `SELECT ${connections.select()} FROM e2e_connection${where} ORDER BY created_at ASC`, conditions.map(([, value]) => value));
    return r.records.map((x) => connections.from(x));
  }

  /** A new connection row (outside a transaction: through the group commit on SQLite). */
  async insertConnection(row: NewConnection, tx?: Tx): Promise<void> {
    this.forgetConnections(row.connectionId);
    if (tx) await tx.getRepository<ConnectionRow>(ConnectionEntity).insert(row);
    else await this.write(() => this.db.getRepository<ConnectionRow>(ConnectionEntity).insert(row));
  }

  /** Everything stored for a connection, in one transaction. */
  async deleteConnectionData(connectionId: string): Promise<void> {
    await this.tx(async (tx) => {
      for (const table of ['e2e_outbox', 'e2e_inbox', 'e2e_parked', 'e2e_receipt', 'e2e_connection']) await sql(tx, `DELETE FROM ${table} WHERE connection_id = ?`, [connectionId]);
      this.forgetConnections(connectionId);
    });
  }
}
