// The projector and the presenter console, two windows of one show, talk with postMessage. This
// file is the protocol: the messages, their check, and which window may be heard. No React here.
import * as z from 'zod/mini';
import { SLIDES } from './slides';

/** The `type` of every message of the protocol; a new shape gets a new version. */
export const PRESENT_MESSAGE = 'yrd-present:1';

/** The names the two windows open each other under, so S finds (or re-opens) the same window. */
export const CONSOLE_WINDOW = 'yrd-presenter-console';
export const PROJECTOR_WINDOW = 'yrd-presenter-projector';

// zod's `jitless` is set in src/data/common.ts, which every entry loads before this chunk: under the
// strict CSP zod must not probe `new Function`.
const type = z.literal(PRESENT_MESSAGE);
const slide = z.int().check(z.minimum(0), z.maximum(SLIDES.length - 1));

/**
 * Every message, and nothing else (extra fields fail the check):
 * - `hello`: "I am here": the projector answers with `state`, the console with `hello`;
 * - `state` (projector → console): the slide on the projector (0-based), and the auto-advance;
 * - `step`, `go`, `pause` (console → projector): a key or a click in the console;
 * - `bye`: this window closes, reloads or leaves present mode.
 * Only slide numbers travel: nothing in them is secret, so `'*'` may address a file:// window.
 */
const messageSchema = z.discriminatedUnion('kind', [
  z.strictObject({ type, kind: z.literal('hello') }),
  z.strictObject({
    type,
    kind: z.literal('state'),
    slide,
    paused: z.boolean(),
    interval: z.int().check(z.minimum(0), z.maximum(3600)),
  }),
  z.strictObject({ type, kind: z.literal('step'), by: z.union([z.literal(-1), z.literal(1)]) }),
  z.strictObject({ type, kind: z.literal('go'), slide }),
  z.strictObject({ type, kind: z.literal('pause') }),
  z.strictObject({ type, kind: z.literal('bye') }),
]);

export type PresentMessage = z.infer<typeof messageSchema>;
/** A message without its `type`, as the code writes it. */
export type PresentMessageBody = PresentMessage extends infer M
  ? M extends PresentMessage
    ? Omit<M, 'type'>
    : never
  : never;
/** What the console asks of the projector. */
export type ConsoleCommand = Extract<PresentMessageBody, { kind: 'step' | 'go' | 'pause' }>;

/** The message, if `data` is one of the protocol's exactly; undefined for anything else. */
export function readPresentMessage(data: unknown): PresentMessage | undefined {
  const parsed = messageSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Whether a message event may be heard at all: it comes from the partner window itself (the one
 * this window opened, or the one that opened it) and, where this page has an origin, from that
 * origin. A file:// page's origin is "null", shared by every file: there the window alone counts.
 */
export function fromPartner(
  event: Pick<MessageEvent, 'source' | 'origin'>,
  partners: readonly (Window | null)[],
  ownOrigin: string,
): boolean {
  if (!event.source || !partners.includes(event.source as Window)) return false;
  return ownOrigin === 'null' || event.origin === ownOrigin;
}

/**
 * This page's origin as messages carry it: "null" on file:// (where `location.origin` says
 * "file://", which no message matches).
 */
export function ownOrigin(): string {
  return window.origin;
}

/** Posts a message of the protocol, addressed to this page's own origin ('*' only on file://). */
export function postTo(target: Window, body: PresentMessageBody): void {
  const origin = ownOrigin();
  target.postMessage({ type: PRESENT_MESSAGE, ...body }, origin === 'null' ? '*' : origin);
}
