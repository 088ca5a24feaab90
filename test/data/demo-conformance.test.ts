import '../helpers/readable-failures.js';
import { LocalDemoDataSource } from '../../src/data/demo/demo-data-source.js';
import { MemoryStore } from '../../src/data/demo/memory-store.js';
import { runDataSourceSuite } from '../../src/testing/index.js';
import { fixedNow } from './helpers.js';

runDataSourceSuite(
  () => {
    // Two instances on one store stand for two tabs of the same learner.
    const store = new MemoryStore();
    const open = () => new LocalDemoDataSource({ store, now: fixedNow });
    const source = open();
    return { source, now: fixedNow, peer: open, close: () => source.close() };
  },
  { name: 'LocalDemoDataSource (memory, pinned clock) conformance' },
);
