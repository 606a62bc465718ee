import { allRulesMet, type PasswordCheck, RULE_IDS } from './checker';
import type { LiveCheckText } from './strings';

/** What the live check does with the sidebar's place for it. */
export interface LiveView {
  /** Shows each rule's state; silent (the states are not in a live region). */
  show(check: PasswordCheck | null): void;
  /** Says, politely, how many rules are met and which are not (focus left the field, or asked for). */
  summarize(check: PasswordCheck | null): void;
  remove(): void;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The summary of a check: "3 of 7 rules met. Not met: …" and the re-typed password's state. */
export function summaryOf(check: PasswordCheck | null, rules: readonly string[], text: LiveCheckText): string {
  if (!check || check.rules.length === 'unknown') return text.nothingTyped;
  const known = RULE_IDS.filter((id) => check.rules[id] !== 'unknown');
  const met = known.filter((id) => check.rules[id] === 'met');
  const notMet = known.filter((id) => check.rules[id] === 'not-met').map((id) => rules[RULE_IDS.indexOf(id)]);
  return [
    text.summary(met.length, known.length),
    ...(notMet.length > 0 ? [text.notMetList, ...notMet] : []),
    text.retype[check.retype],
  ].join(' ');
}

/**
 * Draws the live list in the sidebar's slot with DOM calls only (text, never HTML). Each rule
 * says "Met:" or "Not met:" in words (the ✓ and ✗ beside them are hidden from screen readers);
 * the polite live region changes only when every rule becomes met and when a summary is asked
 * for, never on a keystroke.
 */
export function drawLiveView(
  container: HTMLElement,
  rules: readonly string[],
  symbols: string,
  text: LiveCheckText,
): LiveView {
  const icons = rules.map(() => {
    const icon = element('span');
    icon.setAttribute('aria-hidden', 'true');
    return icon;
  });
  const states = rules.map(() => element('strong'));
  const details = rules.map(() => element('span'));
  const list = element(
    'ul',
    { className: 'ra-checklist ra-live-rules' },
    ...rules.map((rule, i) => element('li', {}, icons[i] as Node, states[i] as Node, rule, details[i] as Node)),
  );
  const retype = element('p', { className: 'ra-retype' });
  const live = element('p', { className: 'ra-live-summary' });
  live.setAttribute('role', 'status');
  let latest: PasswordCheck | null = null;
  let wasAllMet = false;
  const say = (message: string) => {
    live.textContent = message;
  };
  const button = element('button', { type: 'button', className: 'ra-button ra-secondary' }, text.summaryButton);
  button.addEventListener('click', () => say(summaryOf(latest, rules, text)));
  container.replaceChildren(element('p', { className: 'ra-hint' }, text.intro), list, retype, button, live);

  const view: LiveView = {
    show(check) {
      latest = check;
      RULE_IDS.forEach((id, i) => {
        const ruleState = check?.rules[id] ?? 'unknown';
        (icons[i] as HTMLElement).textContent = ruleState === 'met' ? '✓ ' : ruleState === 'not-met' ? '✗ ' : '';
        (states[i] as HTMLElement).textContent =
          ruleState === 'met' ? `${text.met} ` : ruleState === 'not-met' ? `${text.notMet} ` : '';
        (details[i] as HTMLElement).textContent =
          id === 'symbols' && ruleState === 'not-met' ? ` ${text.rejected(symbols)}` : '';
      });
      retype.textContent = check && check.rules.length !== 'unknown' ? text.retype[check.retype] : '';
      const allMet = check !== null && allRulesMet(check);
      if (allMet && !wasAllMet) say(text.allMet);
      wasAllMet = allMet;
    },
    summarize(check) {
      latest = check;
      say(summaryOf(check, rules, text));
    },
    remove() {
      container.replaceChildren();
    },
  };
  return view;
}
