import type { Core } from '@strapi/strapi';
import { checkUploads } from '../middlewares/uploads';

type StoredFile = { ext?: string | null };
type IncomingFile = { filepath?: string; originalFilename?: string | null };
type UploadService = {
  upload(args: { data: unknown; files: IncomingFile | IncomingFile[] }, opts?: unknown): Promise<unknown>;
  replace(id: unknown, args: { data: unknown; file: IncomingFile }, opts?: unknown): Promise<unknown>;
  findOne(id: unknown): Promise<StoredFile | null>;
};

/**
 * Every way into the media library (the admin's and the content API's routes, which the uploads middleware
 * already checks, and the others: an upload from a URL, scripts, plugins) goes through the upload service:
 * it refuses there too what is not a photo, PDF, office document, audio or video. A replacement keeps the
 * stored file's address and extension (Strapi keeps both), so its content must match the stored extension.
 */
export function registerUploadTypes(strapi: Core.Strapi): void {
  const service = strapi.plugin('upload').service('upload') as UploadService;
  const { upload, replace } = service;
  service.upload = async (args, opts) => {
    await checkUploads(Array.isArray(args.files) ? args.files : [args.files]);
    return upload.call(service, args, opts);
  };
  service.replace = async (id, args, opts) => {
    const stored = await service.findOne(id);
    await checkUploads([args.file]);
    if (stored?.ext) await checkUploads([{ ...args.file, originalFilename: `${args.file.originalFilename ?? ''}${stored.ext}` }]);
    return replace.call(service, id, args, opts);
  };
}
