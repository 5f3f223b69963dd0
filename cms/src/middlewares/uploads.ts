import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { acceptsUpload, sniffFile, uploadHeaders } from '../utils/upload-types';

/**
 * The media library's two doors (after Strapi's body parser, before its upload routes):
 * - in: a file sent to the upload routes (admin `/upload…`, content API `/api/upload…`) whose content is not
 *   a photo, PDF, office document, audio or video, or whose extension does not match its content, is refused
 *   with a 400 the media dialog shows, before Strapi stores anything;
 * - out: `/uploads/<file>` is served with the headers of `uploadHeaders` (safe type, attachment unless a
 *   medium, nosniff, a policy under which nothing runs, long caching of hashed names), decided at each request.
 * The upload service itself refuses the same files (bootstrap/upload-types.ts) for every other way in.
 */
type UploadedFile = { filepath?: string; originalFilename?: string | null };
type Ctx = {
  path: string;
  method: string;
  status: number;
  request: { files?: Record<string, UploadedFile | UploadedFile[] | undefined> };
  set(field: Record<string, string>): void;
};

const UPLOAD_ROUTE = /^\/(?:api\/)?upload(?:\/|$)/;

export const refusedUploadMessage = (name: string) =>
  `Không nhận tệp "${name}": thư viện chỉ nhận ảnh (JPG, PNG, GIF, WebP, AVIF), PDF, tài liệu Word, Excel, PowerPoint, ` +
  `OpenDocument, âm thanh và video, với phần mở rộng đúng với nội dung tệp. / "${name}" was refused: the media ` +
  `library accepts only images, PDF, office documents, audio and video, with an extension that matches the content.`;

/** Throws the refusal for the first file that is not one the newsroom uploads. */
export async function checkUploads(files: UploadedFile[]): Promise<void> {
  for (const file of files) {
    const name = file.originalFilename ?? '';
    const detected = file.filepath ? await sniffFile(file.filepath).catch(() => undefined) : undefined;
    if (!acceptsUpload(name, detected)) throw new errors.ValidationError(refusedUploadMessage(name));
  }
}

export default (_config: unknown, _ctx: { strapi: Core.Strapi }) => async (ctx: Ctx, next: () => Promise<void>) => {
  if (ctx.method === 'POST' && UPLOAD_ROUTE.test(ctx.path) && ctx.request.files) {
    await checkUploads(Object.values(ctx.request.files).flatMap((f) => (f === undefined ? [] : Array.isArray(f) ? f : [f])));
    return next();
  }
  if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !ctx.path.startsWith('/uploads/')) return next();
  await next();
  const headers = uploadHeaders(ctx.path);
  if (ctx.status === 200 || ctx.status === 206 || ctx.status === 304) ctx.set(headers);
  else
    ctx.set({
      'X-Content-Type-Options': headers['X-Content-Type-Options']!,
      'Content-Security-Policy': headers['Content-Security-Policy']!,
    });
};
