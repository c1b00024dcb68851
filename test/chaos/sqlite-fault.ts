/**
 * Database faults on a live SQLite file, run as a separate process so that a lock wait never
 * blocks the harness (and its relay) and a lock holder can be killed like any other process.
 *
 *   install <db> <table:OP,OP> ...  triggers that fail a write of those tables with the
 *                                   probability in chaos_fault.permille (0 = never)
 *   rate <db> <permille>            sets that probability
 *   lock <db> <ms>                  holds the write lock (BEGIN IMMEDIATE) for ms: the owner's
 *                                   writes wait, then fail with SQLITE_BUSY past its busy_timeout
 *
 * Prints one JSON line when done (lock: when the lock is taken, and again when released).
 */
import Database from 'better-sqlite3';

const [cmd, db, ...rest] = process.argv.slice(2);
if (!cmd || !db) {
  console.error('usage: sqlite-fault install|rate|lock <db> ...');
  process.exit(2);
}
const h = new Database(db, { fileMustExist: true });
h.pragma('busy_timeout = 30000');

if (cmd === 'install') {
  const statements = ['CREATE TABLE IF NOT EXISTS chaos_fault (permille INTEGER NOT NULL)', 'INSERT INTO chaos_fault SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM chaos_fault)'];
  for (const spec of rest) {
    const [table, ops] = spec.split(':');
    for (const op of (ops ?? '').split(',')) {
      if (!/^[a-z_][a-z0-9_]*$/.test(table ?? '') || !['INSERT', 'UPDATE', 'DELETE'].includes(op)) throw new RangeError(`bad trigger spec ${spec}`);
      // RAISE(ABORT): the statement fails inside the owner's open transaction, which must roll back.
      statements.push(`CREATE TRIGGER IF NOT EXISTS chaos_fail_${table}_${op.toLowerCase()} BEFORE ${op} ON ${table}
        WHEN (SELECT permille FROM chaos_fault) > abs(random() % 1000)
        BEGIN SELECT RAISE(ABORT, 'chaos: injected write failure'); END`);
    }
  }
  h.transaction(() => statements.forEach((s) => h.exec(s)))();
  console.log(JSON.stringify({ installed: rest }));
} else if (cmd === 'rate') {
  const permille = Number(rest[0]);
  if (!Number.isInteger(permille) || permille < 0 || permille > 1000) throw new RangeError('rate: permille in [0, 1000]');
  h.prepare('UPDATE chaos_fault SET permille = ?').run(permille);
  console.log(JSON.stringify({ rate: permille }));
} else if (cmd === 'lock') {
  const ms = Number(rest[0]);
  h.exec('BEGIN IMMEDIATE');
  console.log(JSON.stringify({ locked: Date.now() }));
  await new Promise((r) => setTimeout(r, ms));
  h.exec('ROLLBACK');
  console.log(JSON.stringify({ released: Date.now() }));
} else {
  console.error(`unknown command ${cmd}`);
  process.exit(2);
}
h.close();
