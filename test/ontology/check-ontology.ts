// Checks that every parley: term a graph uses is declared in ontology/parley.ttl with a label and a comment; reusable on any graph.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DataFactory, type Quad, type Store, type Term } from 'n3';
import { OWL_TERMS, PARLEY, RDF, RDF_TERMS, RDFS_TERMS } from '../../src/rdf/namespaces.js';
import { readTurtle } from '../../src/rdf/turtle.js';

/** Path of the ontology in the repository. */
export const ONTOLOGY_PATH = fileURLToPath(new URL('../../ontology/parley.ttl', import.meta.url));

/** Reads ontology/parley.ttl into a store. */
export async function readOntology(): Promise<Store> {
  return readTurtle(await readFile(ONTOLOGY_PATH, 'utf8'), ONTOLOGY_PATH);
}

const CLASS_TYPES = new Set<string>([OWL_TERMS.Class, RDFS_TERMS.Class]);
const PROPERTY_TYPES = new Set<string>([
  OWL_TERMS.ObjectProperty,
  OWL_TERMS.DatatypeProperty,
  OWL_TERMS.AnnotationProperty,
  `${RDF}Property`,
]);

type Use = 'class' | 'property' | 'term';

/** How the graph uses each parley: IRI: as a class (object of rdf:type), a property (predicate) or another term. */
function parleyUses(graph: Store): Map<string, Set<Use>> {
  const uses = new Map<string, Set<Use>>();
  const note = (term: Term, use: Use): void => {
    if (term.termType !== 'NamedNode' || !term.value.startsWith(PARLEY)) return;
    const set = uses.get(term.value) ?? new Set<Use>();
    set.add(use);
    uses.set(term.value, set);
  };
  for (const q of graph.getQuads(null, null, null, null) as Quad[]) {
    note(q.subject, 'term');
    note(q.predicate, 'property');
    note(q.object, q.predicate.value === RDF_TERMS.type ? 'class' : 'term');
  }
  return uses;
}

function values(store: Store, subject: string, predicate: string): string[] {
  return store.getObjects(DataFactory.namedNode(subject), DataFactory.namedNode(predicate), null).map((term) => term.value);
}

/**
 * Problems with the parley: terms `graph` uses, one line each, sorted; empty when every term is declared in
 * `ontology` with an rdf:type of the right kind (class or property), an rdfs:label and an rdfs:comment.
 */
export function parleyTermProblems(graph: Store, ontology: Store): string[] {
  const problems: string[] = [];
  for (const [iri, uses] of parleyUses(graph)) {
    const types = values(ontology, iri, RDF_TERMS.type);
    if (types.length === 0) {
      problems.push(`${iri}: not declared`);
      continue;
    }
    if (uses.has('class') && !types.some((t) => CLASS_TYPES.has(t))) problems.push(`${iri}: used as a class but not declared as one`);
    if (uses.has('property') && !types.some((t) => PROPERTY_TYPES.has(t))) problems.push(`${iri}: used as a property but not declared as one`);
    if (values(ontology, iri, RDFS_TERMS.label).length === 0) problems.push(`${iri}: no rdfs:label`);
    if (values(ontology, iri, RDFS_TERMS.comment).length === 0) problems.push(`${iri}: no rdfs:comment`);
  }
  return problems.sort();
}
