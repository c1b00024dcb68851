import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Restore detection (docs/protocol.md, "Restores"): before a block of send counters is
 * committed to the database, its end is written to a second place that a database restore
 * (backup, VM snapshot, copied file) does not roll back. When the database's reservation is
 * behind the mark, the session state is older than what may already have been sent under
 * its keys: the plugin refuses to seal and rekeys first, so no (key, IV) pair is used twice.
 * A crash between the mark and the commit leaves the mark ahead too: that costs a rekey,
 * never safety.
 */

export interface CounterMark {
  readonly epoch: number;
  readonly reservedUntil: number;
  /**
   * The stored reservation the writer read in the transaction that wrote this mark: it was
   * committed then. A database behind it was restored; one between it and the mark is the
   * state of a transaction that did not commit (a failed write, a crash before the commit).
   * Absent in marks of older versions: the mark itself counts as committed.
   */
  readonly committed?: { readonly epoch: number; readonly reservedUntil: number };
}

export interface CounterGuard {
  read(connectionId: string): CounterMark | undefined;
  /** Durably records a reservation; returns only once it is on stable storage. */
  write(connectionId: string, mark: CounterMark): void;
  remove(connectionId: string): void;
}

/**
 * One small file per connection in `dir`, replaced atomically (write, fsync, rename, fsync
 * the directory). Keep `dir` outside whatever restores the database.
 */
export function fileCounterGuard(dir: string): CounterGuard {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const fileOf = (connectionId: string) => join(dir, createHash('sha256').update(connectionId).digest('hex').slice(0, 32));
  const fsyncDir = () => {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  };
  return {
    read(connectionId) {
      let text: string;
      try {
        text = readFileSync(fileOf(connectionId), 'utf8');
      } catch {
        return undefined;
      }
      const m = /^(\d+) (\d+)(?: (\d+) (\d+))?\n$/.exec(text);
      // An unreadable mark is evidence of nothing; the next reservation rewrites it.
      if (!m) return undefined;
      const mark = { epoch: Number(m[1]), reservedUntil: Number(m[2]) };
      return m[3] === undefined ? mark : { ...mark, committed: { epoch: Number(m[3]), reservedUntil: Number(m[4]) } };
    },
    write(connectionId, mark) {
      const file = fileOf(connectionId);
      const tmp = `${file}.${process.pid}.tmp`;
      const fd = openSync(tmp, 'w', 0o600);
      try {
        const c = mark.committed;
        writeSync(fd, c ? `${mark.epoch} ${mark.reservedUntil} ${c.epoch} ${c.reservedUntil}\n` : `${mark.epoch} ${mark.reservedUntil}\n`);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, file);
      fsyncDir();
    },
    remove(connectionId) {
      rmSync(fileOf(connectionId), { force: true });
    },
  };
}
