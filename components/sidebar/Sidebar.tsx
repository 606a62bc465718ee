import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { DetectorChannel } from '@/utils/detector-channel';
import { guideFor } from '@/utils/guides';
import { PAGE_TARGETS, type TargetId } from '@/utils/guides/targets';
import { pickLanguage } from '@/utils/i18n/language';
import { sidebarText } from '@/utils/i18n/sidebar';
import { advanceJourney, STEP_KINDS, sameSessionShown } from '@/utils/journey';
import type { PageKind, Recognition } from '@/utils/page-kinds';
import { DEFAULT_SETTINGS, type Settings, TEXT_SIZES } from '@/utils/settings';
import { loadSettings, updateSettings, watchSettings } from '@/utils/settings-client';
import { showTarget } from '@/utils/show-me';
import { BESIDE_QUERY, effectiveWidth, type PageMargin } from '@/utils/sidebar-layout';
import { opensByItself, rememberCollapsed } from '@/utils/sidebar-open';
import type { SidebarPreload } from '@/utils/sidebar-preload';
import type { SessionRequest, TabSession } from '@/utils/tab-session';
import { requestSession } from '@/utils/tab-session-client';
import { onlyTrusted } from '@/utils/trusted-events';
import { DisplaySettings } from './DisplaySettings';
import { GuidePanel } from './GuidePanel';
import { JourneyProgress } from './JourneyProgress';
import { ReferenceNumber } from './ReferenceNumber';
import { SecureAccountChecklist } from './SecureAccountChecklist';
import { EmailedExtras, IdentifierExtras, identifierFirst } from './SidebarExtras';
import { SpamReminder } from './SpamReminder';
import { SupportCard } from './SupportCard';

/** What the page-side wiring (entrypoints/sidebar) gives the sidebar. */
export interface SidebarHost {
  /** Keyboard shortcut or popup asked to open the sidebar and move focus into it. */
  onOpenRequest(listener: () => void): () => void;
  /** Escape: focus goes back to where it was on the page (or the main form field). */
  returnFocus(): void;
  margin: PageMargin;
  /** Called once, the first time the sidebar renders content. */
  onFirstShown?: () => void;
}

/**
 * Its children from the second render on: an effect runs after the frame that painted the first.
 * The state is its own, so only this part renders again, not the whole sidebar.
 */
function AfterFirstPaint({ children }: { children: ComponentChildren }) {
  const [painted, setPainted] = useState(false);
  useEffect(() => setPainted(true), []);
  return <>{painted && children}</>;
}

function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => matchMedia(query).matches);
  useEffect(() => {
    const list = matchMedia(query);
    const update = () => setMatches(list.matches);
    list.addEventListener('change', update);
    update();
    return () => list.removeEventListener('change', update);
  }, [query]);
  return matches;
}

/** A page kind, with the error reason: the sidebar decides whether to open once per situation. */
function situationOf(recognition: Recognition): string {
  return `${recognition.kind}:${recognition.reason ?? ''}`;
}

function ask(request: SessionRequest): Promise<TabSession | null> {
  // The background may be restarting or the extension reloaded: the guide works without a session.
  return requestSession(request).catch(() => null);
}

/**
 * The preloaded session as the journey visit about to be recorded will leave it, worked out with
 * the background's own rule (utils/journey.ts), so the first render already shows the right step.
 * Null without a preloaded session: the step then shows when the visit answers.
 */
function sessionBeforeVisit(preload: SidebarPreload | null | undefined, kind: PageKind): TabSession | null {
  if (!preload?.session) return null;
  const { journey } = preload.session;
  const visited = advanceJourney(journey, kind, Date.now());
  return visited === journey ? preload.session : { ...preload.session, journey: visited };
}

