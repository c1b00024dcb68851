import { IdentityEntity, ParticipantEntity, type IdentityRow, type ParticipantRow } from './entities.js';
import type { Store } from './store.js';

/**
 * The agent's long-lived keys as stored: the participant key it authenticates to connectors
 * with (its seed sealed at rest), and for each local DID the KMS reference of its X25519
 * identity key. Each is created once; two processes creating one at the same time both keep
 * the row that was stored first.
 */
export class KeyRows {
  constructor(private readonly store: Store) {}

  /** The participant row, created from `create()` when there is none. */
  async participant(create: () => ParticipantRow): Promise<ParticipantRow> {
    const repo = this.store.reads.getRepository<ParticipantRow>(ParticipantEntity);
    const row = await repo.findOneBy({ id: 'default' });
    if (row) return row;
    const fresh = create();
    await this.store.write(() => this.store.db.getRepository<ParticipantRow>(ParticipantEntity).createQueryBuilder().insert().values(fresh).orIgnore().execute());
    return (await repo.findOneBy({ id: 'default' })) ?? fresh;
  }

  /** The identity row of `did`, created from `create()` when there is none (the loser's KMS key stays unused). */
  async identity(did: string, create: () => Promise<IdentityRow>): Promise<IdentityRow> {
    const repo = this.store.reads.getRepository<IdentityRow>(IdentityEntity);
    const row = await repo.findOneBy({ did });
    if (row) return row;
    const fresh = await create();
    await this.store.write(() => this.store.db.getRepository<IdentityRow>(IdentityEntity).createQueryBuilder().insert().values(fresh).orIgnore().execute());
    return (await repo.findOneBy({ did })) ?? fresh;
  }
}
