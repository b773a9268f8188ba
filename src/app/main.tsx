import { App } from './app';
import { mountEntry } from './mount';
import { startUrlSync } from './url-sync';
// The panels' styles are in the page's own stylesheet, before the shared rules (which win a tie, as
// they did when the panels were in the page's code): the cascade never depends on which panel chunk
// loaded first. About 2.5 KB gzip.
import '../panels/governance/governance.css';
import '../panels/timeline/timeline.css';
import '../panels/projects/projects.css';
import '../panels/migration/migration.css';
import '../styles.css';

mountEntry('index.html', () => {
  startUrlSync();
  return <App />;
});
