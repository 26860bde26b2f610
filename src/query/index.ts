// The query module's public API: what callers read from a Parley graph.
export { getViewerData, type ViewerArticle, type ViewerData, type ViewerEdge, type ViewerNode, type ViewerParty, type ViewerQuote, type ViewerRound } from './viewer-data.js';
export {
  getMatrix,
  type MatrixCell,
  type MatrixClaim,
  type MatrixQuote,
  type MatrixStance,
  type MatrixStanding,
  type NegotiationMatrix,
  type PositionsMatrix,
} from './matrix.js';
export { getPositions, resolvePositionsOptions, DEFAULT_POSITIONS_OPTIONS, type Position, type PositionSource, type PositionsOptions } from './positions.js';
export { exportFacts, type Fact, type FactEntity, type FactEntityType, type FactSource, type FactsExport } from './facts.js';
export type { NodeRef } from './read-store.js';
export {
  countDifferences,
  diffGraphs,
  resolveDiffOptions,
  DEFAULT_DIFF_OPTIONS,
  type Change,
  type ClaimChange,
  type DiffArticle,
  type DiffClaim,
  type DiffNode,
  type DiffOptions,
  type GraphDiff,
  type NodeMerge,
  type NodeRename,
  type NodeSplit,
  type StanceChange,
} from './diff-graphs.js';
export {
  getTimeline,
  resolveTimelineOptions,
  DEFAULT_TIMELINE_OPTIONS,
  type Timeline,
  type TimelineChange,
  type TimelineChangeKind,
  type TimelineEntry,
  type TimelineOptions,
  type TimelineStep,
  type TimelineThread,
} from './timeline.js';
