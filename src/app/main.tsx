import { App } from './app';
import { mountEntry } from './mount';
import { startUrlSync } from './url-sync';
// The panels' styles, then the shared rules (which win a tie): see src/panels/styles.ts.
import '../panels/styles';
import '../styles.css';

mountEntry('index.html', () => {
  startUrlSync();
  return <App />;
});
