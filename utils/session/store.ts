import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { validateIdentifier } from '../carry-over/identifier';
import type { SessionRequest } from '../core/messages';
import { PAGE_KINDS } from '../core/page-kinds';
import { advanceJourney, newJourney } from './journey';
import { CARRY_TTL_MS, JOURNEY_STEPS, type TabSession } from './tab-session';

/**
 * The background's per-tab memory, in storage.session (never written to disk, gone when the
 * browser closes; survives the service worker being stopped). Only the background imports
 * this: it alone knows which tab a message came from and whether that tab is private.
 */
const KEY_PREFIX = 'tab-';
type SessionKey = `session:${string}`;
const keyFor = (tabId: number): SessionKey => `session:${KEY_PREFIX}${tabId}`;

const JourneySchema = z.object({
  reached: z.array(z.enum(JOURNEY_STEPS)).check(z.maxLength(JOURNEY_STEPS.length)),
  current: z.nullable(z.enum(JOURNEY_STEPS)),
  route: z.nullable(z.enum(['password', 'username'])),
  startedAt: z.number(),
  successShown: z.boolean(),
  emailedAt: z.nullable(z.number()),
  // Added later: a session stored by an older build reads as "not known" rather than corrupted.
  emailedOn: z._default(z.nullable(z.enum(PAGE_KINDS)), null),
  lastKind: z._default(z.nullable(z.enum(PAGE_KINDS)), null),
});

const StoredSessionSchema = z.object({
  journey: JourneySchema,
  carried: z.nullable(
    z.object({
      value: z.string().check(z.refine((value) => validateIdentifier(value).ok)),
      capturedAt: z.number(),
    }),
  ),
});
type StoredSession = z.infer<typeof StoredSessionSchema>;

export interface SessionContext {
  tabId: number;
  /** Private window: nothing typed is ever carried there. */
  incognito: boolean;
  now: number;
}

function isExpired(capturedAt: number, now: number): boolean {
  // A time in the future can only come from a changed clock or a bad value: treat as expired.
  return now - capturedAt >= CARRY_TTL_MS || capturedAt > now;
}

async function read(tabId: number, now: number): Promise<{ stored: StoredSession; reset: boolean; changed: boolean }> {
  const raw = await storage.getItem<unknown>(keyFor(tabId));
  if (raw === null) return { stored: { journey: newJourney(now), carried: null }, reset: false, changed: true };
  const parsed = StoredSessionSchema.safeParse(raw);
  if (!parsed.success) return { stored: { journey: newJourney(now), carried: null }, reset: true, changed: true };
  const stored = parsed.data;
  if (stored.carried && isExpired(stored.carried.capturedAt, now)) {
    return { stored: { ...stored, carried: null }, reset: false, changed: true };
  }
  return { stored, reset: false, changed: false };
}

function apply(stored: StoredSession, request: SessionRequest, context: SessionContext): StoredSession {
  switch (request.type) {
    case 'session:get':
      return stored;
    case 'journey:visit': {
      const journey = advanceJourney(stored.journey, request.kind, context.now, request.emailed === true);
      if (journey === stored.journey) return stored;
      // Back in: the carried identifier has served its purpose, so it is not kept any longer.
      const backIn = journey.current === 'signed-in' && stored.journey.current !== 'signed-in';
      return { ...stored, journey, carried: backIn ? null : stored.carried };
    }
    case 'journey:success-shown':
      return { ...stored, journey: { ...stored.journey, successShown: true } };
    case 'journey:reset':
      return { ...stored, journey: newJourney(context.now) };
    case 'carry:set':
      // Refused values leave what was carried unchanged; private windows never carry anything.
      if (context.incognito || !validateIdentifier(request.value).ok) return stored;
      return { ...stored, carried: { value: request.value, capturedAt: context.now } };
    case 'carry:forget':
      return { ...stored, carried: null };
  }
}

