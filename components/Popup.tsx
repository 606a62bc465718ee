import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabStatus } from '@/utils/messages';

type State = { state: 'loading' } | { state: 'not-usps' } | { state: 'status'; status: TabStatus };

export function Popup() {
  const [state, setState] = useState<State>({ state: 'loading' });
  useEffect(() => {
    (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return setState({ state: 'not-usps' });
      try {
        const status = (await browser.tabs.sendMessage(tab.id, { type: 'get-status' })) as TabStatus;
        setState({ state: 'status', status });
      } catch {
        setState({ state: 'not-usps' });
      }
    })();
  }, []);
  return (
    <main>
      <h1>Restore Access</h1>
      <p role="status">
        {state.state === 'loading'
          ? 'Checking this tab…'
          : state.state === 'not-usps'
            ? 'This tab is not a USPS.com page. Restore Access only works on usps.com.'
            : state.status.recognition.kind === 'other'
              ? 'This USPS.com page needs no account help.'
              : `Helping on this page: ${state.status.recognition.kind}.`}
      </p>
    </main>
  );
}
