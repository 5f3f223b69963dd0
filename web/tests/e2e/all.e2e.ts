/**
 * `npm test`'s end-to-end run: every `*.test.ts` file of this folder in one process, so they share one stack
 * (see startStack); portal.test.ts goes last because its final test stops the CMS.
 */
import { loadTestFiles } from '../../../cms/tests/helpers/shared-fixture';

loadTestFiles(__dirname, 'portal.test.ts');
