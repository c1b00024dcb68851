import { describe, expect, test } from 'vitest';
import { PushFrames, type PushPage } from '../src/push-frames.js';

function page(next: number, bytes = 10): PushPage {
  return { frames: [{ bytes: Buffer.alloc(bytes), rows: [], next }], hasMore: false };
}

describe('shared push frames', () => {
  test('sockets of one participant at the same cursor share one read and the same bytes', async () => {
    const frames = new PushFrames(1000);
    let reads = 0;
    const load = async () => {
      reads++;
      return page(5);
    };
    const [a, b] = await Promise.all([frames.get('p', 0, load), frames.get('p', 0, load)]);
    const c = await frames.get('p', 0, load);
    expect(reads).toBe(1);
    expect(b.frames[0]!.bytes).toBe(a.frames[0]!.bytes);
    expect(c.frames[0]!.bytes).toBe(a.frames[0]!.bytes);
    // another participant reads its own
    await frames.get('q', 0, load);
    expect(reads).toBe(2);
  });

  test('a later frame of a page is kept under the cursor where it starts', async () => {
    const frames = new PushFrames(1000);
    const two: PushPage = { frames: [{ bytes: Buffer.alloc(4), rows: [], next: 3 }, { bytes: Buffer.alloc(4), rows: [], next: 7 }], hasMore: true };
    await frames.get('p', 0, async () => two);
    const rest = await frames.get('p', 3, async () => page(99));
    expect(rest.frames.map((f) => f.next)).toEqual([7]);
    expect(rest.hasMore).toBe(true);
  });

  test('a change to the mailbox forgets its frames, and a read that started before it is not kept', async () => {
    const frames = new PushFrames(1000);
    let reads = 0;
    const load = async () => {
      reads++;
      return page(5);
    };
    await frames.get('p', 0, load);
    frames.changed('p');
    await frames.get('p', 0, load);
    expect(reads).toBe(2);

    let finish: (p: PushPage) => void = () => undefined;
    const pending = frames.get('p2', 0, () => new Promise<PushPage>((r) => (finish = r)));
    frames.changed('p2');
    finish(page(5));
    await pending;
    await frames.get('p2', 0, load);
    expect(reads).toBe(3);
    // what is kept: p's page after the change and p2's read after it, not the one from before
    expect(frames.keptBytes).toBe(20);
  });

  test('past its byte cap a page is still returned but not kept', async () => {
    const frames = new PushFrames(15);
    let reads = 0;
    const load = async () => {
      reads++;
      return page(5, 10);
    };
    await frames.get('a', 0, load);
    await frames.get('b', 0, load);
    await frames.get('b', 0, load);
    expect(reads).toBe(3);
    expect(frames.keptBytes).toBe(10);
  });

  test('a failed read is not kept', async () => {
    const frames = new PushFrames(1000);
    await expect(frames.get('p', 0, () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    const ok = await frames.get('p', 0, async () => page(5));
    expect(ok.frames[0]!.next).toBe(5);
  });
});
