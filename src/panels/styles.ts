// Every panel's styles (src/panels/<name>/*.css: a panel's folder brings its own, nothing lists
// them), imported once by each entry (src/app/main.tsx, src/modes/embed/main.tsx) before the
// shared rules of src/styles.css, which win a tie (as they did when the panels were in the page's
// code). They go into the page's own stylesheet, so the cascade never depends on which panel chunk
// loaded first; each panel's rules are scoped by its own class prefix, so their order (the
// folders', alphabetical) does not matter. About 2.5 KB gzip.
import.meta.glob('./*/*.css', { eager: true });
