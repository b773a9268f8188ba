/** The slide deck's own words (the slides' texts come from the panels and present mode). */
export const DECK_WORDS = {
  download: { zh: '下载演示文稿 (PPTX)', en: 'Download slides (PPTX)' },
  building: { zh: '正在生成演示文稿…', en: 'Building the slides…' },
  done: { zh: '演示文稿已下载', en: 'Slides downloaded' },
  // A fixed sentence: the error's own message (the browser's, in English) goes to the console.
  failed: {
    zh: '演示文稿生成失败,请重试或刷新页面。',
    en: 'The slides could not be built; try again or reload the page.',
  },
  slideNumber: { zh: '{n} / {m}', en: '{n} / {m}' },
  sourcesIntro: {
    zh: '本演示文稿中的每个数字都出自以下四篇报道(浙江一家报纸同一版面,2020年6月);每页数字的原句在该页的备注中。',
    en: 'Every figure in these slides comes from these four reports (one page of a Zhejiang newspaper, June 2020); the sentences behind each slide’s figures are in its notes.',
  },
} as const;
