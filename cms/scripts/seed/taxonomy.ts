/** Demo categories, organisation units, website links and site settings (written for this project). */
type Localized<T> = { vi: T; en: T };

export interface CategorySeed {
  key: string;
  parent?: string;
  order: number;
  vi: { name: string; description: string };
  en: { name: string; description: string };
}

export const categories: CategorySeed[] = [
  {
    key: 'news',
    order: 1,
    vi: { name: 'Tin tức - Sự kiện', description: 'Hoạt động của chính quyền và đời sống trên địa bàn huyện.' },
    en: { name: 'News and events', description: 'Work of the local government and life in the district.' },
  },
  {
    key: 'reform',
    parent: 'news',
    order: 2,
    vi: {
      name: 'Cải cách hành chính',
      description: 'Kết quả cải cách thủ tục, bộ máy và chất lượng phục vụ người dân, doanh nghiệp.',
    },
    en: {
      name: 'Administrative reform',
      description: 'Progress on procedures, organisation and the quality of service to citizens and businesses.',
    },
  },
  {
    key: 'legal',
    parent: 'news',
    order: 3,
    vi: { name: 'Phổ biến giáo dục pháp luật', description: 'Tuyên truyền, phổ biến pháp luật đến với người dân.' },
    en: { name: 'Legal education', description: 'Bringing the law to residents through conferences and local outreach.' },
  },
  {
    key: 'government',
    parent: 'news',
    order: 4,
    vi: { name: 'Xây dựng chính quyền', description: 'Sắp xếp đơn vị hành chính, tổ chức bộ máy và chuyển đổi số.' },
    en: {
      name: 'Local government',
      description: 'Reorganising administrative units, the civil service and digital transformation.',
    },
  },
  {
    key: 'notices',
    order: 5,
    vi: { name: 'Thông báo', description: 'Thông báo, lịch làm việc và lấy ý kiến nhân dân.' },
    en: { name: 'Notices', description: 'Announcements, schedules and public consultations.' },
  },
];

export interface UnitSeed {
  key: string;
  parent?: string;
  kind: string;
  order: number;
  phone?: string;
  email?: string;
  vi: { name: string; description: string; address: string; leaders: Array<{ name: string; position: string }> };
  en: { name: string; description: string; address: string; leaders: Array<{ name: string; position: string }> };
}

const districtAddress: Localized<string> = {
  vi: 'Thị trấn Thạch Hà, huyện Thạch Hà, tỉnh Hà Tĩnh',
  en: 'Thạch Hà town, Thạch Hà district, Hà Tĩnh province',
};

