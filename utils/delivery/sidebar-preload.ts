import { isTabSession, type TabSession } from '../session/tab-session';
import { isSettingsAnswer, type SettingsAnswer } from '../settings/settings';

/**
 * What the background reads for the sidebar while it injects its bundle (settings and the tab's
 * session), so the sidebar paints its first content without asking for either. The background
 * delivers it into the isolated world, before or after the bundle starts (utils/delivery/script-injection.ts,
 * deliverSidebarPreload); the page's own scripts cannot reach that world.
 */
export interface SidebarPreload {
  settings: SettingsAnswer;
  /**
   * Null where nobody had it in time: where the manifest declares the bundle (help pages,
   * utils/delivery/help-pages.ts) the bundle reads the settings itself and peeks at the session, which it
   * uses only if the answer came before the mount (entrypoints/sidebar/index.tsx); otherwise the
   * session comes with its first journey visit.
   */
  session: TabSession | null;
}

/**
 * Shared by the background (writer) and the sidebar bundle (reader). The name travels as an
 * injection argument: a function run by scripting.executeScript cannot close over a symbol.
 */
export const SIDEBAR_PRELOAD_NAME = 'restore-access.sidebar-preload';
const SIDEBAR_PRELOAD_KEY = Symbol.for(SIDEBAR_PRELOAD_NAME);

/**
 * The preload travels as JSON text, not as an object: Chromium hands `scripting.executeScript`'s
 * arguments over with every object property whose value is null left out (seen in Chromium 156),
 * so the preload arrived without its `notice: null`, `carried: null`, `current: null`…, failed the
 * shape check below, and every injected sidebar asked the background again (docs/performance.md).
 * A string arrives as it was sent, in every browser.
 */
export function encodeSidebarPreload(preload: SidebarPreload | null): string {
  return JSON.stringify(preload);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isSidebarPreload(value: unknown): value is SidebarPreload {
  return isObject(value) && isSettingsAnswer(value.settings) && (value.session === null || isTabSession(value.session));
}

/**
 * Run in the tab by `scripting.executeScript` (so self-contained: only its source is sent): hands
 * the preload's text to the bundle if it is already waiting for it (receiveSidebarPreload), or
 * leaves it on the isolated world's global for the bundle to take as it starts.
 */
export function deliverSidebarPreload(name: string, text: string): void {
  const scope = globalThis as Record<symbol, unknown>;
  const waiting = Symbol.for(`${name}.waiting`);
  const receive = scope[waiting] as ((text: string) => void) | undefined;
  if (receive) {
    delete scope[waiting];
    receive(text);
  } else scope[Symbol.for(name)] = text;
}

/**
 * How long an injected bundle waits for its preload before it asks the background itself. The
 * background delivers the preload as soon as it has read it, a few milliseconds after the bundle
 * (docs/performance.md); this only covers a preload that never comes.
 */
export const PRELOAD_WAIT_MS = 1000;

/**
 * The injected bundle's preload: at once if it came first, otherwise when the background has
 * read and delivered it (the bundle goes in while the background is still reading), or null
 * after PRELOAD_WAIT_MS, when the sidebar asks the background instead.
 */
export function receiveSidebarPreload(
  scope: Record<symbol, unknown> = globalThis as Record<symbol, unknown>,
): Promise<SidebarPreload | null> {
  if (SIDEBAR_PRELOAD_KEY in scope) return Promise.resolve(takeSidebarPreload(scope));
  const waiting = Symbol.for(`${SIDEBAR_PRELOAD_NAME}.waiting`);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      delete scope[waiting];
      resolve(null);
    }, PRELOAD_WAIT_MS);
    scope[waiting] = (text: string) => {
      clearTimeout(timer);
      resolve(parsePreload(text));
    };
  });
}

/**
 * For a copy of the bundle that does not run, because the sidebar is already here (the person
 * asked for help again, by the popup or the keyboard shortcut): its preload is taken off the
 * global whether it came before this copy or comes after it, so what it holds (the settings, the
 * tab's session, perhaps the carried username) is not left behind in the isolated world after the
 * person has had the sidebar forget it. A copy still waiting for its own preload keeps its place:
 * the next preload is its.
 */
export function dropSidebarPreload(scope: Record<symbol, unknown> = globalThis as Record<symbol, unknown>): void {
  if (Symbol.for(`${SIDEBAR_PRELOAD_NAME}.waiting`) in scope) takeSidebarPreload(scope);
  else void receiveSidebarPreload(scope);
}

/** The preload in JSON text (encodeSidebarPreload) when it has the expected shape, else null. */
function parsePreload(text: unknown): SidebarPreload | null {
  if (typeof text !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return isSidebarPreload(value) ? value : null;
}

/**
 * Takes the preload off the global (always: a later injection must never see an old one) and
 * answers it when it is JSON text of the expected shape (encodeSidebarPreload), or null when the
 * sidebar must ask the background.
 */
export function takeSidebarPreload(scope: Record<symbol, unknown> = globalThis as Record<symbol, unknown>) {
  const text = scope[SIDEBAR_PRELOAD_KEY];
  delete scope[SIDEBAR_PRELOAD_KEY];
  return parsePreload(text);
}
