/**
 * Demo entries of the official documents register. Numbers, dates and signers are fictional examples
 * written for this project (the texts echo the district's published reform results); each has a small
 * PDF made locally.
 */
import type { Core } from '@strapi/strapi';
import { slugify } from '../../src/utils/slug';
import { uploadOnce } from './demo';
import { writePdf } from './pdf';

interface DocumentSeed {
  number: string;
  documentType: string;
  field: string;
  issueDate: string;
  effectiveDate?: string;
  signer: string;
  vi: { issuingBody: string; summary: string };
  en: { issuingBody: string; summary: string };
  body: string[];
}

const UBND = { vi: 'UBND huyện Thạch Hà', en: "Thạch Hà District People's Committee" };
const HDND = { vi: 'HĐND huyện Thạch Hà', en: "Thạch Hà District People's Council" };

export const documents: DocumentSeed[] = [
  {
    number: '15/KH-UBND',
    documentType: 'plan',
    field: 'administrative-reform',
    issueDate: '2020-01-10',
    effectiveDate: '2020-01-10',
    signer: 'Nguyễn Văn A',
    vi: { issuingBody: UBND.vi, summary: 'Kế hoạch cải cách hành chính năm 2020 của huyện Thạch Hà.' },
    en: { issuingBody: UBND.en, summary: "Thạch Hà district's administrative reform plan for 2020." },
    body: [
      'Mục tiêu: giữ vững kết quả không có hồ sơ quá hạn, tăng tỷ lệ hồ sơ nộp trực tuyến.',
      'Nhiệm vụ: rà soát thủ tục hành chính, kiểm tra công vụ, hoàn thành sắp xếp đơn vị hành chính cấp xã.',
    ],
  },
  {
    number: '120/BC-UBND',
    documentType: 'report',
    field: 'administrative-reform',
    issueDate: '2019-12-15',
    signer: 'Nguyễn Văn A',
    vi: {
      issuingBody: UBND.vi,
      summary: 'Báo cáo kết quả cải cách hành chính năm 2019: 76.936 hồ sơ tiếp nhận, 76.550 hồ sơ giải quyết đúng hạn.',
    },
    en: { issuingBody: UBND.en, summary: 'Report on administrative reform in 2019: 76,936 dossiers received, 76,550 resolved on time.' },
    body: [
      'Tiếp nhận 76.936 hồ sơ; giải quyết đúng hạn 76.550 hồ sơ; 386 hồ sơ đang giải quyết; không có hồ sơ quá hạn.',
      'Kiểm tra đột xuất tại 39 cơ quan, đơn vị.',
    ],
  },
  {
    number: '3521/QĐ-UBND',
    documentType: 'decision',
    field: 'administrative-reform',
    issueDate: '2019-08-20',
    effectiveDate: '2019-09-01',
    signer: 'Trần Thị B',
    vi: { issuingBody: UBND.vi, summary: 'Quyết định ban hành Quy chế hoạt động của Bộ phận Tiếp nhận và Trả kết quả huyện.' },
    en: { issuingBody: UBND.en, summary: 'Decision issuing the operating rules of the district one-stop shop.' },
    body: ['Quy chế quy định việc tiếp nhận hồ sơ, chuyển xử lý, trả kết quả và trách nhiệm của công chức bộ phận một cửa.'],
  },
  {
    number: '845/UBND-NV',
    documentType: 'official-letter',
    field: 'home-affairs',
    issueDate: '2019-06-05',
    signer: 'Lê Văn C',
    vi: { issuingBody: UBND.vi, summary: 'Công văn về tăng cường kỷ luật, kỷ cương hành chính trong các cơ quan, đơn vị.' },
    en: { issuingBody: UBND.en, summary: 'Official letter on tightening administrative discipline in agencies and units.' },
    body: ['Yêu cầu thủ trưởng các cơ quan, đơn vị chấn chỉnh giờ giấc làm việc và thái độ phục vụ người dân.'],
  },
  {
    number: '45/KH-UBND',
    documentType: 'plan',
    field: 'justice',
    issueDate: '2020-02-03',
    signer: 'Trần Thị B',
    vi: { issuingBody: UBND.vi, summary: 'Kế hoạch phổ biến, giáo dục pháp luật năm 2020.' },
    en: { issuingBody: UBND.en, summary: 'Legal education plan for 2020.' },
    body: ['Tiếp tục tổ chức hội nghị phổ biến pháp luật và lồng ghép tuyên truyền trong sinh hoạt khu dân cư.'],
  },
  {
    number: '210/TB-UBND',
    documentType: 'notice',
    field: 'other',
    issueDate: '2020-01-02',
    signer: 'Phạm Văn D',
    vi: { issuingBody: UBND.vi, summary: 'Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND huyện năm 2020.' },
    en: { issuingBody: UBND.en, summary: "Notice of the Chairman's monthly citizen reception schedule for 2020." },
    body: ['Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 15 hằng tháng tại trụ sở tiếp công dân huyện.'],
  },
  {
    number: '25/NQ-HĐND',
    documentType: 'resolution',
    field: 'home-affairs',
    issueDate: '2019-10-25',
    effectiveDate: '2019-10-25',
    signer: 'Hoàng Văn E',
    vi: { issuingBody: HDND.vi, summary: 'Nghị quyết tán thành chủ trương sắp xếp 15 xã thành 6 xã.' },
    en: { issuingBody: HDND.en, summary: 'Resolution endorsing the plan to merge 15 communes into 6.' },
    body: ['Tán thành chủ trương sắp xếp các đơn vị hành chính cấp xã chưa đạt tiêu chuẩn theo phương án của UBND huyện.'],
  },
];

export const documentSlug = (d: Pick<DocumentSeed, 'number' | 'issueDate'>) => slugify(`${d.number} ${d.issueDate.slice(0, 4)}`);

export async function seedDocuments(strapi: Core.Strapi): Promise<number> {
  const service = strapi.documents('api::official-document.official-document');
  let created = 0;
  for (const d of documents) {
    const slug = documentSlug(d);
    const file = await uploadOnce(strapi, `${slug}.pdf`, () => writePdf(slug, `${d.number} — ${d.vi.summary}`, d.body), d.vi.summary, '');
    let documentId = (await service.findFirst({ locale: 'vi', status: 'draft', filters: { slug } as never }))?.documentId;
    for (const locale of ['vi', 'en'] as const) {
      if (documentId && (await service.findOne({ documentId, locale, status: 'draft' }))) continue;
      const data = {
        number: d.number,
        slug,
        documentType: d.documentType,
        field: d.field,
        issueDate: d.issueDate,
        effectiveDate: d.effectiveDate,
        signer: d.signer,
        file,
        ...d[locale],
      } as never;
      documentId = (documentId ? await service.update({ documentId, locale, data }) : await service.create({ locale, data }))!.documentId;
      await service.publish({ documentId, locale });
      created += 1;
    }
  }
  return created;
}