// Leaders' names are placeholders in the usual Vietnamese "Nguyễn Văn A" style, not real people.
export const units: UnitSeed[] = [
  {
    key: 'ubnd',
    kind: 'people-committee',
    order: 1,
    phone: '0239 3845 xxx',
    email: 'ubnd@thachha.example.vn',
    vi: {
      name: 'Ủy ban nhân dân huyện Thạch Hà',
      description: 'Cơ quan hành chính nhà nước ở địa phương, chấp hành nghị quyết của Hội đồng nhân dân huyện.',
      address: districtAddress.vi,
      leaders: [
        { name: 'Nguyễn Văn A', position: 'Chủ tịch UBND huyện' },
        { name: 'Trần Thị B', position: 'Phó Chủ tịch UBND huyện' },
        { name: 'Lê Văn C', position: 'Phó Chủ tịch UBND huyện' },
      ],
    },
    en: {
      name: "Thạch Hà District People's Committee",
      description: "The district's executive body, carrying out the resolutions of the District People's Council.",
      address: districtAddress.en,
      leaders: [
        { name: 'Nguyễn Văn A', position: "Chairman of the District People's Committee" },
        { name: 'Trần Thị B', position: 'Vice Chairwoman' },
        { name: 'Lê Văn C', position: 'Vice Chairman' },
      ],
    },
  },
  {
    key: 'office',
    parent: 'ubnd',
    kind: 'office',
    order: 2,
    phone: '0239 3845 xxx',
    email: 'vanphong@thachha.example.vn',
    vi: {
      name: 'Văn phòng HĐND và UBND huyện',
      description: 'Tham mưu, tổng hợp và bảo đảm điều kiện hoạt động của HĐND, UBND huyện.',
      address: districtAddress.vi,
      leaders: [{ name: 'Phạm Văn D', position: 'Chánh Văn phòng' }],
    },
    en: {
      name: "Office of the District People's Council and People's Committee",
      description: 'Advises the district leadership and keeps its council and committee running.',
      address: districtAddress.en,
      leaders: [{ name: 'Phạm Văn D', position: 'Chief of Office' }],
    },
  },
  {
    key: 'home-affairs',
    parent: 'ubnd',
    kind: 'office',
    order: 3,
    email: 'noivu@thachha.example.vn',
    vi: {
      name: 'Phòng Nội vụ',
      description: 'Tham mưu về tổ chức bộ máy, cán bộ, công chức, cải cách hành chính và địa giới hành chính.',
      address: districtAddress.vi,
      leaders: [{ name: 'Hoàng Thị E', position: 'Trưởng phòng' }],
    },
    en: {
      name: 'Division of Home Affairs',
      description: 'Advises on organisation, the civil service, administrative reform and administrative boundaries.',
      address: districtAddress.en,
      leaders: [{ name: 'Hoàng Thị E', position: 'Head of Division' }],
    },
  },
  {
    key: 'justice',
    parent: 'ubnd',
    kind: 'office',
    order: 4,
    email: 'tuphap@thachha.example.vn',
    vi: {
      name: 'Phòng Tư pháp',
      description: 'Phổ biến, giáo dục pháp luật, hộ tịch, chứng thực và kiểm soát thủ tục hành chính.',
      address: districtAddress.vi,
      leaders: [{ name: 'Võ Văn G', position: 'Trưởng phòng' }],
    },
    en: {
      name: 'Division of Justice',
      description: 'Legal education, civil registration, certification and the control of administrative procedures.',
      address: districtAddress.en,
      leaders: [{ name: 'Võ Văn G', position: 'Head of Division' }],
    },
  },
  {
    key: 'culture-centre',
    parent: 'ubnd',
    kind: 'centre',
    order: 5,
    phone: '0239 3845 xxx',
    email: 'trungtamvhtt@thachha.example.vn',
    vi: {
      name: 'Trung tâm VHTT Thạch Hà',
      description: 'Trung tâm Văn hóa - Truyền thông huyện: thông tin, tuyên truyền và quản lý cổng thông tin điện tử.',
      address: districtAddress.vi,
      leaders: [{ name: 'Đặng Thị H', position: 'Giám đốc' }],
    },
    en: {
      name: 'Thạch Hà Culture and Media Centre',
      description: "The district's news desk: public information, outreach and this portal.",
      address: districtAddress.en,
      leaders: [{ name: 'Đặng Thị H', position: 'Director' }],
    },
  },
  {
    key: 'one-stop',
    parent: 'office',
    kind: 'centre',
    order: 6,
    phone: '0239 3845 xxx',
    email: 'motcua@thachha.example.vn',
    vi: {
      name: 'Bộ phận Tiếp nhận và Trả kết quả huyện',
      description: 'Nơi tiếp nhận hồ sơ thủ tục hành chính và trả kết quả theo cơ chế một cửa, một cửa liên thông.',
      address: districtAddress.vi,
      leaders: [{ name: 'Bùi Văn K', position: 'Phụ trách bộ phận' }],
    },
    en: {
      name: 'District One-Stop Shop',
      description: 'Receives applications for administrative procedures and returns the results in one place.',
      address: districtAddress.en,
      leaders: [{ name: 'Bùi Văn K', position: 'Officer in charge' }],
    },
  },
  ...[
    ['thach-ha-town', 'Thị trấn Thạch Hà', 'Thạch Hà town', 'town'],
    ['thach-kenh', 'Xã Thạch Kênh', 'Thạch Kênh commune', 'commune'],
    ['thach-lien', 'Xã Thạch Liên', 'Thạch Liên commune', 'commune'],
    ['viet-tien', 'Xã Việt Tiến', 'Việt Tiến commune', 'commune'],
  ].map(([key, vi, en, kind], index) => ({
    key: key!,
    parent: 'ubnd',
    kind: kind!,
    order: 10 + index,
    vi: {
      name: `UBND ${vi}`,
      description: `Ủy ban nhân dân ${vi!.toLowerCase().startsWith('xã') ? vi!.replace('Xã', 'xã') : vi!.replace('Thị trấn', 'thị trấn')}, huyện Thạch Hà.`,
      address: `${vi}, huyện Thạch Hà, tỉnh Hà Tĩnh`,
      leaders: [{ name: 'Nguyễn Văn M', position: 'Chủ tịch UBND' }],
    },
    en: {
      name: `${en} People's Committee`,
      description: `Local government of ${en}, Thạch Hà district.`,
      address: `${en}, Thạch Hà district, Hà Tĩnh province`,
      leaders: [{ name: 'Nguyễn Văn M', position: "Chairman of the People's Committee" }],
    },
  })),
];

