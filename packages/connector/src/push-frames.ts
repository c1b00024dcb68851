/**
 * Encoded push frames shared by the sockets of one participant. Every socket of a participant
 * is pushed the same mailbox from the same cursors, so a page is read from the database and
 * encoded once, and its frames (the same Buffers) are sent on each socket that reaches it:
 * many sockets of one participant cost one copy of the backlog, not one each, and a socket
 * that finds a page already being read waits for that read instead of starting its own.
 *
 * Frames are only reused while nothing changed in the mailbox: a write or an ack for the
 * participant (see `changed`) forgets its frames, and a read that started before the change
 * is not kept. Unused frames are forgotten after HOLD_MS; at most `maxBytes` are kept at once
 * (past it a page is still sent, just not kept for the others).
 */
import type { MailboxItemRow } from './entities.js';

/** How long frames nobody asked for are kept. */
export const HOLD_MS = 2000;

export interface PushFrame {
  bytes: Buffer;
  /** The items it carries, without their payloads (for the delivery metrics). */
  rows: MailboxItemRow[];
  /** The cursor after it (seq of its last item). */
  next: number;
}

export interface PushPage {
  /** Frames from a cursor on, in order. */
  frames: PushFrame[];
  /** More items follow the last frame. */
  hasMore: boolean;
}

interface Participant {
  pages: Map<number, Promise<PushPage>>;
  bytes: number;
  timer?: NodeJS.Timeout;
}

export class PushFrames {
  private readonly byParticipant = new Map<string, Participant>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get keptBytes(): number {
    return this.bytes;
  }

  /**
   * The frames of `participantId` after `cursor`: kept ones, the read already under way, or
   * `load()` (called at once, before anything is awaited, only when there is neither).
   */
  get(participantId: string, cursor: number, load: () => Promise<PushPage>): Promise<PushPage> {
    let p = this.byParticipant.get(participantId);
    if (!p) this.byParticipant.set(participantId, (p = { pages: new Map(), bytes: 0 }));
    this.hold(participantId, p);
    const kept = p.pages.get(cursor);
    if (kept) return kept;
    const rec = p;
    const loading = load();
    rec.pages.set(cursor, loading);
    loading.then(
      (page) => {
        if (this.byParticipant.get(participantId) !== rec || rec.pages.get(cursor) !== loading) return;
        const size = page.frames.reduce((n, f) => n + f.bytes.length, 0);
        if (this.bytes + size > this.maxBytes) {
          rec.pages.delete(cursor);
          return;
        }
        this.bytes += size;
        rec.bytes += size;
        // each frame's start is a cursor some socket may ask from (one that sent part of the page)
        let at = cursor;
        for (let i = 0; i < page.frames.length; i++) {
          if (i > 0) rec.pages.set(at, Promise.resolve({ frames: page.frames.slice(i), hasMore: page.hasMore }));
          at = page.frames[i]!.next;
        }
      },
      () => {
        if (rec.pages.get(cursor) === loading) rec.pages.delete(cursor);
      },
    );
    return loading;
  }

  /** The participant's mailbox changed: its frames are not reused any more. */
  changed(participantId: string): void {
    const p = this.byParticipant.get(participantId);
    if (p) this.forget(participantId, p);
  }

  /** Forgets every participant's frames (after missed wake-ups). */
  clear(): void {
    for (const [id, p] of [...this.byParticipant]) this.forget(id, p);
  }

  private hold(participantId: string, p: Participant): void {
    if (p.timer) clearTimeout(p.timer);
    p.timer = setTimeout(() => this.forget(participantId, p), HOLD_MS);
    p.timer.unref();
  }

  private forget(participantId: string, p: Participant): void {
    if (p.timer) clearTimeout(p.timer);
    this.bytes -= p.bytes;
    p.bytes = 0;
    p.pages.clear();
    if (this.byParticipant.get(participantId) === p) this.byParticipant.delete(participantId);
  }
}
