// Baseline (b) for `npm run bench`: React alone rendering the dashboard's header and panel names,
// no data, no charts: the floor of any React page.
import { createRoot } from 'react-dom/client';
import { t } from '../../src/i18n/messages';

declare global {
  interface Window {
    __benchDone?: number;
  }
}

const PANELS = [
  '湖州刑事案件与命案',
  '基层治理成效',
  '长三角警务一体化大事记',
  '合作项目与机制',
  '跨省户口网上迁移',
];

function Page() {
  return (
    <main>
      <h1>{t('zh', 'appTitle')}</h1>
      <p>{t('zh', 'dataAsOf')}</p>
      {PANELS.map((p) => (
        <section key={p}>
          <h2>{p}</h2>
        </section>
      ))}
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(<Page />);
  requestAnimationFrame(() => {
    window.__benchDone = performance.now();
  });
}
