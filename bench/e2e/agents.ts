/**
 * The two agents of an end-to-end case, placed in the bench process or each in a process of its
 * own (agent-worker.ts), behind one interface, so the cases run unchanged in both placements.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createConnectorE2EAgent, E2E_EVENTS, openAgentDatabase, type ConnectorE2EAgent, type E2EReceivedMessage } from '@connector-e2e/veramo-plugin';
import type { DataSource } from 'typeorm';
import { benchMessage, now, runLoad, type LoadPlan, type LoadResult } from './load.js';

export type Placement = 'in-process' | 'processes';

export interface AgentConfig {
  database: string;
  pgSchema?: string;
  connectorUrl: string;
  /** The mode of the agent's invitations (docs/protocol.md 23). Default plain. */
  envelope?: 'plain' | 'etamp';
}

/** What a case does with an agent. `received` hears every message the agent receives. */
export interface BenchAgent {
  readonly did: string;
  /** The process the agent runs in (undefined: the bench process). */
  readonly pid: number | undefined;
  createInvitation(): Promise<string>;
  accept(url: string): Promise<string>;
  load(plan: LoadPlan): Promise<LoadResult>;
  /** Messages sent on these connections and not yet acknowledged end to end. */
  unacked(connectionIds: string[]): Promise<number>;
  onReceived(listener: (messageId: string, at: number) => void): void;
  close(): Promise<void>;
}

/** The agent object and what both placements do with it. */
export class AgentHost {
  private listener: ((messageId: string, at: number) => void) | undefined;

  private constructor(
    readonly agent: ConnectorE2EAgent,
    readonly db: DataSource,
    readonly did: string,
  ) {}

  static async open(c: AgentConfig): Promise<AgentHost> {
    const db = await openAgentDatabase({ database: c.database, pgSchema: c.pgSchema });
    let host: AgentHost | undefined;
    const agent = createConnectorE2EAgent({
      dbConnection: db,
      kmsSecretKey: randomBytes(32).toString('hex'),
      secretKey: randomBytes(32).toString('hex'),
      connectorUrl: c.connectorUrl,
      envelope: c.envelope ?? 'plain',
      plugins: [{ eventTypes: [E2E_EVENTS.messageReceived], onEvent: async (e: { data: unknown }) => host?.listener?.((e.data as E2EReceivedMessage).messageId, now()) }],
    });
    const did = (await agent.didManagerCreate({ provider: 'did:key' })).did;
    await agent.e2eStartListening({});
    host = new AgentHost(agent, db, did);
    return host;
  }

  onReceived(listener: (messageId: string, at: number) => void): void {
    this.listener = listener;
  }

  async createInvitation(): Promise<string> {
    return (await this.agent.e2eCreateInvitation({ did: this.did })).url;
  }

  async accept(url: string): Promise<string> {
    return (await this.agent.e2eAcceptInvitation({ invitation: url, did: this.did })).connectionId;
  }

  load(plan: LoadPlan): Promise<LoadResult> {
    return runLoad(plan, (connectionId, id) => this.agent.e2eSendMessage({ connectionId, message: benchMessage(id) }));
  }

  async unacked(connectionIds: string[]): Promise<number> {
    return (await Promise.all(connectionIds.map((connectionId) => this.agent.e2eGetConnection({ connectionId })))).reduce((a, c) => a + c.unacked, 0);
  }

  async close(): Promise<void> {
    await this.agent.e2eStopListening({});
    await this.db.destroy();
  }
}

class InProcessAgent implements BenchAgent {
  readonly pid = undefined;
  constructor(private readonly host: AgentHost) {}
  get did() {
    return this.host.did;
  }
  createInvitation = () => this.host.createInvitation();
  accept = (url: string) => this.host.accept(url);
  load = (plan: LoadPlan) => this.host.load(plan);
  unacked = (cs: string[]) => this.host.unacked(cs);
  onReceived = (l: (messageId: string, at: number) => void) => this.host.onReceived(l);
  close = () => this.host.close();
}

type Reply = { id: number; result?: unknown; error?: string };

/** An agent in a process of its own, driven over its stdin/stdout (one JSON object per line). */
class WorkerAgent implements BenchAgent {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private listener: ((messageId: string, at: number) => void) | undefined;
  did = '';

  constructor(private readonly child: ChildProcess) {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = JSON.parse(line) as Reply & { received?: [string, number][] };
      if (m.received) {
        for (const [id, at] of m.received) this.listener?.(id, at);
        return;
      }
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.error !== undefined) p?.reject(new Error(m.error));
      else p?.resolve(m.result);
    });
    child.once('exit', (code) => {
      for (const p of this.pending.values()) p.reject(new Error(`agent worker exited (${code})`));
      this.pending.clear();
    });
  }

  get pid() {
    return this.child.pid;
  }

  call<T>(method: string, ...args: unknown[]): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.stdin!.write(`${JSON.stringify({ id, method, args })}\n`);
    });
  }

  createInvitation = () => this.call<string>('createInvitation');
  accept = (url: string) => this.call<string>('accept', url);
  load = (plan: LoadPlan) => this.call<LoadResult>('load', { ...plan, messages: Number.isFinite(plan.messages) ? plan.messages : null });
  unacked = (cs: string[]) => this.call<number>('unacked', cs);
  onReceived = (l: (messageId: string, at: number) => void) => void (this.listener = l);

  async close(): Promise<void> {
    await this.call('close');
    if (this.child.exitCode === null) await new Promise((r) => this.child.once('exit', r));
  }
}

const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'agent-worker.ts');

/**
 * An agent in the bench process or in a worker process. With `profileDir`, a worker writes a V8
 * CPU profile there when it exits (`node --cpu-prof`).
 */
export async function openAgent(placement: Placement, c: AgentConfig, profileDir?: string): Promise<BenchAgent> {
  if (placement === 'in-process') return new InProcessAgent(await AgentHost.open(c));
  const prof = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...prof, '--conditions=connector-e2e:source', '--import', 'tsx', WORKER, JSON.stringify(c)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const w = new WorkerAgent(child);
  w.did = await w.call<string>('did');
  return w;
}
