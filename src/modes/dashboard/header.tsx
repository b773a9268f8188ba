import { rememberFocus } from '../../components/focus-return';
import { useCompact } from '../../components/use-compact';
import { useMenu } from '../../components/use-menu';
import { useLang, useUi } from '../../components/use-ui';
import { enterPresent, setView } from '../../filters/store';
import { t } from '../../i18n/messages';
import { DeckButton } from '../deck/deck-button';
import { Brand } from './brand';
import { SHELL_WORDS as W } from './words';

/**
 * The title and the page's controls. On a phone (CSS: the same query as COMPACT_QUERY) the
 * controls fold behind one menu button beside the title, present mode and the PPTX at the end:
 * a disclosure (button with aria-expanded) whose buttons keep their own roles, with the menu
 * button's keys (↑ ↓ Home End, Esc) and a tap outside closing it.
 */
export function Header() {
  const lang = useLang();
  const { theme, patterns } = useUi((s) => ({ theme: s.view.theme, patterns: s.view.patterns }));
  const compact = useCompact();
  const menu = useMenu();
  // On a phone a choice closes the menu (the page behind it changed); focus goes back to the button.
  const done = () => {
    if (compact) menu.close(true);
  };
  return (
    <header className="app-header">
      <Brand lang={lang} />
      <button
        ref={menu.buttonRef}
        type="button"
        className="btn menu-button header-menu-button"
        aria-expanded={menu.open}
        aria-controls="app-menu"
        aria-label={W.menuLabel[lang]}
        data-action="menu"
        onClick={menu.onButtonClick}
        onKeyDown={menu.onButtonKeyDown}
      >
        <span aria-hidden="true" className="menu-icon">
          ☰
        </span>{' '}
        {W.menu[lang]}
      </button>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the keys move between the buttons inside */}
      <div
        ref={menu.listRef}
        id="app-menu"
        className="header-controls"
        data-open={menu.open || undefined}
        onKeyDown={compact ? menu.onListKeyDown : undefined}
      >
        <button
          type="button"
          className="btn"
          lang={lang === 'zh' ? 'en' : 'zh'}
          aria-label={t(lang, 'switchToOtherLabel')}
          data-action="lang"
          onClick={() => {
            setView({ lang: lang === 'zh' ? 'en' : 'zh' });
            done();
          }}
        >
          {t(lang, 'switchToOther')}
        </button>
        <button
          type="button"
          className="btn"
          aria-pressed={theme === 'dark'}
          data-action="theme"
          onClick={() => {
            setView({ theme: theme === 'dark' ? 'light' : 'dark' });
            done();
          }}
        >
          {t(lang, 'themeDark')}
        </button>
        <button
          type="button"
          className="btn"
          aria-pressed={patterns}
          title={t(lang, 'patternsHint')}
          data-action="patterns"
          onClick={() => {
            setView({ patterns: !patterns });
            done();
          }}
        >
          {t(lang, 'patterns')}
        </button>
        <button
          type="button"
          className="btn primary"
          title={t(lang, 'presentLabel')}
          data-action="present"
          onClick={() => {
            if (compact) menu.close(true);
            rememberFocus();
            enterPresent();
          }}
        >
          {t(lang, 'present')}
        </button>
        <DeckButton />
      </div>
    </header>
  );
}
