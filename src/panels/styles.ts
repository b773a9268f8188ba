// Every panel's styles, imported once by each entry (src/app/main.tsx, src/modes/embed/main.tsx)
// before the shared rules of src/styles.css, which win a tie (as they did when the panels were in the
// page's code). They go into the page's own stylesheet, so the cascade never depends on which
// panel chunk loaded first. About 2.5 KB gzip.
import './crime-trend/crime-trend.css';
import './governance/governance.css';
import './timeline/timeline.css';
import './projects/projects.css';
import './migration/migration.css';
