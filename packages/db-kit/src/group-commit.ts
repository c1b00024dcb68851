/** What became of one member of a group. */
export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Runs the members of one group in ONE transaction, each isolated (a member that throws is
 * undone alone, for example by rolling back to its savepoint) and commits them together.
 * Resolves with every member's outcome once committed. If the transaction itself fails (its
 * COMMIT, or an error that ends it), it rejects with a `GroupFailed` carrying the outcomes
 * gathered until then: nothing of the group holds.
 */
export type RunGroup<Em> = (members: ReadonlyArray<(em: Em) => Promise<unknown>>) => Promise<Outcome[]>;

export class GroupFailed extends Error {
  constructor(
    readonly outcomes: readonly Outcome[],
    options: { cause: unknown },
  ) {
    super(`the group's transaction failed: ${options.cause instanceof Error ? options.cause.message : String(options.cause)}`, options);
  }
}

interface Job<Em> {
  fn: (em: Em) => Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * Group commit, for databases with one connection (SQLite): transactions cannot run side by
 * side there, and one commit after the other costs a WAL write (and an fsync) each. The writes
 * that queued up while the previous group ran go together into one transaction (`runGroup`)
 * and share its COMMIT; each keeps its own outcome, and each caller is answered only after the
 * COMMIT that made its write durable, so nobody is told "stored" before it is. If the
 * transaction fails, every member fails (with its own error if it had one). Reads submitted
 * with `read` run between groups, on `readsWith`, so they never see uncommitted writes.
 */
export class GroupCommit<Em> {
  private reads: Job<Em>[] = [];
  private writes: Job<Em>[] = [];
  private scheduled = false;
  private busy = false;

  constructor(
    private readonly runGroup: RunGroup<Em>,
    private readonly options: { maxGroup: number; readsWith?: Em },
  ) {}

  write<T>(fn: (em: Em) => Promise<T>): Promise<T> {
    return this.submit(this.writes, fn);
  }

  read<T>(fn: (em: Em) => Promise<T>): Promise<T> {
    if (this.options.readsWith === undefined) throw new Error('GroupCommit: reads need `readsWith`');
    return this.submit(this.reads, fn);
  }

  private submit<T>(queue: Job<Em>[], fn: (em: Em) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      this.schedule();
    });
  }

  /** The next round on the next turn of the event loop, after pending I/O queued its work too. */
  private schedule(): void {
    if (this.scheduled || this.busy) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.round();
    });
  }

  private async round(): Promise<void> {
    this.busy = true;
    try {
      for (const job of this.reads.splice(0)) {
        try {
          job.resolve(await job.fn(this.options.readsWith!));
        } catch (e) {
          job.reject(e);
        }
      }
      const group = this.writes.splice(0, this.options.maxGroup);
      if (group.length > 0) await this.commit(group);
    } finally {
      this.busy = false;
      if (this.reads.length > 0 || this.writes.length > 0) this.schedule();
    }
  }

  private async commit(jobs: Job<Em>[]): Promise<void> {
    let outcomes: readonly Outcome[];
    try {
      outcomes = await this.runGroup(jobs.map((j) => j.fn));
    } catch (e) {
      const partial = e instanceof GroupFailed ? e.outcomes : [];
      const cause = e instanceof GroupFailed ? e.cause : e;
      jobs.forEach((job, i) => {
        const o = partial[i];
        job.reject(o && !o.ok ? o.error : cause);
      });
      return;
    }
    jobs.forEach((job, i) => {
      const o = outcomes[i]!;
      if (o.ok) job.resolve(o.value);
      else job.reject(o.error);
    });
  }
}

/**
 * RunGroup over plain SQL statements on the one connection (`run`): BEGIN, a SAVEPOINT per
 * member (none for a group of one), COMMIT; ROLLBACK when anything fails. `afterBegin`, if
 * given, runs right after BEGIN (e.g. a no-op write that takes SQLite's write lock before any
 * member reads, like BEGIN IMMEDIATE).
 */
export function sqlGroups<Em>(em: Em, run: (sql: string) => Promise<unknown>, afterBegin?: string): RunGroup<Em> {
  return async (members) => {
    const outcomes: Outcome[] = [];
    try {
      await run('BEGIN');
      if (afterBegin) await run(afterBegin);
      if (members.length === 1) {
        outcomes.push({ ok: true, value: await members[0]!(em) });
      } else {
        for (const member of members) {
          await run('SAVEPOINT member');
          try {
            const value = await member(em);
            await run('RELEASE member');
            outcomes.push({ ok: true, value });
          } catch (error) {
            // if this fails the whole transaction is gone (SQLite rolls back on some errors)
            await run('ROLLBACK TO member');
            await run('RELEASE member');
            outcomes.push({ ok: false, error });
          }
        }
      }
      await run('COMMIT');
      return outcomes;
    } catch (e) {
      await run('ROLLBACK').catch(() => undefined);
      // A group of one: its own failure is its outcome.
      throw new GroupFailed(members.length === 1 ? [{ ok: false, error: e }] : outcomes, { cause: e });
    }
  };
}
