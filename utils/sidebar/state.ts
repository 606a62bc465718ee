import type { SessionRequest } from '../core/messages';
import type { PageKind, Recognition } from '../core/page-kinds';
import type { SidebarPreload } from '../delivery/sidebar-preload';
import type { DetectorChannel } from '../recognition/detector-channel';
import { advanceJourney, sameSessionShown } from '../session/journey';
import type { TabSession } from '../session/tab-session';
import { DEFAULT_SETTINGS, type Settings, type SettingsAnswer } from '../settings/settings';

/** What the sidebar shows from: the page's recognition, the settings and the tab's session. */
export interface SidebarSnapshot {
  recognition: Recognition;
  /** Null until known (preloaded, read, or the defaults when the background cannot answer). */
  settings: Settings | null;
  /** The stored settings were unreadable in part and were repaired (the sidebar says so). */
  settingsReset: boolean;
  /** Null until the background answered (or when it could not). */
  session: TabSession | null;
}

/** How the sidebar bundle reaches the background (utils/settings/client.ts, utils/session/client.ts). */
export interface SidebarClients {
  requestSession(request: SessionRequest): Promise<TabSession>;
  loadSettings(): Promise<SettingsAnswer>;
  watchSettings(callback: (settings: Settings) => void): () => void;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
}

/**
 * The preloaded session as the journey visit about to be recorded will leave it, worked out with
 * the background's own rule (utils/session/journey.ts), so the first render already shows the
 * right step. Null without a preloaded session: the step then shows when the visit answers.
 */
function sessionBeforeVisit(preload: SidebarPreload | null, kind: PageKind): TabSession | null {
  if (!preload?.session) return null;
  const { journey } = preload.session;
  const visited = advanceJourney(journey, kind, Date.now());
  return visited === journey ? preload.session : { ...preload.session, journey: visited };
}

/**
 * The one owner of the sidebar bundle's state: it reads and watches the settings once, records
 * each page's journey visit once, and hands every session answer to whoever listens (the
 * sidebar's components through Preact context, the carry-over controller), so a settings change
 * or a page costs one round trip, not one per part.
 */
export class SidebarState {
  private snapshot: SidebarSnapshot;
  private readonly listeners = new Set<(snapshot: SidebarSnapshot) => void>();
  private visit: { kind: PageKind; answer: Promise<TabSession | null> } | null = null;
  private settingsKnown: Promise<void>;

  constructor(
    private readonly channel: DetectorChannel,
    private readonly preload: SidebarPreload | null,
    private readonly clients: SidebarClients,
  ) {
    const recognition = channel.current();
    this.snapshot = {
      recognition,
      settings: preload?.settings.settings ?? null,
      settingsReset: preload?.settings.notice === 'settings-reset',
      session: sessionBeforeVisit(preload, recognition.kind),
    };
    this.settingsKnown = Promise.resolve();
  }

  get(): SidebarSnapshot {
    return this.snapshot;
  }

  subscribe(listener: (snapshot: SidebarSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Reads the settings (unless preloaded), watches them, and follows the page's recognition,
   * recording a journey visit on each new kind (kept per tab by the background, so reloads resume
   * it). Everything stops with the signal.
   */
  start(signal: AbortSignal): void {
    if (!this.preload) {
      this.settingsKnown = this.clients.loadSettings().then(
        (loaded) => this.set({ settings: loaded.settings, settingsReset: loaded.notice === 'settings-reset' }),
        () => this.set({ settings: { ...DEFAULT_SETTINGS } }),
      );
    }
    const stopWatching = this.clients.watchSettings((settings) => this.set({ settings }));
    const stopFollowing = this.channel.subscribe((recognition) => this.follow(recognition));
    this.follow(this.channel.current());
    signal.addEventListener('abort', () => {
      stopWatching();
      stopFollowing();
    });
  }

  /** Resolves once the settings are known. */
  settingsReady(): Promise<void> {
    return this.settingsKnown;
  }

  /** The session as this page's visit left it (the visit is recorded once per kind). */
  visited(kind: PageKind): Promise<TabSession | null> {
    if (this.visit?.kind !== kind) this.visit = { kind, answer: this.ask({ type: 'journey:visit', kind }) };
    return this.visit.answer;
  }

  /**
   * Asks the background and keeps its answer. Null when it cannot answer (restarting, or the
   * extension reloaded): the guide works without a session.
   */
  ask(request: SessionRequest): Promise<TabSession | null> {
    return this.clients.requestSession(request).then(
      (next) => {
        const shown = this.snapshot.session;
        // Kept only if it shows something new: otherwise the whole sidebar would render again,
        // just after its first paint, for nothing.
        if (!shown || !sameSessionShown(shown, next)) this.set({ session: next });
        return next;
      },
      () => null,
    );
  }

  /** Shown at once and saved; the watcher brings the saved value back. */
  changeSettings(patch: Partial<Settings>): void {
    if (this.snapshot.settings) this.set({ settings: { ...this.snapshot.settings, ...patch } });
    this.clients.updateSettings(patch).catch(() => {
      // Refused by the background (a value our own controls cannot produce) or the background is
      // gone (extension reloaded): nothing is saved, and the screen keeps the person's choice.
    });
  }

  private follow(recognition: Recognition): void {
    // A new reading of the same situation (other signals) shows nothing new.
    const shown = this.snapshot.recognition;
    const same =
      recognition.kind === shown.kind &&
      recognition.reason === shown.reason &&
      recognition.reference === shown.reference;
    if (!same) this.set({ recognition });
    void this.visited(recognition.kind);
  }

  private set(patch: Partial<SidebarSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener(this.snapshot);
  }
}
