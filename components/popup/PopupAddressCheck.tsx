import { FakeSiteHelpLink } from '@/components/fake-site-help/FakeSiteHelpLink';
import type { Language } from '@/utils/core/language';
import { type AddressCheck, registrableDomain } from '@/utils/lookalike/address';
import { type LookalikeText, lookalikeText } from '@/utils/lookalike/strings';
import type { PopupTabState } from '@/utils/popup/status';

type View = { state: 'loading' } | PopupTabState;
type Lookalike = Extract<AddressCheck, { verdict: 'lookalike' }>;

/**
 * "Is this really USPS?": what the tab's address alone says (utils/lookalike/address.ts). A
 * lookalike gets the real domain, large, each reason in plain words and the way to the guide for
 * people who typed something there; an ordinary site only its domain; a USPS page a short
 * confirmation beside today's content.
 */
export function PopupAddressCheck({ view, language }: { view: View; language: Language }) {
  const lt = lookalikeText(language);
  switch (view.state) {
    case 'lookalike':
      return <LookalikeAnswer check={view.check} lt={lt} language={language} />;
    case 'not-usps':
      return view.domain ? <p class="ra-muted">{lt('siteDomain', { domain: view.domain })}</p> : null;
    case 'no-address':
      return <p>{lt('noAddress')}</p>;
    case 'status':
    case 'no-answer':
      return <p class="ra-genuine">{lt('genuineUsps', { domain: registrableDomain(view.hostname) })}</p>;
    default:
      return null;
  }
}

function LookalikeAnswer({ check, lt, language }: { check: Lookalike; lt: LookalikeText; language: Language }) {
  return (
    <div class="ra-lookalike">
      <p class="ra-real-domain">
        {lt('realDomain')} <strong data-testid="real-domain">{check.domain}</strong>
      </p>
      {check.shownHost && <p class="ra-muted">{lt('shownAs', { host: check.shownHost })}</p>}
      <h3 id="ra-lookalike-why">{lt('whyHeading')}</h3>
      <ul aria-labelledby="ra-lookalike-why">
        {check.signs.map((sign) => (
          <li key={sign} data-sign={sign}>
            {lt(`sign.${sign}`, {
              userinfo: check.userinfo ?? '',
              suffix: check.suffix,
              domain: check.domain,
              host: check.host,
              port: check.port ?? '',
            })}
          </li>
        ))}
      </ul>
      <p>{lt('howToRead')}</p>
      <p>
        <strong>{lt('doNotType')}</strong>
      </p>
      <FakeSiteHelpLink language={language} class="ra-button" />
    </div>
  );
}
