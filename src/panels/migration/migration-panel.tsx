import { useQuery } from '@tanstack/react-query';
import { PanelFrame } from '../../components/panel-frame';
import { useView } from '../../components/use-ui';
import { migrationQuery } from '../../data/migration';

export const PANEL_ID = 'migration';

const KICKER = { zh: '跨省户口网上迁移', en: 'Online household-registration transfer' };

/** Placeholder frame: shows the dataset's real loading and error states until the panel's chart lands. */
export function MigrationPanel() {
  const { lang } = useView();
  const query = useQuery(migrationQuery);
  return (
    <PanelFrame
      id={PANEL_ID}
      lang={lang}
      kicker={KICKER[lang]}
      query={query}
      sources={[]}
      minHeight={320}
    >
      <p className="panel-empty">{lang === 'zh' ? '图表即将完成。' : 'Chart coming.'}</p>
    </PanelFrame>
  );
}
