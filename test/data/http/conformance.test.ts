import '../../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import type { HttpDataSource } from '../../../src/data/http/index.js';
import { runDataSourceSuite } from '../../../src/testing/index.js';
import { api, closeSources, freshServer, httpSource, serverClock } from './api.js';

const outbox = { storage: 'memory', batchIntervalMs: 60_000 } as const;

runDataSourceSuite(
  async () => {
    await freshServer();
    return {
      source: await httpSource({ outbox }),
      now: await serverClock(),
      // Each learner signs in with a token of their own: the server lets them see only their data.
      as: (learnerId) => httpSource({ outbox, as: learnerId }),
      // Another tab of the same learner: its own outbox queue, the same server.
      peer: (learnerId) => httpSource({ outbox, as: learnerId }),
      deliver: async (source) => {
        expect(await (source as HttpDataSource).flushProgress()).to.equal('sent');
      },
      storedBookings: async () => (await api.counts()).bookings,
      close: closeSources,
    };
  },
  {
    name: 'HttpDataSource on the reference server conformance',
    // The server's clock runs on its own from the pinned start; `serverClock` follows it.
    clockToleranceMs: 59_999,
    applicantFieldPrefix: 'applicant.',
  },
);
