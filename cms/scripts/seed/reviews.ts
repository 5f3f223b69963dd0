/**
 * Demo ratings and comments (reviews plugin) on a few seeded articles, so article pages are not
 * empty. Written for this project, in Vietnamese and English. Idempotent (the plugin skips articles
 * that already have comments).
 */
import type { Core } from '@strapi/strapi';
import { articles } from './articles';

type Locale = 'vi' | 'en';
interface DemoComment {
  authorName: string;
  text: string;
  replies?: Array<{ authorName: string; text: string }>;
}

const DEMO: Array<{ key: string; ratings: number[]; comments: Record<Locale, DemoComment[]> }> = [
  {
    key: 'dossier-results-2019',
    ratings: [5, 4, 5, 5, 4, 3, 5],
    comments: {
      vi: [
        {
          authorName: 'Nguyễn Thị Lan',
          text: 'Năm ngoái tôi làm thủ tục chuyển nhượng đất ở bộ phận một cửa, được hẹn 10 ngày nhưng 8 ngày đã có kết quả. Cảm ơn cán bộ huyện.',
          replies: [
            { authorName: 'Bộ phận Một cửa huyện', text: 'Cảm ơn chị đã phản hồi. Bộ phận sẽ tiếp tục rút ngắn thời gian trả kết quả.' },
          ],
        },
        { authorName: 'Trần Văn Hùng', text: 'Mong huyện công bố số liệu này theo từng quý để người dân tiện theo dõi.' },
      ],
      en: [
        {
          authorName: 'Lan Nguyen',
          text: 'I filed a land transfer at the one-stop desk last year; the result came two days before the promised date. Thank you.',
          replies: [
            { authorName: 'District one-stop desk', text: 'Thank you for the feedback. We keep working to shorten waiting times.' },
          ],
        },
      ],
    },
  },
  {
    key: 'online-public-services',
    ratings: [4, 4, 5, 3],
    comments: {
      vi: [{ authorName: 'Lê Minh Tuấn', text: 'Nộp hồ sơ trực tuyến rất tiện, nhưng nên có hướng dẫn bằng video cho người lớn tuổi.' }],
      en: [
        {
          authorName: 'Tuan Le',
          text: 'Filing online saves a trip to the district office. A short video guide for older citizens would help.',
        },
      ],
    },
  },
];

export async function seedDemoReviews(strapi: Core.Strapi): Promise<number> {
  const plugin = strapi.plugin('reviews');
  if (!plugin) return 0;
  const entries = [];
  for (const demo of DEMO) {
    const seed = articles.find((a) => a.key === demo.key);
    if (!seed) continue;
    const found = (await strapi
      .documents('api::article.article')
      .findFirst({ locale: 'vi', filters: { title: seed.vi.title } as never, fields: ['documentId'] as never })) as {
      documentId?: string;
    } | null;
    if (!found?.documentId) continue;
    for (const locale of ['vi', 'en'] as const) {
      entries.push({
        article: found.documentId,
        locale,
        comments: demo.comments[locale],
        ratings: locale === 'vi' ? demo.ratings : demo.ratings.slice(0, 3),
      });
    }
  }
  return plugin.service('demo').seed(entries);
}
