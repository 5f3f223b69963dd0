/** `--articles N`: a large synthetic set of published Vietnamese articles for benchmarks. */
import type { Core } from '@strapi/strapi';
import { SingleBar, Presets } from 'cli-progress';
import { toBlocks } from './blocks';

const TOPICS = [
  'Hội nghị giao ban công tác cải cách hành chính',
  'Kiểm tra việc giải quyết thủ tục hành chính',
  'Tuyên truyền phổ biến pháp luật',
  'Ra quân làm đường giao thông nông thôn',
  'Tập huấn chuyển đổi số cho cán bộ',
  'Đối thoại với người dân về đất đai',
  'Tổng kết phong trào xây dựng nông thôn mới',
  'Tiếp nhận hồ sơ trực tuyến',
];
const PLACES = [
  'Thạch Kênh',
  'Thạch Liên',
  'Việt Tiến',
  'Thạch Long',
  'Thạch Sơn',
  'Ngọc Sơn',
  'Thạch Xuân',
  'Nam Điền',
  'Thị trấn Thạch Hà',
];
const SENTENCES = [
  'Các đại biểu đã thảo luận về kết quả thực hiện nhiệm vụ và đề ra giải pháp cho thời gian tới.',
  'Bộ phận một cửa tiếp tục được kiện toàn, niêm yết công khai thủ tục hành chính.',
  'Người dân được hướng dẫn nộp hồ sơ trực tuyến và nhận kết quả qua dịch vụ bưu chính công ích.',
  'Lãnh đạo địa phương yêu cầu các ngành giải quyết dứt điểm các kiến nghị của cử tri.',
  'Hoạt động tuyên truyền được lồng ghép trong sinh hoạt thôn, xóm và các đoàn thể.',
  'Kết quả kiểm tra được công khai để người dân cùng giám sát.',
];

export const SYNTHETIC_PREFIX = 'tong-hop';

/** Dated before the demo stories (2019–2020), so the demo stays on top of the home page. */
const START = new Date('2012-01-01T00:00:00Z').getTime();

/** The n-th synthetic article's fields (Vietnamese), shared by this seed and the bulk seed. */
export function syntheticArticle(n: number, prefix = SYNTHETIC_PREFIX) {
  const topic = TOPICS[n % TOPICS.length]!;
  const place = PLACES[(n * 7) % PLACES.length]!;
  const lines = [0, 1, 2].map((k) => SENTENCES[(n + k * 3) % SENTENCES.length]!);
  return {
    title: `${topic} tại ${place} (số ${n})`,
    slug: `${prefix}-${String(n).padStart(6, '0')}`,
    summary: `${topic} tại ${place}. ${lines[0]}`,
    body: toBlocks([`${topic} diễn ra tại ${place}.`, ...lines]),
    byline: 'Cộng tác viên',
    featured: false,
    publicationDate: new Date(START + n * 2_700_000).toISOString(),
  };
}

export async function seedSynthetic(strapi: Core.Strapi, total: number, refs: { categories: string[]; units: string[] }): Promise<number> {
  const articles = strapi.documents('api::article.article');
  const existing = await strapi.db
    .query('api::article.article')
    .count({ where: { slug: { $startsWith: `${SYNTHETIC_PREFIX}-` }, locale: 'vi', publishedAt: null } });
  if (existing >= total) {
    process.stdout.write(`Synthetic articles: ${existing} already present, nothing to add.\n`);
    return 0;
  }
  // In a log (no terminal) the bar prints a line every few seconds instead of redrawing.
  const bar = new SingleBar(
    {
      format: 'Synthetic articles [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left',
      noTTYOutput: true,
      notTTYSchedule: 5000,
    },
    Presets.shades_classic,
  );
  bar.start(total, existing);
  const batch = 250;
  for (let from = existing + 1; from <= total; from += batch) {
    const to = Math.min(total, from + batch - 1);
    const batchStarted = Date.now();
    const write = async () => {
      for (let n = from; n <= to; n += 1) {
        await articles.create({
          locale: 'vi',
          status: 'published',
          data: {
            ...syntheticArticle(n),
            category: refs.categories[n % refs.categories.length],
            sourceUnit: refs.units[n % refs.units.length],
          } as never,
        });
      }
    };
    // One transaction per batch: on SQLite about ten times faster than a commit per article.
    await strapi.db.transaction(write);
    bar.update(to);
    if (process.env.SEED_TRACE) process.stderr.write(`batch to ${to}: ${Date.now() - batchStarted} ms\n`);
  }
  bar.stop();
  return total - existing;
}
