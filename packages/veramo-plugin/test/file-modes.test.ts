import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAgentDatabase } from '../src/storage/agent-database.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'e2e-modes-'));
  dirs.push(d);
  return d;
}

const mode = (path: string) => statSync(path).mode & 0o777;

describe('agent database files', () => {
  it('a new SQLite database and its -wal and -shm files are readable by their owner only', async () => {
    const file = join(tempDir(), 'agent.sqlite');
    const db = await openAgentDatabase({ database: file });
    try {
      await db.query("INSERT INTO e2e_parked (connection_id, frame, reason, received_at) VALUES ('c', 'AA', 'test', 1)");
      expect(mode(file)).toBe(0o600);
      expect(mode(`${file}-wal`)).toBe(0o600);
      expect(mode(`${file}-shm`)).toBe(0o600);
    } finally {
      await db.destroy();
    }
  });

  it('an existing database file keeps the mode its owner gave it', async () => {
    const file = join(tempDir(), 'agent.sqlite');
    writeFileSync(file, '', { mode: 0o640 });
    const db = await openAgentDatabase({ database: file });
    await db.destroy();
    expect(mode(file)).toBe(0o640);
  });
});
