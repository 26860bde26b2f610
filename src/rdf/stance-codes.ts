// CAMEO and PLOVER event codes of the four stances, written on every stance claim (docs/data-model.md).
import type { Stance } from '../types.js';

/** The event codes of one stance. */
export interface StanceCodes {
  /** Top-level CAMEO event code, two digits. */
  readonly cameo: string;
  /** PLOVER event type. */
  readonly plover: string;
}

/** Codes of each stance; ontology/parley.ttl states the same values on the stance properties. */
export const STANCE_CODES: Readonly<Record<Stance, StanceCodes>> = {
  demands: { cameo: '10', plover: 'REQUEST' },
  rejects: { cameo: '12', plover: 'REJECT' },
  proposes: { cameo: '03', plover: 'COOPERATE' },
  agrees: { cameo: '05', plover: 'AGREE' },
};