export function Sidebar({
  channel,
  host,
  preload,
}: {
  channel: DetectorChannel;
  host: SidebarHost;
  /**
   * Read by the background at injection, or by the bundle itself on help pages
   * (utils/sidebar-preload.ts): no round trip before the first render.
   */
  preload?: SidebarPreload | null;
}) {
  const [recognition, setRecognition] = useState<Recognition>(channel.current());
  const [settings, setSettings] = useState<Settings | null>(preload?.settings.settings ?? null);
  const [settingsReset, setSettingsReset] = useState(preload?.settings.notice === 'settings-reset');
  const [session, setSession] = useState<TabSession | null>(() => sessionBeforeVisit(preload, channel.current().kind));
  /** What the person chose (toggle, shortcut) in this situation; otherwise the sidebar decides. */
  const [choice, setChoice] = useState<{ situation: string; open: boolean } | null>(null);
  /** The person asked for help on a page that needs none (shortcut or popup). */
  const [requested, setRequested] = useState(false);
  const [successVisible, setSuccessVisible] = useState(false);
  // The live region's text is written directly, not kept in state: an announcement then changes
  // one text node instead of re-rendering the whole sidebar (the first one comes right after the
  // first paint, where that re-render was a measurable part of the start-up cost).
  const announcerRef = useRef<HTMLParagraphElement>(null);
  const announce = (text: string) => {
    const announcer = announcerRef.current;
    if (announcer && announcer.textContent !== text) announcer.textContent = text;
  };
  const [sheetHeight, setSheetHeight] = useState(0);
  const [spamReminderShown, setSpamReminderShown] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ to: 'heading' | 'tab'; n: number } | null>(null);
  const [recheck, setRecheck] = useState(0);
  const beside = useMediaQuery(BESIDE_QUERY);
  const asideRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const tabRef = useRef<HTMLButtonElement>(null);
  const kind = recognition.kind;
  const situation = situationOf(recognition);

  useEffect(() => channel.subscribe(setRecognition), [channel]);

  useEffect(() => {
    let active = true;
    // Preloaded: already in state; later changes come through the watcher either way.
    if (!preload) {
      loadSettings()
        .then((loaded) => {
          if (!active) return;
          setSettings(loaded.settings);
          setSettingsReset(loaded.notice === 'settings-reset');
        })
        .catch(() => active && setSettings({ ...DEFAULT_SETTINGS }));
    }
    const stop = watchSettings((next) => active && setSettings(next));
    return () => {
      active = false;
      stop();
    };
  }, []);

  // Every recognition moves the journey (kept per tab by the background, so reloads resume it).
  useEffect(() => {
    let active = true;
    ask({ type: 'journey:visit', kind }).then((next) => {
      if (!active || !next) return;
      // Rendered again only if the answer shows something the first render did not: otherwise the
      // whole sidebar would render again, just after its first paint, for nothing.
      setSession((shown) => (shown && sameSessionShown(shown, next) ? shown : next));
      if (kind === 'other' && next.journey.current === 'signed-in' && !next.journey.successShown) {
        setSuccessVisible(true);
        // Once per journey: marked as shown as soon as it is on screen.
        ask({ type: 'journey:success-shown' }).then((marked) => active && marked && setSession(marked));
      }
    });
    if (kind !== 'other') setSuccessVisible(false);
    return () => {
      active = false;
    };
  }, [kind]);

  useEffect(
    () =>
      host.onOpenRequest(() => {
        setRequested(true);
        setChoice({ situation: situationOf(channel.current()), open: true });
        setFocusRequest((previous) => ({ to: 'heading', n: (previous?.n ?? 0) + 1 }));
      }),
    [host, channel],
  );

  // Derived, not stored: whichever answer arrives last (settings, session), the result is the same.
  const opensItself =
    settings !== null && (opensByItself(kind, settings) || (kind === 'other' && (requested || successVisible)));
  const open = choice?.situation === situation ? choice.open : opensItself;

  const language = pickLanguage({
    setting: settings?.language ?? 'auto',
    hostname: location.hostname,
    documentLang: document.documentElement.lang,
    browserLang: navigator.language,
  });
  const t = sidebarText(language);
  const guide = guideFor(recognition);
  const visible = settings !== null && (kind !== 'other' || requested || successVisible);
  const width = effectiveWidth(settings?.width ?? DEFAULT_SETTINGS.width);

  // Announce the new situation politely whenever the page becomes a different one.
  useEffect(() => {
    const title = successVisible ? t('successHeading') : guide.text[language].title;
    if (visible) announce(t('nowShowing', { title }));
  }, [kind, recognition.reason, visible, language, successVisible]);

  useEffect(() => {
    if (!focusRequest) return;
    (focusRequest.to === 'heading' ? headingRef.current : tabRef.current)?.focus();
  }, [focusRequest]);

  useEffect(() => {
    const aside = asideRef.current;
    if (!aside || beside || !open || typeof ResizeObserver !== 'function') {
      setSheetHeight(0);
      return;
    }
    const observer = new ResizeObserver(() => setSheetHeight(Math.ceil(aside.getBoundingClientRect().height)));
    observer.observe(aside);
    return () => observer.disconnect();
  }, [beside, open, visible]);

  // Before the frame, like the first-shown mark: the page moves aside in the same frame the
  // sidebar first appears in, never one frame later (no flash of the sidebar over the page).
  useLayoutEffect(() => {
    host.margin.apply({ open: visible && open, beside, side: settings?.side ?? 'right', width, sheetHeight });
  }, [host, visible, open, beside, settings?.side, width, sheetHeight]);
  useEffect(() => () => host.margin.clear(), [host]);
  const shownOnce = useRef(false);
  // A layout effect runs as soon as the content is in the DOM, before the frame that paints it
  // (a plain effect would wait for that frame first), so the bench's mark is that frame's.
  useLayoutEffect(() => {
    if (!visible || shownOnce.current) return;
    shownOnce.current = true;
    host.onFirstShown?.();
  }, [host, visible]);

  if (!visible || !settings) return null;

  const change = (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    updateSettings(patch).catch(() => {
      // Refused by the background (a value our own controls cannot produce) or the background is
      // gone (extension reloaded): nothing is saved, and the screen keeps the person's choice.
    });
  };
  const setOpenByPerson = (next: boolean) => {
    setChoice({ situation, open: next });
    setFocusRequest((previous) => ({ to: next ? 'heading' : 'tab', n: (previous?.n ?? 0) + 1 }));
    const collapsedOn = rememberCollapsed(kind, settings.collapsedOn, next);
    if (collapsedOn.join() !== settings.collapsedOn.join()) change({ collapsedOn });
  };
  const onShowMe = (target: TargetId) => {
    const moved = showTarget(target);
    const name = PAGE_TARGETS[target].name[language];
    // Re-render so a "Show me" whose target has gone from the page disappears.
    setRecheck((n) => n + 1);
    announce(t(moved ? 'movedTo' : 'notFoundOnPage', { name }));
  };
  const startOver = () => {
    ask({ type: 'journey:reset' }).then((next) => {
      if (next) setSession(next);
      announce(t('startedOver'));
    });
  };
  const dismissSuccess = () => {
    setSuccessVisible(false);
    if (kind === 'other' && !requested) host.returnFocus();
  };
  const extras = { kind, language, settings, session };

  return (
    <aside
      ref={asideRef}
      aria-label={t('landmark')}
      lang={language}
      class={`ra-aside ${beside ? 'ra-beside' : 'ra-sheet'} ra-${settings.side} ${open ? 'ra-open' : 'ra-collapsed'}`}
      style={{ '--ra-scale': String(TEXT_SIZES[settings.textSize]), '--ra-width': width }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        host.returnFocus();
      }}
    >
      <p ref={announcerRef} class="ra-visually-hidden ra-announcer" aria-live="polite" aria-atomic="true" />
      {!open && (
        <button
          ref={tabRef}
          type="button"
          class="ra-tab"
          aria-expanded="false"
          aria-controls="ra-panel"
          onClick={onlyTrusted(() => setOpenByPerson(true))}
        >
          {t('expand')}
        </button>
      )}
      <div id="ra-panel" class="ra-panel" hidden={!open}>
        <div class="ra-head">
          <h2 ref={headingRef} tabIndex={-1}>
            {t('landmark')}
          </h2>
          <button
            type="button"
            class="ra-button ra-secondary ra-close"
            aria-label={t('collapse')}
            aria-expanded="true"
            aria-controls="ra-panel"
            onClick={onlyTrusted(() => setOpenByPerson(false))}
          >
            {t('collapseShort')}
          </button>
        </div>
        <p class="ra-hint">{t('unofficial')}</p>
        {session && STEP_KINDS.has(kind) && <JourneyProgress journey={session.journey} onStartOver={startOver} t={t} />}
        {settingsReset && (
          <p class="ra-notice" role="status">
            {t('settingsReset')}
          </p>
        )}
        {/* First thing wherever USPS emailed the person; renders nothing elsewhere. */}
        <SpamReminder lang={language} onShownChange={setSpamReminderShown} />
        {successVisible && <SecureAccountChecklist onDismiss={dismissSuccess} t={t} />}
        {(kind !== 'other' || !successVisible) && (
          <GuidePanel
            guide={guide}
            language={language}
            t={t}
            onShowMe={onShowMe}
            afterSummary={
              <>
                {/* Page text, rendered as text: the number USPS support can look up. */}
                {recognition.reason === 'access-denied' && recognition.reference && (
                  <ReferenceNumber reference={recognition.reference} t={t} />
                )}
                {guide.emailed && <EmailedExtras {...extras} />}
                {identifierFirst(kind) && <IdentifierExtras {...extras} />}
              </>
            }
            afterSteps={!identifierFirst(kind) && <IdentifierExtras {...extras} />}
            spamReminderShown={spamReminderShown}
            recheck={recheck}
          />
        )}
        {/* Below the guide: rendered just after its first frame, so the steps paint sooner. */}
        <AfterFirstPaint>
          <SupportCard t={t} />
          <DisplaySettings settings={settings} onChange={change} t={t} />
        </AfterFirstPaint>
      </div>
    </aside>
  );
}
