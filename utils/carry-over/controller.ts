import type { PageKind, Recognition } from '../core/page-kinds';
import type { CarriedIdentifier, JourneyState, TabSession } from '../session/tab-session';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import type { SidebarSnapshot, SidebarState } from '../sidebar/state';
import { startCapture } from './capture';
import { browserEnvironment, type FillEnvironment, type FillPurpose, findFillTarget } from './fill-target';
import { clearFill, type FillRecord, fillField, fillPurposeFor, isUnchanged, prefillAction } from './prefill';

/**
 * The carry-over's state machine, living for the sidebar bundle's whole life (not just while the
 * sidebar is open), so typing is captured even when the sidebar is collapsed. Its settings,
 * session and recognitions come from the sidebar's state owner (utils/sidebar/state.ts).
 * It only reacts to:
 * - the detector's recognitions (an isolated-world channel a page cannot forge),
 * - trusted user actions (every method taking an event checks `isTrusted`; the shadow root is
 *   open, so a page could otherwise click our buttons),
 * - the person's own typing (utils/carry-over/capture.ts).
 * A page's postMessage or a synthetic DOM event can therefore never make it capture or fill.
 */
export type PrefillStatus =
  | { state: 'idle' }
  | { state: 'asking'; purpose: FillPurpose }
  | { state: 'filled'; purpose: FillPurpose; record: FillRecord }
  | { state: 'not-filled'; purpose: FillPurpose }
  /** The field already held something: the person's own typing, left alone. */
  | { state: 'left-alone' }
  | { state: 'declined' }
  | { state: 'undone' }
  | { state: 'forgotten' }
  /** "Fill" pressed after what was typed expired (or the background is gone): nothing filled. */
  | { state: 'expired' };

export interface CarryOverState {
  kind: PageKind;
  carried: CarriedIdentifier | null;
  journey: JourneyState | null;
  notice: TabSession['notice'];
  prefill: PrefillStatus;
  settings: Settings;
}

export interface CarryOverDeps {
  doc: Document;
  /** The sidebar's state owner: settings, the tab's session, the page's recognition. */
  state: Pick<SidebarState, 'get' | 'subscribe' | 'visited' | 'ask' | 'settingsReady'>;
  environment(): FillEnvironment;
}

const CAPTURE_KINDS: ReadonlySet<PageKind> = new Set(['sign-in', 'sign-in-failed']);
const FORGOT_KINDS: ReadonlySet<PageKind> = new Set(['forgot-password', 'forgot-username']);

export class CarryOverController {
  private state: CarryOverState;
  private readonly listeners = new Set<(state: CarryOverState) => void>();
  private capture: AbortController | null = null;
  private seen: SidebarSnapshot | null = null;
  /** Bumped on each arrival at a forgot page: a fill is attempted once per arrival. */
  private arrival = 0;
  private lastKind: PageKind | null = null;
  private pending: Promise<void> = Promise.resolve();

  constructor(private readonly deps: CarryOverDeps) {
    const kind = deps.state.get().recognition.kind;
    this.state = {
      kind,
      carried: null,
      journey: null,
      notice: null,
      prefill: { state: 'idle' },
      settings: DEFAULT_SETTINGS,
    };
  }

  getState(): CarryOverState {
    return this.state;
  }

  /** Resolves when the latest page change has been handled (session read, fill attempted). */
  settled(): Promise<void> {
    return this.pending;
  }

