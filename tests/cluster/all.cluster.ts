/**
 * `npm run test:cluster`'s own files in one process, so they share one cluster (harness.ts); failures.test.ts goes
 * last (it kills nodes).
 */
import { loadTestFiles } from '../../cms/tests/helpers/shared-fixture';

loadTestFiles(__dirname, 'failures.test.ts');
