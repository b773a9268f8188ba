/**
 * The four reports of the source article (a Zhejiang newspaper page, June 2020).
 * Titles are verbatim; `npm run check-data` checks them against data/article.txt.
 */
export const REPORTS = {
  r1: {
    title: {
      zh: '长三角地区最高规格警务会议上 湖州治理风景被点赞',
      en: 'At the YRD’s top-level policing meeting, Huzhou’s governance wins praise',
    },
    byline: '本报记者 陈佳妮 通讯员 杨悦',
  },
  r2: {
    title: {
      zh: '无人机“双语”喊话 提醒防溺水',
      en: 'Drones warn against drowning in two dialects',
    },
    byline: '通讯员 徐有弟',
  },
  r3: {
    title: {
      zh: '长三角区域警务一体化再提速 全国首本跨省网上迁移的户口本颁出',
      en: 'YRD police integration speeds up: China’s first household register moved across provinces online',
    },
    byline: '本报记者 陈佳妮 通讯员 陈谊',
  },
  r4: {
    title: {
      zh: '领到了司法救助金, 还有了工作',
      en: 'Judicial aid paid, and a job found: Zhejiang and Jiangxi prosecutors’ first joint aid',
    },
    byline: '本报记者 蓝莹 通讯员 陈文飞 张露剑',
  },
} as const;

export type ReportId = keyof typeof REPORTS;
export const REPORT_IDS = Object.keys(REPORTS) as [ReportId, ...ReportId[]];

/** What the source line calls the publication as a whole. */
export const PUBLICATION = {
  zh: '浙江省报纸版面四篇报道,2020年6月',
  en: 'Four reports on one page of a Zhejiang newspaper, June 2020',
  asOf: '2020-06',
} as const;
