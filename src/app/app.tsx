import { lazy, Suspense } from 'react';
import { useDocumentMeta } from '../components/use-document-meta';
import { useLang, useUi } from '../components/use-ui';
import { t } from '../i18n/messages';
import { Dashboard } from '../modes/dashboard/dashboard';

// Present mode is a separate chunk: a desk reader never downloads it.
const PresentMode = lazy(() => import('../modes/present/present-mode'));

/** The root: the document's language, theme and title, and which mode arranges the panels. */
export function App() {
  const lang = useLang();
  const theme = useUi((s) => s.view.theme);
  const presenting = useUi((s) => s.present.active);
  useDocumentMeta(lang, theme, `${t(lang, 'appTitle')} · ${t(lang, 'dataAsOf')}`);
  return presenting ? (
    <Suspense fallback={<div className="present-root" data-mode="present" />}>
      <PresentMode />
    </Suspense>
  ) : (
    <Dashboard />
  );
}
