import { PANELS, prefetchPanelData } from '../modes/panel-registry';
import { App } from './app';
import { mountEntry } from './mount';
import { startUrlSync } from './url-sync';
// The panels' styles, then the shared rules (which win a tie): see src/panels/styles.ts.
import '../panels/styles';
import '../styles.css';

mountEntry('index.html', (client, { hydrating }) => {
  startUrlSync();
  // Every mode shows every panel (the dashboard's page, the slides and their notes).
  prefetchPanelData(client, PANELS, { spread: hydrating });
  return <App />;
});
