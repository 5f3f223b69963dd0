/**
 * Demo news articles, written for this project in Vietnamese and English. The figures come from the
 * district's published administrative-reform results; sentences are our own.
 */
export interface ArticleText {
  title: string;
  summary: string;
  coverCaption: string;
  /** Alt text of the cover in this language (the media library's alt text is shared by both). */
  coverAlt?: string;
  byline: string;
  tags: string[];
  body: string[];
}

export interface ArticleSeed {
  key: string;
  category: string;
  unit: string;
  featured?: boolean;
  date: string;
  palette: [string, string, string];
  vi: ArticleText;
  en: ArticleText;
}

export const articles: ArticleSeed[] = [
  {
    key: 'par-index-2019-appraisal',
    category: 'reform',
    unit: 'culture-centre',
    featured: true,
    date: '2020-03-12T08:30:00+07:00',
    palette: ['#8b1c1c', '#d4a017', '#f4e7c5'],
    vi: {
      title: 'Đoàn thẩm định của HĐND tỉnh làm việc về chỉ số cải cách hành chính năm 2019 của huyện',
      summary:
        'Đoàn công tác của Hội đồng nhân dân tỉnh đã đối chiếu hồ sơ, tài liệu kiểm chứng cho từng tiêu chí trong bộ chỉ số cải cách hành chính năm 2019 của huyện Thạch Hà.',
      coverCaption: 'Chủ tịch UBND huyện Thạch Hà trực tiếp làm việc cùng đoàn thẩm định',
      byline: 'Minh Hà',
      tags: ['cải cách hành chính', 'chỉ số CCHC', 'HĐND tỉnh'],
      body: [
        'Sáng nay, đoàn công tác của Hội đồng nhân dân tỉnh đã làm việc với Ủy ban nhân dân huyện Thạch Hà để thẩm định kết quả tự chấm điểm chỉ số cải cách hành chính năm 2019 của huyện.',
        '## Đối chiếu từng tiêu chí',
        'Đoàn lần lượt xem xét tài liệu kiểm chứng của các lĩnh vực: công tác chỉ đạo, điều hành; cải cách thể chế; thủ tục hành chính; tổ chức bộ máy; chế độ công vụ và hiện đại hóa nền hành chính.',
        'Theo báo cáo của huyện, trong năm qua đã có các kết quả nổi bật:',
        '- Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại 39 cơ quan, đơn vị;',
        '- Tổ chức 53 hội nghị phổ biến, giáo dục pháp luật với hơn 9.900 lượt người tham dự, cùng hơn 200 buổi tuyên truyền lồng ghép;',
        '- 100% xã, thị trấn vận hành Bộ phận Tiếp nhận và Trả kết quả theo cơ chế một cửa;',
        '- Tiếp nhận 76.936 hồ sơ, giải quyết đúng hạn 76.550 hồ sơ, 386 hồ sơ đang giải quyết, không có hồ sơ quá hạn.',
        '> Cải cách hành chính phải được người dân cảm nhận ở từng bộ hồ sơ được trả đúng hẹn, chứ không chỉ ở điểm số.',
        'Chủ tịch UBND huyện tiếp thu các ý kiến của đoàn và giao các phòng, ban bổ sung tài liệu còn thiếu trước khi đoàn hoàn thiện biên bản thẩm định.',
      ],
    },
    en: {
      title: "Provincial council team appraises the district's 2019 administrative reform index",
      summary:
        "A working group of the Provincial People's Council checked the evidence behind each criterion of Thạch Hà's self-assessed 2019 administrative reform index.",
      coverCaption: "The Chairman of Thạch Hà District People's Committee works directly with the appraisal team",
      byline: 'Minh Hà',
      tags: ['administrative reform', 'PAR index', 'provincial council'],
      body: [
        "This morning a working group of the Provincial People's Council met Thạch Hà District People's Committee to appraise the district's self-assessment of its 2019 administrative reform index.",
        '## Criterion by criterion',
        'The group went through the supporting documents for leadership and direction, institutional reform, administrative procedures, organisation, the civil service and the modernisation of public administration.',
        'The district reported these results for the year:',
        '- unannounced inspections of administrative discipline at 39 agencies and units;',
        '- 53 legal-education conferences attended more than 9,900 times, plus over 200 sessions integrated into other meetings;',
        '- a one-stop shop running in 100% of communes and towns;',
        '- 76,936 dossiers received, 76,550 resolved on time, 386 still in progress and none overdue.',
        '> Citizens should feel reform in every dossier returned on the promised day, not only in a score.',
        'The Chairman accepted the group’s remarks and asked the divisions to supply the missing documents before the appraisal record is finalised.',
      ],
    },
  },
  {
    key: 'spot-checks-39-agencies',
    category: 'reform',
    unit: 'home-affairs',
    date: '2020-01-08T09:00:00+07:00',
    palette: ['#1d4e89', '#7fb3d5', '#eaf2f8'],
    vi: {
      title: 'Kiểm tra đột xuất kỷ luật, kỷ cương hành chính tại 39 cơ quan, đơn vị',
      summary:
        'Trong năm 2019, các đoàn kiểm tra công vụ của huyện đã đến không báo trước tại 39 cơ quan, đơn vị để kiểm tra giờ giấc làm việc và thái độ phục vụ.',
      coverCaption: 'Đoàn kiểm tra công vụ làm việc tại bộ phận một cửa một xã',
      byline: 'Phòng Nội vụ',
      tags: ['kiểm tra công vụ', 'kỷ luật hành chính'],
      body: [
        'Nhằm chấn chỉnh lề lối làm việc, năm 2019 UBND huyện đã tổ chức kiểm tra đột xuất tại 39 cơ quan, đơn vị, trong đó có các phòng chuyên môn và UBND các xã, thị trấn.',
        'Nội dung kiểm tra tập trung vào việc chấp hành thời gian làm việc, đeo thẻ công chức, niêm yết thủ tục hành chính và thái độ tiếp công dân.',
        '## Xử lý sau kiểm tra',
        'Những thiếu sót được chỉ ra ngay tại buổi kiểm tra; đơn vị có vi phạm phải báo cáo kết quả khắc phục bằng văn bản. Kết quả kiểm tra là một căn cứ để đánh giá, xếp loại cán bộ, công chức cuối năm.',
        'Người dân có thể phản ánh về thái độ phục vụ của cán bộ qua đường dây nóng hoặc hộp thư góp ý đặt tại bộ phận một cửa.',
      ],
    },
    en: {
      title: 'Unannounced inspections of administrative discipline at 39 agencies',
      summary:
        "In 2019 the district's inspection teams arrived unannounced at 39 agencies and units to check working hours and how citizens are served.",
      coverCaption: "An inspection team at a commune's one-stop desk",
      byline: 'Division of Home Affairs',
      tags: ['inspection', 'administrative discipline'],
      body: [
        "To tighten working practices, the District People's Committee carried out unannounced inspections at 39 agencies and units in 2019, including its own divisions and the commune and town committees.",
        'Inspectors checked working hours, the wearing of staff badges, whether procedures are posted for the public, and how officials receive citizens.',
        '## Follow-up',
        'Shortcomings were pointed out on the spot, and units at fault must report in writing how they have fixed them. The findings feed into the year-end appraisal of officials.',
        'Residents can report on the conduct of officials through the hotline or the suggestion box at the one-stop desk.',
      ],
    },
  },
  {
    key: 'legal-education-53-conferences',
    category: 'legal',
    unit: 'justice',
    date: '2019-12-20T14:00:00+07:00',
    palette: ['#145a32', '#58d68d', '#e9f7ef'],
    vi: {
      title: '53 hội nghị phổ biến pháp luật, hơn 9.900 lượt người tham dự',
      summary:
        'Năm 2019, công tác phổ biến, giáo dục pháp luật của huyện đã đến với hơn 9.900 lượt người qua 53 hội nghị và hơn 200 buổi tuyên truyền lồng ghép.',
      coverCaption: 'Một hội nghị phổ biến pháp luật tại nhà văn hóa thôn',
      byline: 'Phòng Tư pháp',
      tags: ['phổ biến pháp luật', 'tư pháp'],
      body: [
        'Phòng Tư pháp phối hợp với các ngành, đoàn thể và UBND các xã tổ chức 53 hội nghị phổ biến, giáo dục pháp luật, thu hút hơn 9.900 lượt người tham dự.',
        'Bên cạnh các hội nghị chuyên đề, hơn 200 buổi tuyên truyền được lồng ghép vào sinh hoạt chi bộ, họp thôn, hoạt động của hội nông dân, hội phụ nữ và đoàn thanh niên.',
        '## Nội dung được quan tâm',
        '- Luật Đất đai và thủ tục cấp giấy chứng nhận quyền sử dụng đất;',
        '- Luật Hôn nhân và gia đình, phòng chống bạo lực gia đình;',
        '- An toàn giao thông và phòng chống ma túy;',
        '- Luật Tiếp cận thông tin.',
        'Năm tới, huyện sẽ tăng cường hình thức trực tuyến và phát thanh cơ sở để tiếp cận người dân ở các thôn xa trung tâm.',
      ],
    },
    en: {
      title: '53 legal-education conferences reach more than 9,900 attendees',
      summary:
        "In 2019 the district's legal-education programme reached more than 9,900 attendances through 53 conferences and over 200 integrated sessions.",
      coverCaption: 'A legal-education conference at a village cultural house',
      byline: 'Division of Justice',
      tags: ['legal education', 'justice'],
      body: [
        'The Division of Justice, with other sectors, mass organisations and commune committees, held 53 legal-education conferences with more than 9,900 attendances.',
        "Besides dedicated conferences, over 200 sessions were built into party cell meetings, village meetings and the activities of the farmers', women's and youth unions.",
        '## Topics residents asked about',
        '- the Land Law and land-use certificates;',
        '- marriage and family law, and preventing domestic violence;',
        '- road safety and drug prevention;',
        '- the Law on Access to Information.',
        'Next year the district will make more use of online sessions and village loudspeakers to reach hamlets far from the centre.',
      ],
    },
  },
  {
    key: 'one-stop-all-communes',
    category: 'reform',
    unit: 'office',
    date: '2019-11-15T10:00:00+07:00',
    palette: ['#6c3483', '#bb8fce', '#f5eef8'],
    vi: {
      title: '100% xã, thị trấn vận hành bộ phận một cửa',
      summary:
        'Tất cả các xã, thị trấn của huyện đã bố trí Bộ phận Tiếp nhận và Trả kết quả, niêm yết công khai thủ tục hành chính và lịch tiếp dân.',
      coverCaption: 'Người dân làm thủ tục tại Bộ phận Tiếp nhận và Trả kết quả',
      byline: 'Văn phòng HĐND và UBND huyện',
      tags: ['một cửa', 'thủ tục hành chính'],
      body: [
        'Đến nay, 100% xã, thị trấn trên địa bàn huyện đã vận hành Bộ phận Tiếp nhận và Trả kết quả theo cơ chế một cửa, một cửa liên thông.',
        'Mỗi bộ phận được trang bị máy tính kết nối hệ thống một cửa điện tử, máy quét và bảng niêm yết thủ tục; người dân có thể tra cứu tình trạng hồ sơ bằng mã số trên giấy hẹn.',
        '> Mọi thủ tục đều được nhận và trả ở một nơi, người dân không phải đi qua nhiều phòng ban.',
        'UBND huyện yêu cầu các xã bố trí công chức có kinh nghiệm, thường xuyên khảo sát mức độ hài lòng của người dân và công khai kết quả.',
      ],
    },
    en: {
      title: 'Every commune and town now runs a one-stop shop',
      summary:
        'All communes and towns of the district have a reception and results desk, with procedures and reception hours posted publicly.',
      coverCaption: 'Residents filing paperwork at a one-stop desk',
      byline: 'District Office',
      tags: ['one-stop shop', 'administrative procedures'],
      body: [
        'All communes and towns in the district — 100% of them — now run a one-stop reception and results desk.',
        'Each desk has a computer connected to the electronic one-stop system, a scanner and a notice board of procedures; residents can check the status of a dossier with the code on their receipt.',
        '> Every procedure is received and returned in one place; nobody has to go from office to office.',
        'The district asked communes to staff the desks with experienced officials, survey residents’ satisfaction regularly and publish the results.',
      ],
    },
  },
  {
    key: 'dossier-results-2019',
    category: 'reform',
    unit: 'one-stop',
    date: '2020-01-15T08:00:00+07:00',
    palette: ['#0e6655', '#48c9b0', '#e8f8f5'],
    vi: {
      title: 'Tiếp nhận 76.936 hồ sơ, không có hồ sơ quá hạn',
      summary:
        'Trong năm 2019, các bộ phận một cửa của huyện và xã đã tiếp nhận 76.936 hồ sơ; 76.550 hồ sơ được giải quyết đúng hạn, 386 hồ sơ đang giải quyết trong thời hạn.',
      coverCaption: 'Cán bộ một cửa trả kết quả cho người dân',
      byline: 'Bộ phận Tiếp nhận và Trả kết quả',
      tags: ['hồ sơ', 'một cửa', 'thống kê'],
      body: [
        'Theo số liệu tổng hợp, năm 2019 bộ phận một cửa cấp huyện và các xã, thị trấn đã tiếp nhận 76.936 hồ sơ thủ tục hành chính.',
        '## Kết quả giải quyết',
        '- Giải quyết đúng hạn: 76.550 hồ sơ;',
        '- Đang giải quyết, còn trong thời hạn: 386 hồ sơ;',
        '- Quá hạn: không có hồ sơ nào.',
        'Các lĩnh vực có nhiều hồ sơ nhất là hộ tịch, chứng thực, đất đai và chính sách xã hội.',
        'Người dân có thể theo dõi tình hình giải quyết hồ sơ trên hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, liên kết ở cột bên phải cổng thông tin.',
      ],
    },
    en: {
      title: '76,936 dossiers received, none overdue',
      summary:
        "In 2019 the district's and communes' one-stop desks received 76,936 dossiers; 76,550 were resolved on time and 386 were still within their deadline.",
      coverCaption: 'A one-stop officer returns results to a resident',
      byline: 'District One-Stop Shop',
      tags: ['dossiers', 'one-stop shop', 'statistics'],
      body: [
        'According to the year-end figures, the district one-stop shop and the commune desks received 76,936 dossiers in 2019.',
        '## Results',
        '- resolved on time: 76,550;',
        '- in progress, within the deadline: 386;',
        '- overdue: none.',
        'Civil registration, certification, land and social policy accounted for most dossiers.',
        "Residents can follow their dossiers on the province's administrative-procedure system, linked from the portal's sidebar.",
      ],
    },
  },
  {
    key: 'postal-service-3529-dossiers',
    category: 'reform',
    unit: 'one-stop',
    date: '2019-12-05T15:30:00+07:00',
    palette: ['#b9770e', '#f5b041', '#fef5e7'],
    vi: {
      title: 'Hơn 3.529 hồ sơ được trả kết quả qua dịch vụ bưu chính công ích',
      summary: 'Người dân ngày càng chọn nhận kết quả thủ tục hành chính tại nhà qua bưu điện, tiết kiệm thời gian đi lại.',
      coverCaption: 'Nhân viên bưu điện nhận hồ sơ tại bộ phận một cửa',
      byline: 'Minh Hà',
      tags: ['bưu chính công ích', 'một cửa'],
      body: [
        'Năm 2019, hơn 3.529 hồ sơ thủ tục hành chính trên địa bàn huyện được trả kết quả qua dịch vụ bưu chính công ích.',
        'Khi nộp hồ sơ, người dân chỉ cần đăng ký địa chỉ nhận; nhân viên bưu điện sẽ chuyển kết quả đến tận nhà với mức cước theo quy định.',
        'Dịch vụ đặc biệt thuận tiện cho người cao tuổi và người lao động ở xa, giúp giảm tải cho bộ phận một cửa vào những ngày cao điểm.',
      ],
    },
    en: {
      title: 'More than 3,529 dossiers returned through the public postal service',
      summary: 'More residents choose to receive the results of their procedures at home by post, saving a trip.',
      coverCaption: 'A postal worker collects dossiers at the one-stop desk',
      byline: 'Minh Hà',
      tags: ['public postal service', 'one-stop shop'],
      body: [
        'In 2019 more than 3,529 dossiers in the district were returned to residents through the public postal service.',
        'When filing, residents give a delivery address; the postal service brings the result to their door at the regulated fee.',
        'The service helps older residents and people working away from home, and eases the load on the one-stop desks on busy days.',
      ],
    },
  },
  {
    key: 'commune-merger-plan',
    category: 'government',
    unit: 'home-affairs',
    featured: true,
    date: '2019-10-02T09:00:00+07:00',
    palette: ['#784212', '#dc7633', '#fbeee6'],
    vi: {
      title: 'Phương án sáp nhập 15 xã thành 6 xã',
      summary:
        'Huyện xây dựng phương án sắp xếp 15 xã chưa đạt tiêu chuẩn về diện tích và dân số để hình thành 6 xã mới, lấy ý kiến cử tri trước khi trình cấp trên.',
      coverCaption: 'Cử tri góp ý phương án sắp xếp đơn vị hành chính cấp xã',
      byline: 'Phòng Nội vụ',
      tags: ['sắp xếp đơn vị hành chính', 'sáp nhập xã'],
      body: [
        'Thực hiện chủ trương sắp xếp đơn vị hành chính cấp xã, huyện đã xây dựng phương án sáp nhập 15 xã thành 6 xã.',
        '## Các bước tiếp theo',
        '1. Lấy ý kiến cử tri tại từng thôn, xóm;',
        '2. HĐND các xã liên quan biểu quyết thông qua chủ trương;',
        '3. HĐND huyện thông qua đề án và trình HĐND tỉnh;',
        '4. Hoàn thiện hồ sơ trình cấp có thẩm quyền quyết định.',
        'Huyện cam kết bố trí, sắp xếp cán bộ, công chức dôi dư một cách công khai, bảo đảm quyền lợi theo quy định và không làm gián đoạn việc giải quyết thủ tục hành chính cho người dân.',
      ],
    },
    en: {
      title: 'Plan to merge 15 communes into 6',
      summary:
        'The district has drafted a plan to combine 15 communes below the size and population standards into 6 new communes, and will consult voters before submitting it.',
      coverCaption: 'Voters comment on the plan to reorganise communes',
      byline: 'Division of Home Affairs',
      tags: ['reorganisation', 'commune merger'],
      body: [
        'Following the national policy on reorganising commune-level units, the district has drafted a plan to merge 15 communes into 6.',
        '## Next steps',
        '1. consult voters in every village;',
        "2. the People's Councils of the communes concerned vote on the proposal;",
        "3. the District People's Council adopts the plan and submits it to the province;",
        '4. the complete file goes to the competent authority for decision.',
        'The district promises a transparent arrangement for officials affected by the merger, with their entitlements protected, and no interruption to the handling of residents’ dossiers.',
      ],
    },
  },
  {
    key: 'merger-public-consultation',
    category: 'notices',
    unit: 'office',
    date: '2019-10-10T07:30:00+07:00',
    palette: ['#922b21', '#e6b0aa', '#fdedec'],
    vi: {
      title: 'Thông báo lấy ý kiến cử tri về đề án sắp xếp đơn vị hành chính cấp xã',
      summary: 'Cử tri các xã thuộc phương án sáp nhập cho ý kiến tại thôn, xóm nơi cư trú theo lịch của UBND xã.',
      coverCaption: 'Bảng thông tin công khai đề án tại nhà văn hóa thôn',
      byline: 'Văn phòng HĐND và UBND huyện',
      tags: ['thông báo', 'lấy ý kiến'],
      body: [
        'UBND huyện thông báo tổ chức lấy ý kiến cử tri về đề án sắp xếp đơn vị hành chính cấp xã.',
        '- Đối tượng: cử tri thường trú tại các xã thuộc phương án sáp nhập;',
        '- Hình thức: phát phiếu lấy ý kiến tại hộ gia đình hoặc tại cuộc họp thôn;',
        '- Thời gian: theo lịch do UBND từng xã công bố.',
        'Toàn văn dự thảo đề án được niêm yết tại trụ sở UBND xã và nhà văn hóa các thôn.',
      ],
    },
    en: {
      title: 'Notice: voters consulted on the plan to reorganise communes',
      summary: 'Voters of the communes in the merger plan give their views in their own village, on the dates set by each commune.',
      coverCaption: 'The plan on display at a village cultural house',
      byline: 'District Office',
      tags: ['notice', 'consultation'],
      body: [
        "The District People's Committee announces a consultation of voters on the plan to reorganise commune-level units.",
        '- who: permanent residents of voting age in the communes named in the plan;',
        '- how: a ballot delivered to each household or handed out at the village meeting;',
        '- when: on the dates published by each commune.',
        'The full draft is on display at every commune office and village cultural house.',
      ],
    },
  },
  {
    key: 'par-2020-plan',
    category: 'reform',
    unit: 'ubnd',
    date: '2020-02-18T08:00:00+07:00',
    palette: ['#943126', '#f1948a', '#fdedec'],
    vi: {
      title: 'Triển khai nhiệm vụ cải cách hành chính năm 2020',
      summary:
        'UBND huyện đặt mục tiêu nâng chất lượng phục vụ, đẩy mạnh dịch vụ công trực tuyến và giữ vững kết quả không có hồ sơ quá hạn.',
      coverCaption: 'Quang cảnh hội nghị triển khai nhiệm vụ năm 2020',
      byline: 'Trung tâm VHTT Thạch Hà',
      tags: ['cải cách hành chính', 'kế hoạch'],
      body: [
        'Tại hội nghị triển khai nhiệm vụ năm 2020, UBND huyện đánh giá cao kết quả năm 2019, đồng thời chỉ ra những việc cần làm tốt hơn.',
        '## Nhiệm vụ trọng tâm',
        '- Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền;',
        '- Tăng tỷ lệ hồ sơ nộp trực tuyến và trả kết quả qua bưu điện;',
        '- Tiếp tục kiểm tra công vụ đột xuất;',
        '- Hoàn thành sắp xếp đơn vị hành chính cấp xã theo kế hoạch.',
        'Người đứng đầu các cơ quan, đơn vị chịu trách nhiệm trước UBND huyện về kết quả cải cách hành chính của đơn vị mình.',
      ],
    },
    en: {
      title: 'Administrative reform tasks for 2020 set out',
      summary: 'The district aims to improve service quality, push online public services and keep its record of no overdue dossiers.',
      coverCaption: 'The 2020 planning conference',
      byline: 'Thạch Hà Culture and Media Centre',
      tags: ['administrative reform', 'planning'],
      body: [
        "At the conference launching the 2020 tasks, the District People's Committee praised the results of 2019 and named what must improve.",
        '## Priorities',
        '- review and simplify the procedures the district is responsible for;',
        '- raise the share of dossiers filed online and returned by post;',
        '- keep up unannounced inspections;',
        '- complete the reorganisation of communes on schedule.',
        'Heads of agencies answer to the district for the reform results of their own units.',
      ],
    },
  },
  {
    key: 'digital-document-exchange',
    category: 'government',
    unit: 'office',
    date: '2019-09-12T10:00:00+07:00',
    palette: ['#1b4f72', '#5dade2', '#ebf5fb'],
    vi: {
      title: 'Gửi nhận văn bản điện tử có chữ ký số giữa các cơ quan',
      summary:
        'Văn bản giữa UBND huyện, các phòng ban và UBND xã được gửi, nhận qua hệ thống quản lý văn bản, ký số thay cho văn bản giấy.',
      coverCaption: 'Chuyên viên xử lý văn bản trên hệ thống quản lý văn bản',
      byline: 'Văn phòng HĐND và UBND huyện',
      tags: ['chuyển đổi số', 'văn bản điện tử', 'chữ ký số'],
      body: [
        'Huyện đã đưa vào sử dụng thống nhất hệ thống quản lý văn bản và điều hành; văn bản đi, đến giữa các cơ quan được ký số và gửi qua mạng.',
        'Lãnh đạo các đơn vị được cấp chứng thư số để ký văn bản; văn thư chỉ phát hành bản giấy khi pháp luật yêu cầu.',
        'Việc gửi nhận văn bản điện tử giúp rút ngắn thời gian chuyển văn bản từ vài ngày xuống vài phút và tiết kiệm chi phí in ấn.',
        'Cán bộ truy cập hệ thống qua mục [Gửi nhận văn bản](https://vanban.thachha.example.vn) trên cổng thông tin.',
      ],
    },
    en: {
      title: 'Digitally signed documents now travel electronically between agencies',
      summary:
        'Documents between the district, its divisions and the communes are sent through the document management system and signed digitally instead of on paper.',
      coverCaption: 'An official handles documents in the document management system',
      byline: 'District Office',
      tags: ['digital transformation', 'electronic documents', 'digital signature'],
      body: [
        'The district now uses a single document management and operations system; documents between agencies are digitally signed and sent online.',
        'Heads of units hold digital certificates to sign documents; paper copies are issued only where the law requires them.',
        'Electronic exchange cuts the time a document takes to arrive from days to minutes and saves printing costs.',
        'Staff reach the system through [Document exchange](https://vanban.thachha.example.vn) on the portal.',
      ],
    },
  },
  {
    key: 'one-stop-staff-training',
    category: 'reform',
    unit: 'home-affairs',
    date: '2019-08-22T08:00:00+07:00',
    palette: ['#4a235a', '#a569bd', '#f4ecf7'],
    vi: {
      title: 'Tập huấn kỹ năng giao tiếp cho công chức một cửa',
      summary:
        'Công chức làm việc tại bộ phận một cửa huyện và xã được tập huấn về kỹ năng giao tiếp, hướng dẫn hồ sơ và sử dụng phần mềm một cửa điện tử.',
      coverCaption: 'Lớp tập huấn cho công chức bộ phận một cửa',
      byline: 'Phòng Nội vụ',
      tags: ['tập huấn', 'một cửa'],
      body: [
        'Phòng Nội vụ tổ chức lớp tập huấn cho công chức trực tiếp tiếp nhận và trả kết quả tại huyện và các xã, thị trấn.',
        'Học viên được hướng dẫn cách tiếp đón, giải thích thủ tục rõ ràng, hướng dẫn người dân bổ sung hồ sơ một lần, và sử dụng phần mềm một cửa điện tử.',
        '> Hướng dẫn một lần, đầy đủ, để người dân không phải đi lại nhiều lần.',
      ],
    },
    en: {
      title: 'Customer-service training for one-stop staff',
      summary:
        'Officials working at the district and commune one-stop desks were trained in communication, guiding applicants and the electronic one-stop software.',
      coverCaption: 'A training class for one-stop staff',
      byline: 'Division of Home Affairs',
      tags: ['training', 'one-stop shop'],
      body: [
        'The Division of Home Affairs trained the officials who receive and return dossiers at the district and in every commune and town.',
        'Participants practised welcoming residents, explaining procedures clearly, telling applicants everything missing in one go, and using the electronic one-stop software.',
        '> Explain once and completely, so that nobody has to come back twice.',
      ],
    },
  },
  {
    key: 'vietnam-law-day',
    category: 'legal',
    unit: 'justice',
    date: '2019-11-09T08:00:00+07:00',
    palette: ['#7d6608', '#f4d03f', '#fef9e7'],
    vi: {
      title: 'Hưởng ứng Ngày Pháp luật Việt Nam 9/11',
      summary: 'Các cơ quan, trường học và xã, thị trấn tổ chức nhiều hoạt động tìm hiểu pháp luật nhân Ngày Pháp luật Việt Nam.',
      coverCaption: 'Học sinh tham gia cuộc thi tìm hiểu pháp luật',
      byline: 'Phòng Tư pháp',
      tags: ['Ngày Pháp luật', 'phổ biến pháp luật'],
      body: [
        'Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam, huyện phát động đợt tuyên truyền cao điểm trong cơ quan, trường học và khu dân cư.',
        'Các hoạt động gồm: thi tìm hiểu pháp luật, tọa đàm về văn hóa tuân thủ pháp luật, tuyên truyền trên hệ thống loa truyền thanh cơ sở.',
        'Đây cũng là dịp để các đơn vị nhìn lại kết quả của 53 hội nghị phổ biến pháp luật đã tổ chức trong năm.',
      ],
    },
    en: {
      title: 'The district marks Viet Nam Law Day, 9 November',
      summary: 'Agencies, schools, communes and towns held quizzes, talks and broadcasts about the law for Viet Nam Law Day.',
      coverCaption: 'Pupils take part in a law quiz',
      byline: 'Division of Justice',
      tags: ['Law Day', 'legal education'],
      body: [
        'For Viet Nam Law Day the district launched a week of outreach in offices, schools and residential areas.',
        'Activities included a law quiz, a discussion on a culture of respecting the law, and programmes on the village loudspeaker network.',
        'It was also a moment to look back on the 53 legal-education conferences held during the year.',
      ],
    },
  },
  {
    key: 'citizen-reception-schedule',
    category: 'notices',
    unit: 'office',
    date: '2020-03-02T07:00:00+07:00',
    palette: ['#17202a', '#85929e', '#f2f3f4'],
    vi: {
      title: 'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện',
      summary: 'Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 15 hằng tháng tại trụ sở tiếp công dân của huyện.',
      coverCaption: 'Trụ sở tiếp công dân huyện Thạch Hà',
      byline: 'Văn phòng HĐND và UBND huyện',
      tags: ['tiếp công dân', 'thông báo'],
      body: [
        'Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 15 hằng tháng; nếu trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp.',
        'Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh cần mang theo giấy tờ tùy thân và tài liệu liên quan.',
        'Ngoài lịch định kỳ, trụ sở tiếp công dân làm việc tất cả các ngày trong tuần, trừ thứ Bảy, Chủ nhật và ngày lễ.',
      ],
    },
    en: {
      title: "Monthly citizen reception by the Chairman of the District People's Committee",
      summary: 'The Chairman receives citizens on the 15th of each month at the district citizen reception office.',
      coverCaption: 'The district citizen reception office',
      byline: 'District Office',
      tags: ['citizen reception', 'notice'],
      body: [
        'The Chairman receives citizens on the 15th of every month, or on the next working day when the 15th is a holiday.',
        'Citizens bringing complaints, denunciations, petitions or feedback should bring an identity document and any related papers.',
        'Outside the monthly sessions, the reception office is open every weekday except public holidays.',
      ],
    },
  },
  {
    key: 'online-public-services',
    category: 'government',
    unit: 'culture-centre',
    date: '2020-02-05T09:30:00+07:00',
    palette: ['#0b5345', '#52be80', '#eafaf1'],
    vi: {
      title: 'Khuyến khích người dân nộp hồ sơ trực tuyến',
      summary:
        'Người dân có thể nộp hồ sơ nhiều thủ tục qua Cổng Dịch vụ công mà không cần đến trụ sở, và theo dõi kết quả giải quyết trực tuyến.',
      coverCaption: 'Cán bộ hướng dẫn người dân nộp hồ sơ trực tuyến',
      byline: 'Trung tâm VHTT Thạch Hà',
      tags: ['dịch vụ công trực tuyến', 'chuyển đổi số'],
      body: [
        'Huyện khuyến khích người dân nộp hồ sơ trực tuyến qua [Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn) và hệ thống giải quyết thủ tục hành chính của tỉnh.',
        '## Cách nộp hồ sơ trực tuyến',
        '1. Đăng ký tài khoản trên Cổng Dịch vụ công;',
        '2. Chọn thủ tục, điền tờ khai và đính kèm bản chụp giấy tờ;',
        '3. Theo dõi trạng thái hồ sơ và chọn nhận kết quả tại nhà qua bưu điện.',
        'Công chức một cửa tại các xã sẵn sàng hướng dẫn người dân chưa quen sử dụng máy tính, điện thoại thông minh.',
      ],
    },
    en: {
      title: 'Residents encouraged to file dossiers online',
      summary:
        'Many procedures can be filed through the public service portal without visiting an office, and followed online until the result is ready.',
      coverCaption: 'An official helps a resident file online',
      byline: 'Thạch Hà Culture and Media Centre',
      tags: ['online public services', 'digital transformation'],
      body: [
        "The district encourages residents to file dossiers online through the [National Public Service Portal](https://dichvucong.gov.vn) and the province's procedure system.",
        '## How to file online',
        '1. create an account on the public service portal;',
        '2. choose the procedure, fill in the form and attach scans of the documents;',
        '3. follow the dossier’s status and choose home delivery of the result by post.',
        'One-stop staff in every commune will help residents who are not used to computers or smartphones.',
      ],
    },
  },
];
