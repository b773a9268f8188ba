import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { distinctSources, numberedSentence } from '../components/citations';
import { useUi } from '../components/use-ui';
import { DEFAULT_VIEW } from '../filters/filters';
import { readSentenceRef } from '../filters/link-keys';
import { refuseLinkValue } from '../filters/store';
import { PANELS, panelFileQuery } from './panel-registry';

/**
 * `sentence=<panel>.<n>` is judged by the page, like an event id: a panel the app does not have,
 * or a number past that panel's sentences (counted with no filter, as links number them), is
 * dropped from the view and named in the notice. Judged from the panel's data and content, not
 * its mounted frame, so every view says so (present mode mounts one slide; an embed one panel,
 * where a sentence of another panel opens nothing). A data file that failed says so in its panel;
 * the sentence is not judged then.
 */
export function useKnownSentence() {
  const sentence = useUi((s) => s.view.sentence);
  const client = useQueryClient();
  useEffect(() => {
    if (sentence === undefined) return;
    const refuse = () =>
      refuseLinkValue(
        { key: 'sentence', raw: sentence, reason: { code: 'unknown-sentence' } },
        { sentence: undefined },
      );
    const ref = readSentenceRef(sentence);
    const entry = ref && PANELS.find((p) => p.id === ref.panel);
    if (!ref || !entry) {
      refuse();
      return;
    }
    let live = true;
    const { meta } = entry;
    Promise.all([
      meta.load(),
      meta.data?.(client) ?? client.fetchQuery(panelFileQuery(meta.dataset)),
    ])
      .then(([code, data]) => {
        const sources = code.content.model(data, DEFAULT_VIEW).sources;
        if (live && !numberedSentence(distinctSources(sources), ref.n)) refuse();
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [sentence, client]);
}
