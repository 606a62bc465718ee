import { useEffect, useRef, useState } from 'preact/hooks';
import type { Language } from '@/utils/core/language';
import type { ContentMessage } from '@/utils/core/messages';
import { nativeBrowser } from '@/utils/core/native-browser';
import { offerPasswordCheckSlot } from '@/utils/password-check/channel';

const LOAD: ContentMessage = { type: 'load-password-check' };

/**
 * USPS's password rules with the live check on: the plain list until the check's script
 * (entrypoints/password-check.ts, injected by the background on request) has drawn its own in
 * the empty element below, which Preact leaves alone. The sidebar never reads a password field.
 */
export function LivePasswordRules({
  rules,
  language,
  carried,
}: {
  rules: string[];
  language: Language;
  carried: string | null;
}) {
  const slot = useRef<HTMLDivElement>(null);
  const [live, setLive] = useState(false);
  useEffect(() => {
    const withdraw = offerPasswordCheckSlot({
      container: slot.current as HTMLDivElement,
      language,
      rules,
      carried,
      shown: () => setLive(true),
    });
    // A reloaded extension throws at once: the plain list simply stays.
    Promise.resolve(LOAD)
      .then((message) => nativeBrowser.runtime.sendMessage(message))
      .catch(() => {});
    return () => {
      withdraw();
      setLive(false);
    };
  }, [language, carried, rules]);
  return (
    <>
      {!live && (
        <ul class="ra-checklist">
          {rules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      )}
      <div ref={slot} />
    </>
  );
}
