// Validates a graph against Parley's SHACL shapes (ontology/shapes.ttl) and reports each violation in one readable line.
import { readFile } from 'node:fs/promises';
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { Parser, Store } from 'n3';
import { ValidationError } from '../errors.js';
import { packagePath } from '../package-root.js';
import { compactIri, SH } from './namespaces.js';
import { compareCodeUnits } from '../compare-code-units.js';

/** Options of validateGraph. */
export interface ValidateGraphOptions {
  /** Turtle file of SHACL shapes. */
  readonly shapesPath: string;
  /** Stop after this many violations: a badly broken graph of a million triples need not be listed whole. */
  readonly maxViolations: number;
}

export const DEFAULT_VALIDATE_GRAPH_OPTIONS: ValidateGraphOptions = {
  shapesPath: packagePath('ontology', 'shapes.ttl'),
  maxViolations: 1000,
};

/** Fills in defaults and fails early on values that cannot work. */
export function resolveValidateGraphOptions(partial: Partial<ValidateGraphOptions> = {}): ValidateGraphOptions {
  const options = { ...DEFAULT_VALIDATE_GRAPH_OPTIONS, ...partial };
  if (typeof options.shapesPath !== 'string' || options.shapesPath === '') {
    throw new Error(`validateGraph: shapesPath is empty. Expecting the path of a Turtle file but got ${JSON.stringify(options.shapesPath)}.`);
  }
  if (!Number.isInteger(options.maxViolations) || options.maxViolations < 1) {
    throw new Error(`validateGraph: maxViolations is not a positive integer. Expecting 1 or more but got ${options.maxViolations}.`);
  }
  return options;
}

/** One SHACL validation result. IRIs are compacted with the prefixes of namespaces.ts. */
export interface Violation {
  /** The node that does not conform, e.g. `id:claim/0123456789abcdef`. */
  readonly focusNode: string;
  /** The property path, e.g. `prov:wasDerivedFrom` or `oa:hasTarget/oa:hasSelector/oa:exact`; null for a whole-node constraint. */
  readonly path: string | null;
  /** The shape's sh:message, else the validator's own message. */
  readonly message: string;
  /** `Violation`, `Warning` or `Info`. */
  readonly severity: string;
  /** The offending value, when the constraint names one. */
  readonly value: string | null;
}

/** The outcome of validating a graph. */
export interface ValidationReport {
  readonly conforms: boolean;
  /** Sorted by focus node, path and message. */
  readonly violations: readonly Violation[];
}

/** `<focus node> <path>: <message>`, the form in which violations are printed. */
export function formatViolation(violation: Violation): string {
  return `${violation.focusNode}${violation.path === null ? '' : ` ${violation.path}`}: ${violation.message}`;
}

/** Parsed shapes, by path: the shapes file is read once per process. */
const shapesCache = new Map<string, Promise<Quad[]>>();

async function loadShapes(path: string): Promise<Quad[]> {
  let shapes = shapesCache.get(path);
  if (shapes === undefined) {
    shapes = readFile(path, 'utf8').then((text) => new Parser({ format: 'text/turtle' }).parse(text) as Quad[]);
    shapesCache.set(path, shapes);
    // A failed read is not cached, so that a later call can succeed once the file is there.
    shapes.catch(() => shapesCache.delete(path));
  }
  return shapes;
}

/**
 * Validates `graph` (an n3 Store or any RDF/JS DatasetCore) against the shapes.
 * Resolves to a report listing every violation (at most `maxViolations`), sorted so that the same graph always gives
 * the same report.
 */
