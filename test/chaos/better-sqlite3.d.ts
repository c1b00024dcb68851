/** The few better-sqlite3 calls the chaos harness makes (the package ships no types). */
declare module 'better-sqlite3' {
  interface Statement {
    all(...params: unknown[]): unknown[];
    get(...params: unknown[]): unknown;
    run(...params: unknown[]): { changes: number };
  }
  class Database {
    constructor(file: string, options?: { readonly?: boolean; fileMustExist?: boolean });
    pragma(source: string): unknown;
    prepare(sql: string): Statement;
    exec(sql: string): this;
    transaction<F extends (...args: never[]) => unknown>(fn: F): F;
    close(): void;
  }
  export default Database;
}
