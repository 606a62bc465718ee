// The browser's own promise API (as in the detector): runtime.sendMessage needs no polyfill, and
// this module ships in the sidebar bundle, whose size budget the polyfill would eat into
// (docs/architecture.md).

import type { ContentMessage, ExtensionPageMessage, ForgetAllResult, SessionRequest } from '../core/messages';
import { nativeBrowser as browser } from '../core/native-browser';
import { isTabSession, type TabSession } from './tab-session';

/**
 * How the sidebar, popup and options page talk to the background about per-tab state. The
 * background answers with the tab's session after applying the request.
 */
async function send(message: ContentMessage | ExtensionPageMessage): Promise<TabSession> {
  const answer: unknown = await browser.runtime.sendMessage(message);
  if (!isTabSession(answer)) throw new Error('The background did not answer with a tab session');
  return answer;
}

/** From a content script (the sidebar): the background keys the request by the sender's tab. */
export function requestSession(request: SessionRequest): Promise<TabSession> {
  return send({ type: 'session', request });
}

/**
 * From a content script: its tab's session as it stands, without recording anything or
 * resetting an unreadable one (the sidebar's own first request does that, and reports it).
 */
export function peekSession(): Promise<TabSession> {
  return send({ type: 'session-peek' });
}

/** From an extension page (popup, options), which has no tab of its own to speak for. */
export function requestSessionForTab(tabId: number, request: SessionRequest): Promise<TabSession> {
  return send({ type: 'session-for-tab', tabId, request });
}

/** Options page "Forget what I typed": clears the carried identifier of every tab at once. */
export async function forgetAllCarried(): Promise<ForgetAllResult> {
  const message: ExtensionPageMessage = { type: 'forget-all-carried' };
  const answer = (await browser.runtime.sendMessage(message)) as Partial<ForgetAllResult> | undefined;
  if (typeof answer?.forgotten !== 'number') throw new Error('The background did not confirm forgetting');
  return { forgotten: answer.forgotten };
}

/** Popup "Open help in this tab": the background injects the sidebar and opens it. */
export async function openHelpInTab(tabId: number): Promise<void> {
  const message: ExtensionPageMessage = { type: 'open-help', tabId };
  await browser.runtime.sendMessage(message);
}
