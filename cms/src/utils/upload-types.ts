/**
 * The media library's file types: what a newsroom uploads (photos, PDF, office documents, audio, video),
 * decided from the file's content, and how each stored file is served.
 *
 * A file is accepted only when its content is one of these types and its extension is one of that type's
 * (a `GIF89a<script>` named `.html` is refused, as are SVG, HTML, XML and JavaScript: the browser would run
 * their scripts on the CMS's origin, the origin of /admin). Serving decides its headers from the stored
 * name at every request, so files stored before this check are served safely too.
 */
import path from 'node:path';

export type UploadKind = 'image' | 'audio' | 'video' | 'document';

interface FileType {
  /** The type the file is served with. */
  type: string;
  kind: UploadKind;
  /** What content sniffing (file-type) reports for such a file. */
  detected: string[];
}

const OOXML = 'application/vnd.openxmlformats-officedocument';
const ODF = 'application/vnd.oasis.opendocument';
const same = (type: string, kind: UploadKind, ...also: string[]): FileType => ({ type, kind, detected: [type, ...also] });
// Word, Excel and PowerPoint files are ZIP archives (OOXML, OpenDocument) or OLE2 compound files (the old formats).
const zipped = (type: string): FileType => same(type, 'document', 'application/zip');
const compound = (type: string): FileType => ({ type, kind: 'document', detected: ['application/x-cfb'] });

/** By lower-case extension. */
const BY_EXTENSION: Record<string, FileType> = {
  '.jpg': same('image/jpeg', 'image'),
  '.jpeg': same('image/jpeg', 'image'),
  '.png': same('image/png', 'image', 'image/apng'),
  '.gif': same('image/gif', 'image'),
  '.webp': same('image/webp', 'image'),
  '.avif': same('image/avif', 'image'),
  '.pdf': same('application/pdf', 'document'),
  '.docx': zipped(`${OOXML}.wordprocessingml.document`),
  '.xlsx': zipped(`${OOXML}.spreadsheetml.sheet`),
  '.pptx': zipped(`${OOXML}.presentationml.presentation`),
  '.odt': zipped(`${ODF}.text`),
  '.ods': zipped(`${ODF}.spreadsheet`),
  '.odp': zipped(`${ODF}.presentation`),
  '.doc': compound('application/msword'),
  '.xls': compound('application/vnd.ms-excel'),
  '.ppt': compound('application/vnd.ms-powerpoint'),
  '.mp3': same('audio/mpeg', 'audio'),
  '.m4a': same('audio/mp4', 'audio', 'audio/x-m4a'),
  '.aac': same('audio/aac', 'audio'),
  '.wav': same('audio/wav', 'audio', 'audio/wave', 'audio/x-wav'),
  '.ogg': same('audio/ogg', 'audio', 'audio/opus', 'video/ogg'),
  '.flac': same('audio/flac', 'audio', 'audio/x-flac'),
  '.mp4': same('video/mp4', 'video', 'audio/mp4', 'audio/x-m4a'),
  '.m4v': same('video/mp4', 'video', 'video/x-m4v'),
  '.mov': same('video/quicktime', 'video'),
  '.webm': same('video/webm', 'video', 'audio/webm'),
};

const extensionOf = (name: string) => path.extname(name).toLowerCase();

/** The accepted extensions, for messages. */
export const ACCEPTED_EXTENSIONS = Object.keys(BY_EXTENSION);

/**
 * Whether a file named `name` whose content sniffs as `detected` (file-type's MIME type, undefined when it
 * recognised nothing: text, HTML, SVG, scripts) may be stored under that name.
 */
export function acceptsUpload(name: string, detected: string | undefined): boolean {
  const entry = BY_EXTENSION[extensionOf(name)];
  return Boolean(entry && detected && entry.detected.includes(detected));
}

/** What sniffing the content says, through the ESM-only file-type package (the CMS is compiled to CommonJS). */
type SniffFile = (file: string) => Promise<{ mime: string } | undefined>;
// A real import() that the CommonJS compiler leaves alone.
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<{ fileTypeFromFile: SniffFile }>;

export async function sniffFile(file: string): Promise<string | undefined> {
  const { fileTypeFromFile } = await importEsm('file-type');
  return (await fileTypeFromFile(file))?.mime;
}

/** Strapi names stored files `<name>_<10 hex digits><ext>` (formats: `<format>_<name>_<hash><ext>`). */
const HASHED = /_[0-9a-f]{10}\.[a-z0-9]+$/i;

/**
 * The headers of `/uploads/<file>`: never a type the browser renders as a page (HTML, SVG, XML, scripts are
 * `application/octet-stream`), downloaded unless an image, audio or video, no sniffing, a policy under which
 * nothing runs even if a page were rendered, and a year of caching for hashed names (their content never
 * changes under the same name).
 */
export function uploadHeaders(pathname: string): Record<string, string> {
  const entry = BY_EXTENSION[extensionOf(pathname)];
  const inline = entry && entry.kind !== 'document';
  return {
    'Content-Type': entry?.type ?? 'application/octet-stream',
    'Content-Disposition': inline ? 'inline' : 'attachment',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    ...(HASHED.test(pathname) ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {}),
  };
}