  subscribe(listener: (state: CarryOverState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(signal: AbortSignal): void {
    const unsubscribe = this.deps.state.subscribe((snapshot) => this.follow(snapshot));
    signal.addEventListener('abort', () => {
      unsubscribe();
      this.capture?.abort();
    });
    this.follow(this.deps.state.get());
  }

  /** Takes what changed in the sidebar's state: settings, the session, the page's recognition. */
  private follow(snapshot: SidebarSnapshot): void {
    const seen = this.seen;
    this.seen = snapshot;
    if (snapshot.settings && snapshot.settings !== seen?.settings) this.update({ settings: snapshot.settings });
    if (snapshot.session && snapshot.session !== seen?.session) this.apply(snapshot.session);
    if (snapshot.recognition !== seen?.recognition) this.onRecognition(snapshot.recognition);
  }

  private update(patch: Partial<CarryOverState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }

  private apply(session: TabSession): void {
    this.update({ carried: session.carried, journey: session.journey, notice: session.notice ?? this.state.notice });
  }

  private onRecognition({ kind }: Recognition): void {
    const arrived = kind !== this.lastKind;
    this.lastKind = kind;
    if (arrived) this.update({ kind, prefill: { state: 'idle' } });
    this.toggleCapture(CAPTURE_KINDS.has(kind));
    const arrival = arrived && FORGOT_KINDS.has(kind) ? ++this.arrival : null;
    // The state owner records each page's visit once; this waits for the session it answered.
    this.pending = this.deps.state.visited(kind).then(async (session) => {
      // No session: the background is gone (extension reloaded): nothing is carried or filled.
      if (!session) return;
      this.apply(session);
      if (arrival !== null) {
        await this.deps.state.settingsReady();
        if (arrival === this.arrival && this.state.kind === kind) this.arriveAtForgot(kind);
      }
    });
  }

  /**
   * The page says USPS emailed the person (the spam reminder decides, with `uspsHasEmailed`, and
   * keeps watching single-page screens): the background starts the follow-up clock for this page
   * unless it already runs (utils/session/journey.ts). Queued after the page's own visit.
   */
  noteEmailed(kind: PageKind): void {
    if (kind !== this.state.kind) return;
    this.pending = this.pending.then(() =>
      this.deps.state.ask({ type: 'journey:visit', kind, emailed: true }).then((session) => {
        // No session: the background is gone (extension reloaded): no follow-up clock.
        if (session && this.state.kind === kind) this.apply(session);
      }),
    );
  }

  private toggleCapture(on: boolean): void {
    if (on && !this.capture) {
      this.capture = new AbortController();
      startCapture({
        doc: this.deps.doc,
        signal: this.capture.signal,
        onCapture: (value) => {
          void this.deps.state.ask({ type: 'carry:set', value }).then((session) => session && this.apply(session));
        },
      });
    } else if (!on && this.capture) {
      this.capture.abort();
      this.capture = null;
    }
  }

  private arriveAtForgot(kind: PageKind): void {
    const value = this.state.carried?.value;
    const action = prefillAction(kind, value, this.state.settings.prefill);
    const purpose = value ? fillPurposeFor(kind, value) : null;
    if (!action || !purpose || !value) return;
    if (action === 'ask') this.update({ prefill: { state: 'asking', purpose } });
    else this.fill(purpose, value);
  }

  private fill(purpose: FillPurpose, value: string): void {
    const found = findFillTarget(this.deps.doc, purpose, this.deps.environment());
    const result = found.target ? fillField(found.target, value) : 'no-target';
    let prefill: PrefillStatus;
    // Something already in the field is the person's own typing: leave it and say nothing.
    if (result === 'not-empty') prefill = { state: 'left-alone' };
    else if (typeof result === 'string') prefill = { state: 'not-filled', purpose };
    else prefill = { state: 'filled', purpose, record: result };
    this.update({ prefill });
  }

  /**
   * "Fill" button (prefill setting 'ask'). The question may have sat open for longer than what
   * was typed is kept, so the value is asked of the background, which checks its age on every
   * read (utils/session/store.ts), at the moment of filling, not taken from this memory.
   */
  fillNow(event: Pick<Event, 'isTrusted'>): Promise<void> {
    const { prefill, kind } = this.state;
    if (!event.isTrusted || prefill.state !== 'asking') return Promise.resolve();
    const asked = this.deps.state.ask({ type: 'session:get' }).then((session) => {
      if (session) this.apply(session);
      // Answered or left while the background was asked: nothing to fill any more.
      if (this.state.prefill !== prefill || this.state.kind !== kind) return;
      const value = session?.carried?.value;
      if (value && fillPurposeFor(kind, value) === prefill.purpose) this.fill(prefill.purpose, value);
      else this.update({ prefill: { state: 'expired' } });
    });
    this.pending = this.pending.then(() => asked);
    return asked;
  }

  /** "No thanks". */
  decline(event: Pick<Event, 'isTrusted'>): void {
    if (event.isTrusted && this.state.prefill.state === 'asking') this.update({ prefill: { state: 'declined' } });
  }

  /** "Undo": empties the field we filled, unless the person has changed it since. */
  undo(event: Pick<Event, 'isTrusted'>): void {
    const { prefill } = this.state;
    if (!event.isTrusted || prefill.state !== 'filled') return;
    clearFill(prefill.record);
    this.update({ prefill: { state: 'undone' } });
  }

  /** "Forget it": gone from the background at once, and from the field if we put it there. */
  forget(event: Pick<Event, 'isTrusted'>): Promise<void> {
    if (!event.isTrusted) return Promise.resolve();
    const { prefill } = this.state;
    if (prefill.state === 'filled' && isUnchanged(prefill.record)) clearFill(prefill.record);
    this.update({ carried: null, prefill: { state: 'forgotten' } });
    return this.deps.state.ask({ type: 'carry:forget' }).then((session) => {
      if (session) this.apply(session);
    });
  }
}

/**
 * Made once by the sidebar bundle's start (utils/sidebar/start.tsx) and handed to the components
 * through Preact context; `schedule` decides when it starts watching the page (at once by
 * default; the bundle starts it in a task after the first render's, which keeps that task short).
 */
export function startCarryOver(
  deps: Omit<CarryOverDeps, 'environment'> & Partial<CarryOverDeps>,
  signal: AbortSignal,
  schedule: (start: () => void) => void = (start) => start(),
): CarryOverController {
  const controller = new CarryOverController({ environment: () => browserEnvironment(window), ...deps });
  schedule(() => controller.start(signal));
  return controller;
}
