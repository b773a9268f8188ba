import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { downloadBlob } from '../../components/download';
import { useView } from '../../components/use-ui';
import { DECK_WORDS as D } from './words';

type Status = 'idle' | 'building' | 'done' | 'failed';

/**
 * "Download slides (PPTX)": builds the deck of the show in the browser for the current language
 * and filters. pptxgenjs and the deck's code load on the click, not with the page.
 */
export function DeckButton({ className = 'btn' }: { className?: string }) {
  const view = useView();
  const client = useQueryClient();
  const [status, setStatus] = useState<Status>('idle');
  const { lang } = view;
  const build = async () => {
    setStatus('building');
    try {
      const { buildDeck } = await import('./deck-pptx');
      const blob = await buildDeck(client, view);
      downloadBlob(blob, `yrd-slides-${lang}.pptx`);
      setStatus('done');
    } catch (error) {
      // The reader gets a sentence in the page's language; the error (the browser's words, often
      // English, and its stack) is for whoever opens the console.
      console.error('The slides (PPTX) could not be built:', error);
      setStatus('failed');
    }
  };
  return (
    <>
      <button
        type="button"
        className={className}
        data-action="pptx"
        aria-busy={status === 'building'}
        disabled={status === 'building'}
        onClick={() => void build()}
      >
        {D.download[lang]}
      </button>
      <span className="deck-status" role="status" data-deck-status={status}>
        {status === 'building' && D.building[lang]}
        {status === 'done' && D.done[lang]}
        {status === 'failed' && D.failed[lang]}
      </span>
    </>
  );
}
