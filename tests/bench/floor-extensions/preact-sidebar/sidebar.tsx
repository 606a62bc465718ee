/**
 * The floor of an in-page sidebar built with Preact: what the detector floor (read-and-watch,
 * run just before this script in the same isolated world) and a sidebar of about Restore
 * Access's size cost a page before any of Restore Access's own logic. Placeholder wording on
 * purpose: this never ships and says nothing about USPS.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';

const STEPS = ['First step', 'Second step', 'Third step', 'Fourth step', 'Fifth step'];
const LINKS = ['First link', 'Second link', 'Third link', 'Fourth link', 'Fifth link', 'Sixth link'];
const CSS = `:host{all:initial}aside{position:fixed;inset:0 0 0 auto;width:22rem;overflow:auto;background:#fff;color:#1b1b1b;font:16px/1.5 system-ui,sans-serif;border-left:2px solid #333366;padding:1rem;box-sizing:border-box;z-index:2147483647}h2{font-size:1.25rem;margin:0 0 .5rem}h3{font-size:1rem;margin:1rem 0 .25rem}ol{padding-left:1.25rem}li{margin:.25rem 0}button{font:inherit;min-height:44px;padding:.25rem .75rem;border:2px solid #333366;border-radius:4px;background:#fff;color:#333366;cursor:pointer}button:focus-visible,a:focus-visible,summary:focus-visible{outline:3px solid #1a5ecc;outline-offset:2px}a{color:#1a5ecc}`;

function Step({ text, index }: { text: string; index: number }) {
  const [done, setDone] = useState(false);
  return (
    <li>
      <p>{text}</p>
      <button type="button" aria-pressed={done} onClick={() => setDone(!done)}>
        {done ? `Step ${index + 1} done` : `Mark step ${index + 1} done`}
      </button>
    </li>
  );
}

function FloorSidebar() {
  const [open, setOpen] = useState(true);
  return (
    <aside aria-label="Floor sidebar">
      <h2>Floor sidebar</h2>
      <p>Step 1 of 5</p>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide' : 'Show'}
      </button>
      {open && (
        <section>
          <h3>Steps</h3>
          <ol>
            {STEPS.map((text, index) => (
              <Step key={text} text={text} index={index} />
            ))}
          </ol>
          <h3>Links</h3>
          <ul>
            {LINKS.map((text) => (
              <li key={text}>
                <a href="#floor">{text}</a>
              </li>
            ))}
          </ul>
          <details>
            <summary>More</summary>
            <p>Placeholder.</p>
          </details>
        </section>
      )}
    </aside>
  );
}

// The detector floor runs first: the manifest lists read-and-watch/watch.js before this script.
// The same marks as Restore Access's, at the same points, so the bench reads this floor's start →
// painted as it reads ours: its start (after the detector floor, so if anything the floor reads
// low), and the first high-priority task after the frame that paints the sidebar
// (entrypoints/sidebar/index.tsx, onFirstShown). The evidence-and-sidebar floor made the start
// mark already, before reading the evidence (evidence-sidebar/start-mark.js): that one counts.
if (performance.getEntriesByName('restore-access:detector-start').length === 0) {
  performance.mark('restore-access:detector-start');
}
const host = document.createElement('floor-sidebar');
const root = host.attachShadow({ mode: 'open' });
const style = document.createElement('style');
style.textContent = CSS;
const container = document.createElement('div');
root.append(style, container);
document.documentElement.append(host);
document.documentElement.style.setProperty('margin-right', '22rem', 'important');
render(<FloorSidebar />, container);
type Scheduler = { postTask(task: () => void, options: { priority: 'user-blocking' }): unknown };
const { scheduler } = globalThis as unknown as { scheduler: Scheduler };
requestAnimationFrame(() =>
  scheduler.postTask(() => performance.mark('restore-access:sidebar-painted'), { priority: 'user-blocking' }),
);
