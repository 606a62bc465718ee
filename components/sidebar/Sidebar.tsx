import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CarryOverController } from '@/utils/carry-over/controller';
import { pickLanguage } from '@/utils/core/language';
import type { Recognition } from '@/utils/core/page-kinds';
import { guideFor } from '@/utils/guides';
import { PAGE_TARGETS, type TargetId } from '@/utils/guides/targets';
import { reportThisPage } from '@/utils/page-report/request';
import { STEP_KINDS } from '@/utils/session/journey';
import { DEFAULT_SETTINGS, type Settings, TEXT_SIZES } from '@/utils/settings/settings';
import { BESIDE_QUERY, effectiveWidth, type PageMargin } from '@/utils/sidebar/layout';
import { opensByItself, rememberCollapsed } from '@/utils/sidebar/open';
import { showTarget } from '@/utils/sidebar/show-me';
import type { SidebarState } from '@/utils/sidebar/state';
import { sidebarText } from '@/utils/sidebar/strings';
import { onlyTrusted } from '@/utils/sidebar/trusted-events';
import { GuidePanel } from '../guides/GuidePanel';
import { SpamReminder } from '../spam/SpamReminder';
import { CarryOverContext, SidebarStateContext, useSidebarSnapshot, useSidebarState } from './context';
import { DisplaySettings } from './DisplaySettings';
import { JourneyProgress } from './JourneyProgress';
import { ReferenceNumber } from './ReferenceNumber';
import { SecureAccountChecklist } from './SecureAccountChecklist';
import { IdentifierExtras, identifierFirst } from './SidebarExtras';
import { SupportCard } from './SupportCard';

/** What the page-side wiring (entrypoints/sidebar) gives the sidebar. */
export interface SidebarHost {
  /** Keyboard shortcut or popup asked to open the sidebar and move focus into it. */
  onOpenRequest(listener: () => void): () => void;
  /** Escape: focus goes back to where it was on the page (or the main form field). */
  returnFocus(): void;
  margin: PageMargin;
  /** The shortcut that opens the sidebar (the manifest's command), shown to the person. */
  shortcut?: string;
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

/**
 * The sidebar with its shared state: the one state owner and the carry-over controller, handed
 * down through context. The owner starts in an effect, after the first render, so reading the
 * settings and recording the visit never delay the first paint.
 */
export function SidebarRoot({
  state,
  carryOver,
  host,
}: {
  state: SidebarState;
  carryOver: CarryOverController | null;
  host: SidebarHost;
}) {
  useEffect(() => {
    const stop = new AbortController();
    state.start(stop.signal);
    return () => stop.abort();
  }, [state]);
  return (
    <SidebarStateContext.Provider value={state}>
      <CarryOverContext.Provider value={carryOver}>
        <Sidebar host={host} />
      </CarryOverContext.Provider>
    </SidebarStateContext.Provider>
  );
}

export function Sidebar({ host }: { host: SidebarHost }) {
  const state = useSidebarState();
  // Settings and session come from the state owner (utils/sidebar/state.ts), which reads them
  // (or takes them preloaded: no round trip before the first render) and records the visit.
  const { recognition, settings, settingsReset, session } = useSidebarSnapshot(state);
  /** What the person chose (toggle, shortcut) in this situation; otherwise the sidebar decides. */
  const [choice, setChoice] = useState<{ situation: string; open: boolean } | null>(null);
  /** The person asked for help on a page that needs none (shortcut or popup). */
  const [requested, setRequested] = useState(false);
  const [successVisible, setSuccessVisible] = useState(false);
  const [reportFailed, setReportFailed] = useState(false);
  // The live region's text is written directly, not kept in state: an announcement then changes
  // one text node instead of re-rendering the whole sidebar (the first one comes right after the
  // first paint, where that re-render was a measurable part of the start-up cost).
  const announcerRef = useRef<HTMLParagraphElement>(null);
  const clearTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = (text: string) => {
    const announcer = announcerRef.current;
    if (!announcer) return;
    if (announcer.textContent !== text) announcer.textContent = text;
    // Cleared once read, so browse mode never meets a stale message before the heading.
    clearTimeout(clearTimer.current);
    clearTimer.current = setTimeout(() => {
      announcer.textContent = '';
    }, 5000);
  };
  const [sheetHeight, setSheetHeight] = useState(0);
  // The browser's default font size / 16: the host is `all: initial`, so its size is `medium`.
  const [base, setBase] = useState(1);
  const [spamReminderShown, setSpamReminderShown] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ to: 'heading' | 'tab'; n: number } | null>(null);
  const [recheck, setRecheck] = useState(0);
  const beside = useMediaQuery(BESIDE_QUERY);
  const asideRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const tabRef = useRef<HTMLButtonElement>(null);
  const kind = recognition.kind;
  const situation = situationOf(recognition);

