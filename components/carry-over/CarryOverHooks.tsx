import { useEffect, useState } from 'preact/hooks';
import { type CarryOverController, type CarryOverState, carryOverController } from '@/utils/carry-over';

/** The carry-over's current state, re-rendering on every change. Null when it is not running. */
export function useCarryOverState(controller: CarryOverController | null = carryOverController()) {
  const [state, setState] = useState<CarryOverState | null>(() => controller?.getState() ?? null);
  useEffect(() => {
    if (!controller) return;
    setState(controller.getState());
    return controller.subscribe(setState);
  }, [controller]);
  return state;
}
