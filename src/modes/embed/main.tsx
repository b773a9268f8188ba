import { mountEntry } from '../../app/mount';
import { replaceView } from '../../filters/store';
import { parseView } from '../../filters/url';
import { prefetchPanelData } from '../panel-registry';
import { parseEmbed } from './embed-params';
import { EmbedView } from './embed-view';
// The panels' styles, then the shared rules (which win a tie): see src/panels/styles.ts.
import '../../panels/styles';
import '../../styles.css';

// The view is read once from the link (lang, theme, patterns, filters); panel and actions are the embed's own.
mountEntry('embed.html', (client) => {
  const { view, notices } = parseView(window.location.search);
  const request = parseEmbed(window.location.search);
  if (request.entry) prefetchPanelData(client, [request.entry]);
  replaceView(view, [...notices, ...request.notices]);
  return <EmbedView request={request} initial={view} />;
});
