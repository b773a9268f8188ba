import { mountEntry } from '../../app/mount';
import { replaceView } from '../../filters/store';
import { parseView } from '../../filters/url';
import { parseEmbed } from './embed-params';
import { EmbedView } from './embed-view';
// The panels' styles are in the page's own stylesheet, before the shared rules (which win a tie, as
// they did when the panels were in the page's code): the cascade never depends on which panel chunk
// loaded first. About 2.5 KB gzip.
import '../../panels/governance/governance.css';
import '../../panels/timeline/timeline.css';
import '../../panels/projects/projects.css';
import '../../panels/migration/migration.css';
import '../../styles.css';

// The view is read once from the link (lang, theme, patterns, filters); panel and actions are the embed's own.
mountEntry('embed.html', () => {
  const { view, notices } = parseView(window.location.search);
  const request = parseEmbed(window.location.search);
  replaceView(view, [...notices, ...request.notices]);
  return <EmbedView request={request} initial={view} />;
});
