/** The compiled index shipped inside the extension (written by `npm run incidents -- compile`). */
import data from '../../generated/index.json';
import type { IncidentIndex } from './types';

export const bundledIndex = data as unknown as IncidentIndex;
