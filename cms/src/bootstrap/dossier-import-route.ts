import fs from 'node:fs';
import type { Core } from '@strapi/strapi';
import { importDossierFigures } from '../api/dossier-statistic/import';
import { parseFigures, type RowError } from '../utils/dossier-figures';

const UID = 'api::dossier-statistic.dossier-statistic';
/** Reported back at most; the total count is always given. */
const MAX_ERRORS = 200;
const MAX_BYTES = 50 * 1024 * 1024;

type UploadedFile = { filepath: string; originalFilename?: string | null; mimetype?: string | null; size: number };
type Ctx = {
  state: { userAbility?: { can(action: string, subject: string): boolean } };
  request: { files?: Record<string, UploadedFile | UploadedFile[]> };
  status: number;
  body: unknown;
};

/**
 * A refusal: `message` in English and Vietnamese for other callers; the admin page shows `details.code` (and
 * each row's `code`) in the staff member's language.
 */
const refuse = (ctx: Ctx, status: number, code: string, message: string, errors: RowError[] = [], values?: Record<string, number>) => {
  ctx.status = status;
  ctx.body = { error: { status, message, details: { code, values, errors: errors.slice(0, MAX_ERRORS), errorCount: errors.length } } };
};
const problems = (ctx: Ctx, errors: RowError[]) =>
  refuse(ctx, 400, 'problems', `${errors.length} lỗi, chưa nhập dòng nào. / ${errors.length} problem(s) found, nothing imported.`, errors);

/**
 * POST /admin/dossier-import (multipart, field `file`: a .csv or .json file) — the admin's upload of
 * dossier-processing figures, the same validation and all-or-nothing import as
 * `npm run import:dossiers`. Allowed to whoever may create dossier figures in the content manager
 * (Editors and Super Admins). Answers 200 {created, updated} or 400 with the errors by row number.
 */
export function registerDossierImportRoute(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/admin',
    routes: [
      {
        method: 'POST',
        path: '/dossier-import',
        handler: async (ctx: Ctx) => {
          if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.create', UID)) {
            return refuse(ctx, 403, 'forbidden', 'Bạn không có quyền nhập số liệu hồ sơ. / You may not import dossier figures.');
          }
          const raw = ctx.request.files?.file;
          const file = Array.isArray(raw) ? raw[0] : raw;
          if (!file) return refuse(ctx, 400, 'noFile', 'Hãy chọn tệp .csv hoặc .json. / Choose a .csv or .json file to import.');
          if (file.size > MAX_BYTES) {
            const mb = MAX_BYTES / 1024 / 1024;
            return refuse(ctx, 400, 'tooLarge', `Tệp lớn hơn ${mb} MB. / The file is larger than ${mb} MB.`, [], { mb });
          }
          const name = (file.originalFilename ?? '').toLowerCase();
          const format =
            name.endsWith('.json') || file.mimetype === 'application/json'
              ? 'json'
              : name.endsWith('.csv') || /csv|text\/plain/.test(file.mimetype ?? '')
                ? 'csv'
                : null;
          if (!format) return refuse(ctx, 400, 'format', 'Chỉ nhập được tệp .csv và .json. / Only .csv and .json files can be imported.');
          const parsed = parseFigures(fs.readFileSync(file.filepath, 'utf8'), format);
          if (!parsed.ok) return problems(ctx, parsed.errors);
          const result = await importDossierFigures(strapi, parsed.rows);
          if (!result.ok) return problems(ctx, result.errors);
          ctx.body = { data: { rows: parsed.rows.length, created: result.created, updated: result.updated } };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { type: 'admin' },
      },
    ],
  });
}
