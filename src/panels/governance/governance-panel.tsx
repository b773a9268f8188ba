import { useQuery } from '@tanstack/react-query';
import { PanelFrame } from '../../components/panel-frame';
import { useView } from '../../components/use-ui';
import { governanceQuery } from '../../data/governance';

export const PANEL_ID = 'governance';

const KICKER = { zh: '基层治理成效', en: 'Grassroots governance results' };

/** Placeholder frame: shows the dataset's real loading and error states until the panel's chart lands. */
export function GovernancePanel() {
  const { lang } = useView();
  const query = useQuery(governanceQuery);
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
