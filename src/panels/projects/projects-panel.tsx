import { useQuery } from '@tanstack/react-query';
import { PanelFrame } from '../../components/panel-frame';
import { useView } from '../../components/use-ui';
import { cooperationQuery } from '../../data/cooperation';

export const PANEL_ID = 'projects';

const KICKER = { zh: '合作项目与机制', en: 'Projects and mechanism' };

/** Placeholder frame: shows the dataset's real loading and error states until the panel's chart lands. */
export function ProjectsPanel() {
  const { lang } = useView();
  const query = useQuery(cooperationQuery);
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
