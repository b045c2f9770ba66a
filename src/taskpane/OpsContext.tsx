/** Hands the workbook operations to the pane's hooks, so components never reach Excel themselves. */
import { createContext, useContext, type ReactNode } from 'react';
import type { KaopingOps } from './ops';

const OpsContext = createContext<KaopingOps | null>(null);

export function OpsProvider({ ops, children }: { ops: KaopingOps; children: ReactNode }) {
  return <OpsContext.Provider value={ops}>{children}</OpsContext.Provider>;
}

export function useOps(): KaopingOps {
  const ops = useContext(OpsContext);
  if (!ops) throw new Error('useOps needs an <OpsProvider> above it');
  return ops;
}