// Requests for one tab run one after another (the sidebar and the popup can ask at once).
const queues = new Map<number, Promise<unknown>>();
function serialise<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(tabId) ?? Promise.resolve();
  const next = previous.then(task, task);
  const settled = next.catch(() => {});
  queues.set(tabId, settled);
  settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return next;
}

/** Applies one request to a tab's session and answers with the updated session. */
export function handleSessionRequest(context: SessionContext, request: SessionRequest): Promise<TabSession> {
  return serialise(context.tabId, async () => {
    const { stored, reset, changed } = await read(context.tabId, context.now);
    const base = context.incognito && stored.carried ? { ...stored, carried: null } : stored;
    const next = apply(base, request, context);
    if (changed || next !== stored) await storage.setItem(keyFor(context.tabId), next);
    return { journey: next.journey, carried: next.carried, notice: reset ? 'session-reset' : null };
  });
}

/**
 * The tab's session as `session:get` would answer it, without writing anything: for the
 * sidebar's preload (entrypoints/background.ts), so the sidebar's own first request still finds
 * an unreadable session and reports the reset, exactly as it would without the preload.
 */
export function peekTabSession(context: SessionContext): Promise<TabSession> {
  return serialise(context.tabId, async () => {
    const { stored, reset } = await read(context.tabId, context.now);
    const carried = context.incognito ? null : stored.carried;
    return { journey: stored.journey, carried, notice: reset ? 'session-reset' : null };
  });
}

export function clearTabSession(tabId: number): Promise<void> {
  return serialise(tabId, () => storage.removeItem(keyFor(tabId)));
}

function storedTabIds(snapshot: Record<string, unknown>): number[] {
  return Object.keys(snapshot)
    .filter((key) => key.startsWith(KEY_PREFIX))
    .map((key) => Number(key.slice(KEY_PREFIX.length)))
    .filter(Number.isInteger);
}

/**
 * What a sweep leaves of a session it cannot read: nothing of what it held (which may include
 * what was typed), but still unreadable, so that the tab's own next request resets it and reports
 * the reset (`read`), which the sidebar shows. Removing the entry instead had that request find
 * no session and report nothing, since a sweep set off by another tab's message can come first.
 */
const UNREADABLE = 'unreadable';

/**
 * Drops the carried identifier of every tab for which `shouldDrop` says so (what a corrupted
 * entry held is dropped whole, UNREADABLE). Answers how many tabs lost one.
 */
async function dropCarried(shouldDrop: (capturedAt: number) => boolean): Promise<number> {
  const snapshot = await storage.snapshot('session');
  let dropped = 0;
  await Promise.all(
    storedTabIds(snapshot).map((tabId) =>
      serialise(tabId, async () => {
        const raw = await storage.getItem<unknown>(keyFor(tabId));
        const parsed = StoredSessionSchema.safeParse(raw);
        if (!parsed.success) return raw === UNREADABLE ? undefined : storage.setItem(keyFor(tabId), UNREADABLE);
        if (!parsed.data.carried || !shouldDrop(parsed.data.carried.capturedAt)) return;
        dropped += 1;
        await storage.setItem(keyFor(tabId), { ...parsed.data, carried: null });
      }),
    ),
  );
  return dropped;
}

/** Options page "Forget what I typed": every tab at once. Answers how many tabs had something. */
export function forgetAllCarried(): Promise<number> {
  return dropCarried(() => true);
}

/**
 * Deletes expired identifiers in every tab, not only in the tab that asks next, so nothing
 * typed outlives its 30 minutes in memory just because its tab went quiet. The background runs
 * it when it wakes and on every message.
 */
export function sweepExpiredCarried(now: number): Promise<number> {
  return dropCarried((capturedAt) => isExpired(capturedAt, now));
}

/** Forget a tab's journey and carried identifier when the tab closes. */
export function clearSessionsOnTabRemoval(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabSession(tabId);
  });
}
