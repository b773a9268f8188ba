/** The words of printing from present mode. */
export const PRINT_WORDS = {
  print: { zh: '打印幻灯片 (Ctrl+P)', en: 'Print slides (Ctrl+P)' },
  handout: { zh: '讲义(附备注)', en: 'Handout (with notes)' },
  preparing: { zh: '正在准备打印…', en: 'Preparing the print…' },
} as const;
