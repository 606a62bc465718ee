import { useContext, useEffect, useState } from 'preact/hooks';
import type { CarryOverController, CarryOverState } from '@/utils/carry-over/controller';
import { CarryOverContext } from '../sidebar/context';

/**
 * The carry-over controller a component should use: the one passed in (tests), else the one the
 * sidebar hands down through context. Null when it is not running.
 */
export function useCarryOverController(given?: CarryOverController | null): CarryOverController | null {
  const fromContext = useContext(CarryOverContext);
  return given === undefined ? fromContext : given;
}

/** The carry-over's current state, re-rendering on every change. Null when it is not running. */
export function useCarryOverState(controller: CarryOverController | null) {
  const [state, setState] = useState<CarryOverState | null>(() => controller?.getState() ?? null);
  useEffect(() => {
    if (!controller) return;
    setState(controller.getState());
    return controller.subscribe(setState);
  }, [controller]);
  return state;
}
