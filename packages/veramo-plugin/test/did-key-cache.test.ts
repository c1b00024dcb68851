import { describe, expect, it } from 'vitest';
import { DidKeyCache } from '../src/agent/did-keys.js';
import { DID_KEY_TTL_MS, MAX_CACHED_DID_KEYS } from '../src/limits.js';

const key = (n: number) => ({ publicKey: new Uint8Array(32).fill(n), type: 'Ed25519VerificationKey2020' });

describe('the DID key cache of a verifier', () => {
  it("keeps a self-certifying DID's key while used, and resolves any other DID again after its time", async () => {
    let now = 1_000_000;
    const cache = new DidKeyCache(() => now);
    let resolutions = 0;
    const resolve = (n: number) => async () => {
      resolutions++;
      return key(n);
    };
    await cache.get('did:key:z6MkA', 'did:key:z6MkA#z6MkA', resolve(1));
    await cache.get('did:web:example.com', 'did:web:example.com#k', resolve(2));
    expect(resolutions).toBe(2);
    now += DID_KEY_TTL_MS - 1;
    expect((await cache.get('did:key:z6MkA', 'did:key:z6MkA#z6MkA', resolve(9)))!.publicKey[0]).toBe(1);
    expect((await cache.get('did:web:example.com', 'did:web:example.com#k', resolve(9)))!.publicKey[0]).toBe(2);
    expect(resolutions).toBe(2);
    now += 2; // past the did:web entry's time: its document may have changed
    expect((await cache.get('did:web:example.com', 'did:web:example.com#k', resolve(3)))!.publicKey[0]).toBe(3);
    expect((await cache.get('did:key:z6MkA', 'did:key:z6MkA#z6MkA', resolve(9)))!.publicKey[0]).toBe(1);
    expect(resolutions).toBe(3);
  });

  it('keeps nothing of a resolution that failed, and at most its bound of keys, forgetting the least recently used', async () => {
    const cache = new DidKeyCache();
    await expect(cache.get('did:key:z6MkF', 'did:key:z6MkF#x', async () => Promise.reject(new Error('did_resolution_failed: down')))).rejects.toThrow('down');
    expect((await cache.get('did:key:z6MkF', 'did:key:z6MkF#x', async () => key(4)))!.publicKey[0]).toBe(4);
    for (let i = 0; i < MAX_CACHED_DID_KEYS; i++) await cache.get(`did:key:z${i}`, `did:key:z${i}#k`, async () => key(5));
    let again = false;
    await cache.get('did:key:z6MkF', 'did:key:z6MkF#x', async () => ((again = true), key(4)));
    expect(again).toBe(true); // the oldest entry made room
  });
});
