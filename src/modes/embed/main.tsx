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
const request = parseEmbed(window.location.search);
// The panel shown (public/browser-check.js marks it too, where it can read the name): a baked
// page's stylesheet shows a panel's embed only where the page is marked for it.
if (request.entry) document.documentElement.setAttribute('data-embed-panel', request.entry.id);

mountEntry(
  'embed.html',
  (client) => {
    const { view, notices } = parseView(window.location.search);
    if (request.entry) prefetchPanelData(client, [request.entry]);
    replaceView(view, [...notices, ...request.notices]);
    return <EmbedView request={request} initial={view} />;
  },
  // The baked page holds every panel's embed (src/bake/bake-dist.ts): the link's is hydrated, the
  // others go; the data files it was baked from are the ones whose hashes count.
  (root, record) => {
    const id = request.entry?.id;
    const files = id ? record.embeds?.[id] : undefined;
    const mine = [...root.children].find((el) => el.getAttribute('data-embed') === id);
    if (!mine || !files?.length) return undefined;
    for (const el of [...root.children]) if (el !== mine) el.remove();
    return { ...record, hashes: Object.fromEntries(files.map((f) => [f, record.hashes[f] ?? ''])) };
  },
);
