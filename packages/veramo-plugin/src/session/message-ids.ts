/** Connector message ids: unique per (connection, sender) and stable across retries. */
export const ids = {
  bundle: 'h.bundle',
  init: 'h.init',
  confirmation: 'h.confirmation',
  /** Random: the connector learns neither the counter nor the sending key of a record. */
  record: (random: string) => `r.${random}`,
  control: (seq: number) => `c.${seq}`,
  /** A reseal row, named after the record it replaces (never sent under this id). */
  reseal: (recordId: string) => `s.${recordId}`,
};
