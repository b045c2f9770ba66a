import type { WorkbookInput } from './cells';
import type { Assessment, RoleOverrides } from './types';

export interface AssessOptions {
  /** The clerk's choice of sheet for a role, overriding detection. */
  readonly roles?: RoleOverrides;
  /** Called as checking and scoring go on. */
  readonly progress?: (stage: 'checking' | 'scoring', done: number, total: number) => void;
}

export function assess(_input: WorkbookInput, _options: AssessOptions = {}): Assessment {
  throw new Error('engine under construction');
}
