import { winston, formats } from '@strapi/logger';

// LOG_LEVEL: error | warn | info | http (default) | verbose | debug. The seed and tests lower it.
const level = process.env.LOG_LEVEL || 'http';

export default {
  transports: [
    new winston.transports.Console({
      level,
      format: winston.format.combine(formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' })),
    }),
  ],
};
