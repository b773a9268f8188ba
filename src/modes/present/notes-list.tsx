import type { NoteLine } from '../../components/panel-context';
import type { Lang } from '../../i18n/lang';
import { PRESENT_WORDS as W } from '../../i18n/present';

/** Where a note's sentence is opened: the console's article reader. */
export type OpenCite = (cite: NonNullable<NoteLine['cite']>, from: HTMLElement) => void;

/**
 * The speaker notes' lines (finding, charts' summaries, sentences), or a line saying there are none.
 * With `onCite` (the presenter console), a source sentence is a button that opens it in its report.
 */
export function NotesList({
  lang,
  lines,
  onCite,
}: {
  lang: Lang;
  lines: readonly NoteLine[];
  onCite?: OpenCite;
}) {
  return lines.length === 0 ? (
    <p>{W.noNotes[lang]}</p>
  ) : (
    <ul>
      {lines.map(({ text, cite }) => (
        <li key={text}>
          {onCite && cite ? (
            <button
              type="button"
              className="citation"
              aria-haspopup="dialog"
              title={W.readInReport[lang]}
              data-note-cite
              onClick={(e) => onCite(cite, e.currentTarget)}
            >
              {text}
            </button>
          ) : (
            text
          )}
        </li>
      ))}
    </ul>
  );
}
