// Reads and writes the view (filters, selection, camera) in the URL fragment, so that a view can be shared and reloaded.
import type { Stance } from '../../src/types.js';
import type { ViewFilters } from './filters.js';

/** The part of the view kept in the URL. */
export interface UrlState {
  readonly filters: ViewFilters;
  readonly selectedNode: string | null;
  readonly selectedEdge: string | null;
  readonly camera: { readonly x: number; readonly y: number; readonly ratio: number } | null;
}

/** Digits kept for camera coordinates: enough for the same picture, few enough for a short URL. */
const CAMERA_DIGITS = 4;

/**
 * The URL fragment (without `#`) of a view. Stances are written only when some are filtered out;
 * values are percent-encoded, so an IRI or a file name cannot break the fragment.
 */
export function formatUrlState(state: UrlState, allStances: readonly Stance[]): string {
  const params = new URLSearchParams();
  if (state.filters.party !== null) params.set('party', state.filters.party);
  if (!allStances.every((stance) => state.filters.stances.includes(stance))) {
    params.set('stances', allStances.filter((stance) => state.filters.stances.includes(stance)).join(','));
  }
  if (state.filters.article !== null) params.set('article', state.filters.article);
  if (state.filters.round !== null) params.set('round', state.filters.round);
  if (state.selectedNode !== null) params.set('node', state.selectedNode);
  if (state.selectedEdge !== null) params.set('edge', state.selectedEdge);
  if (state.camera !== null) {
    const { x, y, ratio } = state.camera;
    params.set('camera', [x, y, ratio].map((value) => Number(value.toFixed(CAMERA_DIGITS))).join(','));
  }
  return params.toString();
}

/** The view a URL fragment describes. Unknown stances, malformed cameras and unknown keys are ignored. */
export function parseUrlState(fragment: string, allStances: readonly Stance[]): UrlState {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const stancesParam = params.get('stances');
  const stances =
    stancesParam === null ? [...allStances] : allStances.filter((stance) => stancesParam.split(',').includes(stance));
  const cameraParts = (params.get('camera') ?? '').split(',').map(Number);
  const camera =
    cameraParts.length === 3 && cameraParts.every(Number.isFinite) && cameraParts[2]! > 0
      ? { x: cameraParts[0]!, y: cameraParts[1]!, ratio: cameraParts[2]! }
      : null;
  const text = (key: string) => {
    const value = params.get(key);
    return value === null || value === '' ? null : value;
  };
  return {
    filters: { party: text('party'), stances, article: text('article'), round: text('round') },
    selectedNode: text('node'),
    selectedEdge: text('edge'),
    camera,
  };
}
