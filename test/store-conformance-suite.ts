// The Store conformance suite: every Store method's behaviour, run unchanged against each implementation (SQLite, PostgreSQL).
import { describe } from 'node:test';
import type { Store } from '../src/store/store.js';
import { articleConformance } from './store-conformance-articles.js';
import { derivedConformance } from './store-conformance-derived.js';
import { keyIdfConformance } from './store-conformance-keyidf.js';
import { summaryConformance } from './store-conformance-summaries.js';
import { weaveStateConformance } from './store-conformance-weave.js';

export { add } from './helpers/store-fixtures.js';

export function runConformance(name: string, open: () => Promise<Store>): void {
  /** A fresh store, closed when the test ends. */
  async function fresh(t: { after: (fn: () => Promise<void>) => void }): Promise<Store> {
    const store = await open();
    t.after(() => store.close());
    return store;
  }

  describe(`Store conformance: ${name}`, () => {
    articleConformance(fresh);
    derivedConformance(fresh);
    weaveStateConformance(fresh);
    summaryConformance(fresh);
    keyIdfConformance(fresh);
  });
}
