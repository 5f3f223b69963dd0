import clientAddress from './client-address';
import rateLimits from './rate-limits';
import redis from './redis';
import visitors from './visitors';

export default { redis, 'client-address': clientAddress, visitors, 'rate-limits': rateLimits };
