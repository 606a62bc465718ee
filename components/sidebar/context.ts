import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { CarryOverController } from '@/utils/carry-over/controller';
import type { SidebarSnapshot, SidebarState } from '@/utils/sidebar/state';

/**
 * The sidebar's shared state, handed down by the bundle's start (utils/sidebar/start.tsx) rather
 * than found through module singletons: the one state owner, and the carry-over controller.
 */
export const SidebarStateContext = createContext<SidebarState | null>(null);
export const CarryOverContext = createContext<CarryOverController | null>(null);

export function useSidebarState(): SidebarState {
  const state = useContext(SidebarStateContext);
  if (!state) throw new Error('The sidebar renders inside SidebarStateContext');
  return state;
}

/** The owner's current snapshot, rendering again whenever it changes. */
export function useSidebarSnapshot(state: SidebarState): SidebarSnapshot {
  const [snapshot, setSnapshot] = useState(() => state.get());
  useEffect(() => {
    setSnapshot(state.get());
    return state.subscribe(setSnapshot);
  }, [state]);
  return snapshot;
}