  // The journey where it ends: back in after recovering, the "secure your account" checklist.
  useEffect(() => {
    let active = true;
    state.visited(kind).then((next) => {
      if (!active || !next) return;
      if (kind === 'other' && next.journey.current === 'signed-in' && !next.journey.successShown) {
        setSuccessVisible(true);
        // Once per journey: marked as shown as soon as it is on screen.
        void state.ask({ type: 'journey:success-shown' });
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
        setChoice({ situation: situationOf(state.get().recognition), open: true });
        setFocusRequest((previous) => ({ to: 'heading', n: (previous?.n ?? 0) + 1 }));
      }),
    [host, state],
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
    if (!aside || beside || typeof ResizeObserver !== 'function') {
      setSheetHeight(0);
      return;
    }
    // What it covers at the bottom of the window: the open sheet, or the collapsed tab and its gap.
    const observer = new ResizeObserver(() =>
      setSheetHeight(Math.ceil(innerHeight - aside.getBoundingClientRect().top)),
    );
    observer.observe(aside);
    return () => observer.disconnect();
  }, [beside, open, visible]);

  // Before the frame, like the first-shown mark: the page moves aside in the same frame the
  // sidebar first appears in, never one frame later (no flash of the sidebar over the page).
  useLayoutEffect(() => {
    host.margin.apply({
      open: visible && open,
      beside,
      side: settings?.side ?? 'right',
      width,
      sheetHeight: visible ? sheetHeight : 0,
    });
  }, [host, visible, open, beside, settings?.side, width, sheetHeight]);
  useEffect(() => () => host.margin.clear(), [host]);
  useLayoutEffect(() => {
    const root = asideRef.current?.getRootNode();
    if (root instanceof ShadowRoot) setBase(Number.parseFloat(getComputedStyle(root.host).fontSize) / 16 || 1);
  }, [visible]);
  // A display change moves things: keep the control that has focus (text size, width) in view.
  useLayoutEffect(() => {
    const root = asideRef.current?.getRootNode();
    if (root instanceof ShadowRoot) root.activeElement?.scrollIntoView({ block: 'nearest' });
  }, [settings?.textSize, settings?.width]);
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
    state.changeSettings(patch);
    if (patch.width) announce(t('widthNow', { width: patch.width }));
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
    // The button goes with the progress row: focus goes to the heading, not to <body>.
    setFocusRequest((previous) => ({ to: 'heading', n: (previous?.n ?? 0) + 1 }));
    state.ask({ type: 'journey:reset' }).then(() => announce(t('startedOver')));
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
      style={{ '--ra-scale': String(TEXT_SIZES[settings.textSize] * base), '--ra-width': width }}
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
          aria-keyshortcuts={host.shortcut}
          onClick={onlyTrusted(() => setOpenByPerson(true))}
        >
          {t('expand')}
          {host.shortcut && <span aria-hidden="true"> {host.shortcut}</span>}
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
        {host.shortcut && <p class="ra-hint">{t('keys', { keys: host.shortcut })}</p>}
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
                {identifierFirst(kind) && <IdentifierExtras {...extras} />}
              </>
            }
            afterSteps={!identifierFirst(kind) && <IdentifierExtras {...extras} />}
            spamReminderShown={spamReminderShown}
            recheck={recheck}
            liveCheck={settings?.passwordCheck ? { carried: session?.carried?.value ?? null } : undefined}
          />
        )}
        {/* Below the guide: rendered just after its first frame, so the steps paint sooner. */}
        <AfterFirstPaint>
          <SupportCard t={t} />
          <DisplaySettings settings={settings} onChange={change} t={t} />
          {/* Opens a tab showing the report first; a page's own script cannot press it (onlyTrusted). */}
          <p class="ra-hint">
            <button
              type="button"
              class="ra-button ra-secondary"
              onClick={onlyTrusted(() => {
                setReportFailed(false);
                reportThisPage().catch(() => setReportFailed(true));
              })}
            >
              {t('reportPage')}
            </button>
          </p>
          {reportFailed && (
            <p class="ra-notice" role="alert">
              {t('reportPageFailed')}
            </p>
          )}
        </AfterFirstPaint>
      </div>
    </aside>
  );
}
