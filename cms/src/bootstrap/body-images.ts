import type { Core } from '@strapi/strapi';

const ARTICLE = 'api::article.article';
const READS = new Set(['findMany', 'findFirst', 'findOne']);

type Json = Record<string, unknown>;
type LibraryFile = { id: number; url: string; mime: string | null; width: number | null; height: number | null; formats: unknown };

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The `image` of every image block in the bodies of `documents` (a read's result: one, several or none). */
function bodyImages(documents: unknown): Json[] {
  const list = Array.isArray(documents) ? documents : [documents];
  return list.flatMap((doc) =>
    isObject(doc) && Array.isArray(doc.body)
      ? doc.body.flatMap((block: unknown) => (isObject(block) && block.type === 'image' && isObject(block.image) ? [block.image] : []))
      : [],
  );
}

/**
 * Photos placed in an article's body are the media library's files: the blocks editor stores a copy of the
 * file as the admin saw it, with the address the admin shows (`http://<cms>/uploads/…`, a host the public
 * cannot reach). Every read of articles gives each body image the media library's own address and sizes,
 * found by the file's id (for the local provider `/uploads/…`, which the web serves on its own origin).
 * An image that is no file of the library is left as written (the web shows it as a link, never loads it).
 */
export async function resolveBodyImages(strapi: Core.Strapi, documents: unknown): Promise<void> {
  const images = bodyImages(documents);
  const ids = [...new Set(images.map((image) => image.id).filter((id): id is number => typeof id === 'number'))];
  if (!ids.length) return;
  const files = (await strapi.db.query('plugin::upload.file').findMany({
    where: { id: { $in: ids } },
    select: ['id', 'url', 'mime', 'width', 'height', 'formats'],
  })) as LibraryFile[];
  const byId = new Map(files.map((file) => [file.id, file]));
  for (const image of images) {
    const file = byId.get(image.id as number);
    if (!file?.mime?.startsWith('image/')) continue;
    Object.assign(image, { url: file.url, mime: file.mime, width: file.width, height: file.height, formats: file.formats });
  }
}

export function registerBodyImages(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (context.uid === ARTICLE && READS.has(context.action)) await resolveBodyImages(strapi, result);
    return result;
  });
}
