import { useQuery } from '@tanstack/react-query';
import { PanelFrame } from '../../components/panel-frame';
import { useView } from '../../components/use-ui';
import { timelineQuery } from '../../data/timeline';

export const PANEL_ID = 'timeline';

const KICKER = { zh: '长三角警务一体化大事记', en: 'YRD police-integration timeline' };

/** Placeholder frame: shows the dataset's real loading and error states until the panel's chart lands. */
export function TimelinePanel() {
  const { lang } = useView();
  const query = useQuery(timelineQuery);
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
