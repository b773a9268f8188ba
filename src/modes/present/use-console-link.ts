import { useCallback, useEffect, useRef, useState } from 'react';
import {
  fromPartner,
  ownOrigin,
  type PresentMessage,
  type PresentMessageBody,
  postTo,
  readPresentMessage,
} from './console-link';

/**
 * The window this one opened (the console, or a projector the console opened again). Kept at
 * module level: present mode unmounts on the way to the dashboard, and when it comes back the
 * console it opened is still there to reconnect to.
 */
let opened: Window | null = null;

/**
 * The window that opened this one, as it was when the page loaded. Not `window.opener` read
 * later: any window of the same group that looks this one up by name (`window.open('', name)`)
 * becomes its opener, and would then pass for the partner.
 */
const openerAtLoad = (window.opener as Window | null) ?? null;

/** A window of its own size, so the presenter can put it on the laptop's screen. */
const WINDOW_FEATURES = 'width=1280,height=800';

export type PresentRole = 'projector' | 'console';

export interface PresentLink {
  /** A partner window is open and listening (it has not said `bye`). */
  connected: boolean;
  /** Posts to the partner; false when there is none listening (the caller acts alone). */
  send: (body: PresentMessageBody) => boolean;
  /**
   * Brings the partner to the front when there is one; otherwise opens `url` in the window named
   * `name` (the same window again if it still exists). 'blocked' when the browser refused the
   * pop-up.
   */
  open: (url: string, name: string) => 'focused' | 'opened' | 'blocked';
}

/**
 * The link between the projector and the console. The partner is the window this one opened, or
 * the one that opened it: the console's opener from the start (the projector opened it), the
 * projector's opener only once it has spoken the protocol (a page that merely opened the dashboard
 * is not a console). Every other sender, and every message of another shape, is ignored. On mount
 * it says `hello` (answered with the state, so a reload or a return to present mode resyncs); on
 * pagehide and unmount, `bye`. A closed partner is noticed within half a second.
 */
export function usePresentLink(
  role: PresentRole,
  onMessage: (message: PresentMessage) => void,
): PresentLink {
  const handler = useRef(onMessage);
  handler.current = onMessage;
  // The opener has spoken the protocol; the partner's last word was `bye`.
  const heard = useRef(role === 'console');
  const gone = useRef(false);

  const partner = useCallback((): Window | null => {
    if (opened && !opened.closed) return opened;
    return openerAtLoad && !openerAtLoad.closed && heard.current ? openerAtLoad : null;
  }, []);
  const [connected, setConnected] = useState(() => partner() !== null);
  const refresh = useCallback(() => setConnected(partner() !== null && !gone.current), [partner]);

  const send = useCallback(
    (body: PresentMessageBody) => {
      const to = partner();
      if (!to || gone.current) return false;
      postTo(to, body);
      return true;
    },
    [partner],
  );

  useEffect(() => {
    const onWindowMessage = (event: MessageEvent) => {
      if (!fromPartner(event, [opened, openerAtLoad], ownOrigin())) return;
      const message = readPresentMessage(event.data);
      if (!message) return;
      if (event.source === openerAtLoad) heard.current = true;
      gone.current = message.kind === 'bye';
      refresh();
      handler.current(message);
    };
    const sayBye = () => {
      const to = partner();
      if (to) postTo(to, { kind: 'bye' });
    };
    window.addEventListener('message', onWindowMessage);
    window.addEventListener('pagehide', sayBye);
    // Hello to both possible partners: the opener (a projector, or a console that re-opened the
    // projector) and a console this window opened before (present mode entered again).
    for (const to of new Set([openerAtLoad, opened]))
      if (to && !to.closed) postTo(to, { kind: 'hello' });
    const poll = window.setInterval(refresh, 500);
    return () => {
      sayBye();
      window.clearInterval(poll);
      window.removeEventListener('message', onWindowMessage);
      window.removeEventListener('pagehide', sayBye);
    };
  }, [partner, refresh]);

  const open = useCallback(
    (url: string, name: string) => {
      const to = partner();
      if (to && !gone.current) {
        to.focus();
        return 'focused' as const;
      }
      const win = window.open(url, name, WINDOW_FEATURES);
      if (!win) return 'blocked' as const;
      opened = win;
      gone.current = false;
      refresh();
      return 'opened' as const;
    },
    [partner, refresh],
  );

  return { connected, send, open };
}
