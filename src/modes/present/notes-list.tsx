import type { Lang } from '../../i18n/lang';
import { PRESENT_WORDS as W } from '../../i18n/present';

/** The speaker notes' lines (finding, charts' summaries, sentences), or a line saying there are none. */
export function NotesList({ lang, lines }: { lang: Lang; lines: readonly string[] }) {
  return lines.length === 0 ? (
    <p>{W.noNotes[lang]}</p>
  ) : (
    <ul>
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}
