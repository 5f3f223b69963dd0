import type { SiteFrame } from '../cms/types';

/** A site frame as the CMS would give it, for rendering tests. */
export const siteFrame: SiteFrame = {
  portalName: 'Cổng Thông tin điện tử huyện Thạch Hà',
  shortName: 'Thạch Hà',
  tagline: null,
  logo: null,
  footer: { address: null, phone: null, email: null, copyright: null, responsible: null },
  services: { operationsPortal: 'https://dieuhanh.example.vn', dossierStatus: null, documentExchange: null },
  nav: [{ name: 'Tin tức', slug: 'tin-tuc', children: [] }],
  websiteLinks: [],
  visits: { total: 137_814, online: 62, todayHits: 1_204, todayVisitors: 388 },
};
