import type { Transaction } from 'dexie';
import * as v1 from './v1';
import * as v2 from './v2';
import * as v3 from './v3';
import * as v4 from './v4';
import * as v5 from './v5';
import * as v6 from './v6';
import * as v7 from './v7';

/** One shipped version of the database: its tables and the upgrade from the version before. */
export type Migration = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};

/**
 * Every version, oldest first. Each file is frozen once shipped: a change of schema is a new file with
 * its upgrade, example data, and a case in tests/unit/core/migrations.test.ts.
 */
export const MIGRATIONS: readonly Migration[] = [v1, v2, v3, v4, v5, v6, v7];
