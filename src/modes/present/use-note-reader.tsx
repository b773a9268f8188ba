import { type ReactNode, useCallback, useState } from 'react';
import type { NoteLine } from '../../components/panel-context';
import { useLazyModule } from '../../components/use-lazy-module';
import type { Lang } from '../../i18n/lang';
import type { OpenCite } from './notes-list';

const loadReader = () => import('../../components/article-reader');

/**
 * The presenter console's article reader: a sentence of the speaker notes opens in its report (the
 * slide has no citations of its own), the notes' other sentences from that report marked, and
 * closing gives the focus back to the sentence.
 */
export function useNoteReader(
  lines: readonly NoteLine[],
  lang: Lang,
): { onCite: OpenCite; reader: ReactNode } {
  const [open, setOpen] = useState<{ cite: NonNullable<NoteLine['cite']>; from: HTMLElement }>();
  const mod = useLazyModule(loadReader, open !== undefined);
  const onCite = useCallback<OpenCite>((cite, from) => setOpen({ cite, from }), []);
  if (!open || !mod) return { onCite, reader: null };
  const { cite, from } = open;
  const others = lines.flatMap((l) =>
    l.cite && l.cite.report === cite.report && l.cite.sentence !== cite.sentence
      ? [l.cite.sentence]
      : [],
  );
  const reader = (
    <mod.ArticleReader
      lang={lang}
      report={cite.report}
      sentence={cite.sentence}
      others={others}
      onClose={() => {
        setOpen(undefined);
        from.focus();
      }}
    />
  );
  return { onCite, reader };
}
