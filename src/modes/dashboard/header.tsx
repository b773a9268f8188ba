import { rememberFocus } from '../../components/focus-return';
import { useLang, useUi } from '../../components/use-ui';
import { enterPresent, setView } from '../../filters/store';
import { t } from '../../i18n/messages';
import { DeckButton } from '../deck/deck-button';
import { Brand } from './brand';

export function Header() {
  const lang = useLang();
  const { theme, patterns } = useUi((s) => ({ theme: s.view.theme, patterns: s.view.patterns }));
  return (
    <header className="app-header">
      <Brand lang={lang} />
      <div className="header-controls">
        <button
          type="button"
          className="btn"
          lang={lang === 'zh' ? 'en' : 'zh'}
          aria-label={t(lang, 'switchToOtherLabel')}
          data-action="lang"
          onClick={() => setView({ lang: lang === 'zh' ? 'en' : 'zh' })}
        >
          {t(lang, 'switchToOther')}
        </button>
        <button
          type="button"
          className="btn"
          aria-pressed={theme === 'dark'}
          data-action="theme"
          onClick={() => setView({ theme: theme === 'dark' ? 'light' : 'dark' })}
        >
          {t(lang, 'themeDark')}
        </button>
        <button
          type="button"
          className="btn primary"
          title={t(lang, 'presentLabel')}
          data-action="present"
          onClick={() => {
            rememberFocus();
            enterPresent();
          }}
        >
          {t(lang, 'present')}
        </button>
        <DeckButton />
        <button
          type="button"
          className="btn"
          aria-pressed={patterns}
          title={t(lang, 'patternsHint')}
          data-action="patterns"
          onClick={() => setView({ patterns: !patterns })}
        >
          {t(lang, 'patterns')}
        </button>
      </div>
    </header>
  );
}
