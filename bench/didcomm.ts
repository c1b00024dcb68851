import { createAgent, type IDIDManager, type IKeyManager, type IResolver } from '@veramo/core';
import { DIDComm, type IDIDComm } from '@veramo/did-comm';
import { DIDManager, MemoryDIDStore } from '@veramo/did-manager';
import { getResolver as peerDidResolver, PeerDIDProvider } from '@veramo/did-provider-peer';
import { DIDResolverPlugin } from '@veramo/did-resolver';
import { KeyManager, MemoryKeyStore, MemoryPrivateKeyStore } from '@veramo/key-manager';
import { KeyManagementSystem } from '@veramo/kms-local';
import { measureAsync, type CaseResult, type RunOptions } from './harness.js';

/**
 * The peer users would otherwise pick: Veramo DIDComm v2 between two did:peer:2 identities,
 * pack + unpack per message (the receiver's keys live in the same in-memory agent).
 */
export async function didcommCases(opts: RunOptions, sizes: number[] = [1024, 64 * 1024]): Promise<CaseResult[]> {
  const agent = createAgent<IDIDManager & IKeyManager & IResolver & IDIDComm>({
    plugins: [
      new KeyManager({ store: new MemoryKeyStore(), kms: { local: new KeyManagementSystem(new MemoryPrivateKeyStore()) } }),
      new DIDManager({ store: new MemoryDIDStore(), defaultProvider: 'did:peer', providers: { 'did:peer': new PeerDIDProvider({ defaultKms: 'local' }) } }),
      new DIDResolverPlugin({ ...peerDidResolver() }),
      new DIDComm(),
    ],
  });
  const alice = await agent.didManagerCreate({ provider: 'did:peer', options: { num_algo: 2 } });
  const bob = await agent.didManagerCreate({ provider: 'did:peer', options: { num_algo: 2 } });
  const out: CaseResult[] = [];
  for (const size of sizes) {
    for (const packing of ['authcrypt', 'anoncrypt'] as const) {
      let n = 0;
      out.push(
        await measureAsync(
          'Veramo DIDComm v2',
          `${packing} pack+unpack ${size}`,
          async () => {
            const packed = await agent.packDIDCommMessage({
              packing,
              message: { id: `m${n++}`, type: 'https://example.org/bench', from: alice.did, to: [bob.did], body: { data: 'x'.repeat(size) } },
            });
            await agent.unpackDIDCommMessage(packed);
          },
          { ...opts, minMs: Math.min(opts.minMs, 1000) },
          { bytesPerOp: size },
        ),
      );
    }
  }
  return out;
}
