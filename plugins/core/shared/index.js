'use strict';
// Runtime pieces of the portal core that other packages import directly (types: index.d.ts).
// Plain JavaScript on purpose: no build step, so plugin unit tests and the CMS load it as is.

const LANGUAGES = ['vi', 'en'];
const DEFAULT_LANGUAGE = 'vi';

// The `{param}` filler is the contract's (the web fills its strings with the same one).
const { fill } = require('@portal/contract');

const primary = (tag) => tag.trim().toLowerCase().split(/[-_;]/)[0];

/**
 * The caller's language: an explicit `locale` (`en`, `en-GB`, `vi`) wins; then the most preferred
 * vi or en in Accept-Language (q-values honoured, ties in the order given); else Vietnamese.
 */
function pickLanguage(locale, acceptLanguage) {
  if (typeof locale === 'string' && LANGUAGES.includes(primary(locale))) return primary(locale);
  const ranked = String(acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const q = /;\s*q=([\d.]+)/i.exec(part);
      return { code: primary(part), q: q ? Number(q[1]) : 1, index };
    })
    .filter((e) => LANGUAGES.includes(e.code) && e.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0] ? ranked[0].code : DEFAULT_LANGUAGE;
}

/** Every table added by `defineMessages`, merged: `<namespace>.<key>` → { vi, en }. */
const catalog = new Map();

/** A plugin's message table; its keys join the core's merged catalog under `namespace.`. */
function defineMessages(namespace, table) {
  for (const [key, texts] of Object.entries(table)) {
    for (const lang of LANGUAGES) if (typeof texts[lang] !== 'string') throw new Error(`${namespace}.${key}: no ${lang} text`);
    catalog.set(`${namespace}.${key}`, texts);
  }
  return {
    namespace,
    table,
    text: (lang, key, params) => fill(table[key][lang], params),
  };
}

/** A message of the merged catalog (`reviews.captcha`), or undefined. */
function portalMessage(lang, id, params) {
  const texts = catalog.get(id);
  return texts ? fill(texts[lang], params) : undefined;
}

/**
 * A refusal the caller can read, thrown anywhere in a plugin and put in words at the edge in the
 * caller's language (`toStrapiError`): Strapi's {data, error} envelope (REST) or a GraphQL error.
 */
class PortalError extends Error {
  constructor(messages, key, options = {}) {
    super(`${messages.namespace}.${key}`);
    this.name = 'PortalError';
    this.messages = messages;
    this.key = key;
    this.status = options.status ?? 400;
    this.params = options.params ?? {};
    this.details = options.details;
  }
  localized(lang) {
    return this.messages.text(lang, this.key, this.params);
  }
}

const STRAPI_ERRORS = {
  400: 'ValidationError',
  401: 'UnauthorizedError',
  403: 'ForbiddenError',
  404: 'NotFoundError',
  413: 'PayloadTooLargeError',
  429: 'RateLimitError',
};

/** A PortalError as Strapi's own error type (status, name, message, details); any other error as is. */
function toStrapiError(error, lang) {
  if (!(error instanceof PortalError)) return error;
  const { errors } = require('@strapi/utils');
  const Type = errors[STRAPI_ERRORS[error.status]] ?? errors.ApplicationError;
  return new Type(error.localized(lang), error.details ?? { code: error.key, ...error.params });
}

module.exports = {
  LANGUAGES,
  DEFAULT_LANGUAGE,
  fill,
  pickLanguage,
  defineMessages,
  portalMessage,
  PortalError,
  toStrapiError,
  ...require('./host-label.js'),
};
