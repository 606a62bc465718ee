import type { PageRule, Signal } from './rule-types';

/**
 * The error-page rules, apart from the account-page rules (page-rules.ts spreads them first, at the
 * highest priorities): the error watch (entrypoints/error-watch.ts) ships only these on the hosts
 * where only error pages can appear, and derives its cheap pre-check from them, so they stay the
 * one source of truth. Sources in rule-sources.ts under the same ids.
 *
 * Every error rule is anchored (`anchors`) by its address or its title: USPS's own Google Tag
 * Manager container names each USPS error page by its URL (B), and Akamai's block pages carry the
 * title "Access Denied" (B/C; docs/sources.md, "Error pages"). Wording alone ("sorry", "error",
 * "try again later") also appears on ordinary pages, so the anchor keeps it from passing a rule
 * there, and it lets the error watch decide from the URL and title only
 * (utils/error-watch/filter.ts).
 */
const tryLater: Signal = {
  id: 'text:try-later',
  weight: 1,
  text: { in: 'body', pattern: 'try again later|m[aá]s tarde' },
};

export const ERROR_RULES: readonly PageRule[] = [
  {
    id: 'error-access-denied',
    kind: 'error',
    reason: 'access-denied',
    priority: 100,
    minScore: 4,
    anchors: ['text:denied-title'],
    reference: 'reference\\s*#\\s*(\\d+(?:\\.[0-9a-f]+)+)',
    signals: [
      { id: 'text:denied-title', weight: 2, text: { in: 'title', pattern: 'access denied|acceso denegado' } },
      { id: 'text:denied-heading', weight: 1, text: { in: 'headings', pattern: 'access denied|acceso denegado' } },
      { id: 'text:no-permission', weight: 1, text: { in: 'body', pattern: 'permission to access|no tiene permiso' } },
      { id: 'text:akamai-reference', weight: 1, text: { in: 'body', pattern: 'reference\\s*#\\s*\\d+\\.[0-9a-f]' } },
      { id: 'text:edgesuite', weight: 1, text: { in: 'body', pattern: 'errors\\.edgesuite\\.net' } },
    ],
  },
  {
    id: 'error-outage',
    kind: 'error',
    reason: 'outage',
    priority: 95,
    minScore: 4,
    anchors: ['url:outage-path'],
    signals: [
      { id: 'url:outage-path', weight: 2, url: { path: '/server_responses/anyapp_outage_apology' } },
      { id: 'text:apology', weight: 1, text: { in: 'headings', pattern: 'sorry|apolog|disculp|lo sentimos' } },
      {
        id: 'text:difficulties',
        weight: 2,
        text: { in: 'body', pattern: 'experiencing (technical )?difficulties|experimentando dificultades' },
      },
      tryLater,
    ],
  },
  {
    id: 'error-not-found',
    kind: 'error',
    reason: 'not-found',
    priority: 94,
    minScore: 3,
    anchors: ['url:not-found-path', 'text:not-found-title'],
    signals: [
      { id: 'url:not-found-path', weight: 2, url: { path: 'error_?404' } },
      { id: 'text:not-found-title', weight: 1, text: { in: 'title', pattern: '\\b404\\b|not found|no encontrad' } },
      {
        id: 'text:not-found-heading',
        weight: 2,
        text: {
          in: 'headings',
          pattern: '\\b404\\b|page not found|can.?t find|cannot be found|no (se )?(pudo )?encontr',
        },
      },
      {
        id: 'text:not-found-wording',
        weight: 1,
        text: {
          in: 'body',
          pattern: 'page you (were|are) looking for|may have (been )?(moved|removed)|la p[aá]gina que',
        },
      },
    ],
  },
  {
    id: 'error-unavailable',
    kind: 'error',
    reason: 'unavailable',
    priority: 93,
    minScore: 4,
    anchors: ['url:fatal-error-path', 'url:rcas'],
    signals: [
      { id: 'url:fatal-error-path', weight: 2, url: { path: '/error/fatal-error' } },
      { id: 'url:rcas', weight: 1, url: { path: '^/rcas\\.htm$' } },
      { id: 'text:sorry', weight: 1, text: { in: 'headings', pattern: 'sorry|lo sentimos|error' } },
      {
        id: 'text:service-unavailable',
        weight: 2,
        text: {
          in: 'body',
          pattern: 'service (is )?(currently |temporarily )?unavailable|servicio no (est[aá] )?disponible',
        },
      },
      tryLater,
    ],
  },
];
