import clientAddress from './client-address';
import jobs from './jobs';
import nodes from './nodes';
import personalData from './personal-data';
import publicChanges from './public-changes';
import rateLimits from './rate-limits';
import redis from './redis';
import sites from './sites';
import visitors from './visitors';

export default {
  redis,
  'client-address': clientAddress,
  visitors,
  'rate-limits': rateLimits,
  'public-changes': publicChanges,
  nodes,
  jobs,
  'personal-data': personalData,
  sites,
};