export interface LinkSeed {
  url: string;
  order: number;
  vi: { label: string; group: string };
  en: { label: string; group: string };
}

export const websiteLinks: LinkSeed[] = [
  {
    url: 'https://chinhphu.vn',
    order: 1,
    vi: { label: 'Cổng Thông tin điện tử Chính phủ', group: 'Trung ương' },
    en: { label: 'Government of Viet Nam portal', group: 'Central government' },
  },
  {
    url: 'https://dichvucong.gov.vn',
    order: 2,
    vi: { label: 'Cổng Dịch vụ công quốc gia', group: 'Trung ương' },
    en: { label: 'National Public Service Portal', group: 'Central government' },
  },
  {
    url: 'https://hatinh.gov.vn',
    order: 3,
    vi: { label: 'Cổng Thông tin điện tử tỉnh Hà Tĩnh', group: 'Tỉnh Hà Tĩnh' },
    en: { label: 'Hà Tĩnh Province portal', group: 'Hà Tĩnh province' },
  },
  {
    url: 'https://dichvucong.hatinh.gov.vn',
    order: 4,
    vi: { label: 'Hệ thống thông tin giải quyết TTHC tỉnh', group: 'Tỉnh Hà Tĩnh' },
    en: { label: 'Hà Tĩnh administrative procedures system', group: 'Hà Tĩnh province' },
  },
  {
    url: 'https://vbpl.vn',
    order: 5,
    vi: { label: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật', group: 'Tra cứu' },
    en: { label: 'National database of legal documents', group: 'Reference' },
  },
];

export const siteSetting = {
  operationsPortalUrl: 'https://dieuhanh.thachha.example.vn',
  dossierStatusUrl: 'https://dichvucong.hatinh.gov.vn',
  documentExchangeUrl: 'https://vanban.thachha.example.vn',
  footerPhone: '0239 3845 xxx',
  footerEmail: 'banbientap@thachha.example.vn',
  vi: {
    portalName: 'Cổng Thông tin điện tử huyện Thạch Hà',
    shortName: 'Thạch Hà',
    tagline: 'Cơ quan chủ quản: Ủy ban nhân dân huyện Thạch Hà, tỉnh Hà Tĩnh',
    footerAddress: 'Thị trấn Thạch Hà, huyện Thạch Hà, tỉnh Hà Tĩnh',
    copyright: '© Cổng Thông tin điện tử huyện Thạch Hà. Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.',
    responsiblePerson: 'Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện',
  },
  en: {
    portalName: 'Thạch Hà District Web Portal',
    shortName: 'Thạch Hà',
    tagline: "Managed by Thạch Hà District People's Committee, Hà Tĩnh province",
    footerAddress: 'Thạch Hà town, Thạch Hà district, Hà Tĩnh province',
    copyright: '© Thạch Hà District Web Portal. Please credit the portal when republishing its content.',
    responsiblePerson: 'Editor in chief: Chief of the District Office',
  },
};