export async function validateGraph(graph: DatasetCore, options: Partial<ValidateGraphOptions> = {}): Promise<ValidationReport> {
  const resolved = resolveValidateGraphOptions(options);
  // maxNodeChecks guards against recursive shapes, which Parley's are not; turned off, the engine keeps no counter per
  // focus node and shape, which saves a third of the memory on a graph of a million triples.
  const validatorOptions = { maxErrors: resolved.maxViolations, maxNodeChecks: 0 };
  // Loaded here: `parley build` checks its graph with check-graph.ts, which needs this module but not the engine.
  const { default: SHACLValidator } = await import('rdf-validate-shacl');
  const validator = new SHACLValidator(new Store(await loadShapes(resolved.shapesPath)), validatorOptions);
  const report = await validator.validate(graph);
  const violations = report.results.map((result) => ({
    focusNode: showTerm(result.focusNode),
    path: result.path === null ? null : showPath(result.dataset, result.path),
    message: result.message.map((term) => term.value).join('; ') || localName(result.sourceConstraintComponent),
    severity: localName(result.severity),
    value: result.value === null ? null : showTerm(result.value),
  }));
  // The validator checks maxErrors between constraints, so it may report a few more: keep the first ones.
  return { conforms: report.conforms, violations: sortViolations(violations).slice(0, resolved.maxViolations) };
}

/** Sorts violations in place by focus node, path, message and value, so that the same graph always gives the same report. */
export function sortViolations(violations: Violation[]): Violation[] {
  return violations.sort(
    (a, b) =>
      compareCodeUnits(a.focusNode, b.focusNode) || compareCodeUnits(a.path ?? '', b.path ?? '') || compareCodeUnits(a.message, b.message) || compareCodeUnits(a.value ?? '', b.value ?? ''),
  );
}

/** How many violations a ValidationError message lists before it says how many more there are. */
const LISTED_VIOLATIONS = 20;

/**
 * Validates `graph` and throws a ValidationError when it does not conform. The error's message lists the first
 * violations, one per line as `<focus node> <path>: <message>`; `error.violations` holds them all.
 */
export async function assertValidGraph(graph: DatasetCore, options: Partial<ValidateGraphOptions> = {}): Promise<void> {
  assertConforms(await validateGraph(graph, options));
}

/** Throws a ValidationError listing the report's violations unless the graph conforms. */
export function assertConforms(report: ValidationReport): void {
  if (report.conforms) return;
  const lines = report.violations.map(formatViolation);
  const more = lines.length > LISTED_VIOLATIONS ? `\n  … and ${lines.length - LISTED_VIOLATIONS} more` : '';
  throw new ValidationError(
    `the graph does not conform to Parley's shapes (${lines.length} violation${lines.length === 1 ? '' : 's'}):\n  ${lines.slice(0, LISTED_VIOLATIONS).join('\n  ')}${more}`,
    lines,
  );
}


function localName(term: Term | null): string {
  if (term === null) return '';
  return term.value.slice(Math.max(term.value.lastIndexOf('#'), term.value.lastIndexOf('/')) + 1);
}

function showTerm(term: Term): string {
  if (term.termType === 'NamedNode') return compactIri(term.value);
  if (term.termType === 'Literal') return JSON.stringify(term.value);
  return `_:${term.value}`;
}

const RDF_FIRST = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#first';
const RDF_REST = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#rest';

function objectOf(dataset: DatasetCore, subject: Term, predicate: string): Term | undefined {
  for (const quad of dataset.match(subject as Quad['subject'])) if (quad.predicate.value === predicate) return quad.object;
  return undefined;
}

/** A SHACL property path in SPARQL's notation: `a/b` for a sequence, `^a` for an inverse path. */
function showPath(dataset: DatasetCore, path: Term): string {
  if (path.termType !== 'BlankNode') return showTerm(path);
  const inverse = objectOf(dataset, path, `${SH}inversePath`);
  if (inverse !== undefined) return `^${showPath(dataset, inverse)}`;
  const steps: string[] = [];
  for (let node: Term | undefined = path; node !== undefined && node.termType === 'BlankNode'; node = objectOf(dataset, node, RDF_REST)) {
    const first = objectOf(dataset, node, RDF_FIRST);
    if (first === undefined) break;
    steps.push(showPath(dataset, first));
  }
  return steps.length > 0 ? steps.join('/') : showTerm(path);
}
