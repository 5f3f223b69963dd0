import type { RowErrorCode } from '../../utils/dossier-figures';

/**
 * The dossier import page's texts (Vietnamese first, English second), merged into the admin's translations in
 * app.tsx. `error.<code>` says what is wrong with a row (codes: utils/dossier-figures.ts and the import
 * route), `refused.<code>` why the whole file was refused; both in the staff member's language.
 */
type Messages = Record<string, string>;

const rowErrors: Record<'vi' | 'en', Record<RowErrorCode, string>> = {
  vi: {
    period: 'Kỳ "{value}" phải có dạng YYYY, YYYY-Qn hoặc YYYY-MM',
    unitMissing: 'Thiếu tên đơn vị (cột unit)',
    asOf: 'Ngày chốt số liệu "{value}" phải có dạng YYYY-MM-DD (cột asOf)',
    countMissing: 'Thiếu số liệu ở cột {field}',
    countNotNumber: 'Cột {field}: "{value}" phải là số nguyên không âm',
    sum: 'Số hồ sơ đã giải quyết, đang giải quyết và quá hạn cộng lại là {handled}, nhưng tiếp nhận mới cộng kỳ trước chuyển sang là {expected}',
    onlineTooLarge: 'Số hồ sơ nộp trực tuyến lớn hơn số hồ sơ tiếp nhận mới',
    postTooLarge: 'Số hồ sơ trả kết quả qua bưu chính lớn hơn số hồ sơ đã giải quyết',
    notArray: 'Tệp JSON phải là một mảng các dòng',
    unreadable: 'Không đọc được tệp theo định dạng {format}: {detail}',
    empty: 'Tệp không có dòng số liệu nào',
    nul: 'Dòng có ký tự NUL (\\u0000); hãy xóa ký tự này rồi nhập lại',
    duplicate: 'Kỳ {period} của "{unit}" đã có ở dòng {first}',
    unknownUnit: '"{unit}" không phải cơ quan, đơn vị nào của cổng (ghi đúng tên tiếng Việt)',
  },
  en: {
    period: 'period "{value}" must be YYYY, YYYY-Qn or YYYY-MM',
    unitMissing: 'unit is missing',
    asOf: 'asOf "{value}" must be a date YYYY-MM-DD',
    countMissing: '{field} is missing',
    countNotNumber: '{field} "{value}" must be a whole number ≥ 0',
    sum: 'resolved, in progress and overdue dossiers add up to {handled}, but received + carried over is {expected}',
    onlineTooLarge: 'submittedOnline is larger than received',
    postTooLarge: 'returnedByPost is larger than the resolved dossiers',
    notArray: 'a JSON import must be an array of rows',
    unreadable: 'the file cannot be read as {format}: {detail}',
    empty: 'the file has no rows',
    nul: 'the row contains a NUL character (\\u0000); remove it and import again',
    duplicate: 'period {period} for "{unit}" is already in row {first}',
    unknownUnit: 'unit "{unit}" is not an organisation unit of the portal (use its Vietnamese name)',
  },
};

const prefixed = (prefix: string, messages: Record<string, string>): Messages =>
  Object.fromEntries(Object.entries(messages).map(([key, text]) => [`dossier-import.${prefix}${key}`, text]));

export const dossierImportMessages: Record<'vi' | 'en', Messages> = {
  vi: {
    ...prefixed('', {
      menu: 'Nhập số liệu hồ sơ',
      title: 'Nhập số liệu giải quyết hồ sơ',
      subtitle: 'Số liệu giải quyết thủ tục hành chính (QĐ 766/QĐ-TTg) từ tệp CSV hoặc JSON',
      help: 'Mỗi dòng là một kỳ và một đơn vị. Các cột: {columns}. Kỳ có dạng YYYY, YYYY-Qn hoặc YYYY-MM; đơn vị ghi bằng tên tiếng Việt. Các tỷ lệ do cổng tự tính, không nhập. Dòng trùng kỳ và đơn vị đã có sẽ thay thế số liệu cũ.',
      hint: 'Tệp có bất kỳ dòng nào không hợp lệ sẽ không được nhập.',
      file: 'Tệp (.csv hoặc .json)',
      submit: 'Nhập số liệu',
      doneTitle: 'Đã nhập',
      done: '{rows} dòng: {created} mới, {updated} thay thế.',
      failedTitle: 'Chưa nhập dòng nào',
      row: 'Dòng',
      problem: 'Lỗi',
      more: 'và {n} lỗi khác',
      problems: '{n} lỗi, chưa nhập dòng nào.',
    }),
    ...prefixed('refused.', {
      forbidden: 'Bạn không có quyền nhập số liệu hồ sơ.',
      noFile: 'Hãy chọn tệp .csv hoặc .json.',
      tooLarge: 'Tệp lớn hơn {mb} MB.',
      format: 'Chỉ nhập được tệp .csv và .json.',
    }),
    ...prefixed('error.', rowErrors.vi),
  },
  en: {
    ...prefixed('', {
      menu: 'Import dossier figures',
      title: 'Import dossier figures',
      subtitle: 'Dossier-processing statistics (QĐ 766/QĐ-TTg) from a CSV or JSON file',
      help: 'One row per period and unit. Columns: {columns}. Periods are YYYY, YYYY-Qn or YYYY-MM; units use their Vietnamese names. Rates are computed by the portal, never imported. A row for a period and unit already present replaces it.',
      hint: 'A file with any invalid row imports nothing.',
      file: 'File (.csv or .json)',
      submit: 'Import',
      doneTitle: 'Imported',
      done: '{rows} rows: {created} new, {updated} replaced.',
      failedTitle: 'Nothing was imported',
      row: 'Row',
      problem: 'Problem',
      more: 'and {n} more',
      problems: '{n} problem(s) found, nothing imported.',
    }),
    ...prefixed('refused.', {
      forbidden: 'You may not import dossier figures.',
      noFile: 'Choose a .csv or .json file to import.',
      tooLarge: 'The file is larger than {mb} MB.',
      format: 'Only .csv and .json files can be imported.',
    }),
    ...prefixed('error.', rowErrors.en),
  },
};
