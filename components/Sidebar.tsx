import { useEffect, useState } from 'preact/hooks';
import type { DetectorChannel } from '@/utils/detector-channel';

export function Sidebar({ channel }: { channel: DetectorChannel }) {
  const [recognition, setRecognition] = useState(channel.current());
  useEffect(() => channel.subscribe(setRecognition), [channel]);
  return (
    <aside aria-label="Account help">
      <h2>Account help</h2>
      <p>{recognition.kind}</p>
    </aside>
  );
}
