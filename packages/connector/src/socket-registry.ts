/**
 * Open WebSockets per participant, oldest first. A socket past the per-participant cap closes
 * the participant's oldest: a client whose previous socket went half-open (not yet noticed by
 * the heartbeat) can reconnect at once, and one participant still never holds more than the cap.
 */
export interface RegisteredSocket {
  /** Ends the socket because a newer one of the same participant took its place. */
  replace(): void;
}

export class SocketRegistry {
  private readonly byParticipant = new Map<string, Set<RegisteredSocket>>();

  constructor(private readonly maxPerParticipant: number) {}

  add(participantId: string, socket: RegisteredSocket): void {
    let set = this.byParticipant.get(participantId);
    if (!set) this.byParticipant.set(participantId, (set = new Set()));
    set.add(socket);
    // a Set iterates in insertion order: the first entries are the oldest
    while (set.size > this.maxPerParticipant) {
      const oldest = set.values().next().value!;
      set.delete(oldest);
      oldest.replace();
    }
  }

  remove(participantId: string, socket: RegisteredSocket): void {
    const set = this.byParticipant.get(participantId);
    if (!set) return;
    set.delete(socket);
    if (set.size === 0) this.byParticipant.delete(participantId);
  }

  count(participantId: string): number {
    return this.byParticipant.get(participantId)?.size ?? 0;
  }
}
