import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { downloadBlob } from '../../components/download';
import { errorMessage } from '../../components/error-line';
import { useView } from '../../components/use-ui';
import { fill } from '../../i18n/format';
import { DECK_WORDS as D } from './words';

type Status =
  | { kind: 'idle' }
  | { kind: 'building' }
  | { kind: 'done' }
  | { kind: 'failed'; error: string };

/**
 * "Download slides (PPTX)": builds the deck of the show in the browser for the current language
 * and filters. pptxgenjs and the deck's code load on the click, not with the page.
 */
export function DeckButton({ className = 'btn' }: { className?: string }) {
  const view = useView();
  const client = useQueryClient();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const { lang } = view;
  const build = async () => {
    setStatus({ kind: 'building' });
    try {
      const { buildDeck } = await import('./deck-pptx');
      const blob = await buildDeck(client, view);
      downloadBlob(blob, `yrd-slides-${lang}.pptx`);
      setStatus({ kind: 'done' });
    } catch (error) {
      setStatus({ kind: 'failed', error: errorMessage(error) });
    }
  };
  return (
    <>
      <button
        type="button"
        className={className}
        data-action="pptx"
        aria-busy={status.kind === 'building'}
        disabled={status.kind === 'building'}
        onClick={() => void build()}
      >
        {D.download[lang]}
      </button>
      <span className="deck-status" role="status" data-deck-status={status.kind}>
        {status.kind === 'building' && D.building[lang]}
        {status.kind === 'done' && D.done[lang]}
        {status.kind === 'failed' && fill(D.failed[lang], { error: status.error })}
      </span>
    </>
  );
}
