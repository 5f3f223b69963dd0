import type { Core } from '@strapi/strapi';
import { preparePortalEnv } from '../src/utils/env';
import { articlePreviewUrl, previewOrigins } from '../src/bootstrap/article-preview';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  preparePortalEnv();
  return {
    auth: { secret: env('ADMIN_JWT_SECRET')! },
    apiToken: { salt: env('API_TOKEN_SALT')! },
    transfer: { token: { salt: env('TRANSFER_TOKEN_SALT')! } },
    secrets: { encryptionKey: env('ENCRYPTION_KEY')! },
    // This machine class (and many government networks) cannot reach Strapi's hosted services.
    flags: { nps: false, promoteEE: false, docLinks: env.bool('FLAG_DOC_LINKS', true) },
    // Strapi's preview (free edition): "Open preview" on a draft shows the web's preview page for it.
    preview: { enabled: true, config: { allowedOrigins: previewOrigins(), handler: articlePreviewUrl } },
    autoOpen: false,
    watchIgnoreFiles: ['**/tests/**', '**/scripts/**'],
  };
};

export default config;
