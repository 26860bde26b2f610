// Checks the constraints of ontology/shapes.ttl directly on quads, in linear time, without a SHACL engine.
import type { Quad, Term } from '@rdfjs/types';
import { termToId, type Term as N3Term } from 'n3';
import { compactIri, PREFIXES } from './namespaces.js';
import { sortViolations, type ValidationReport, type Violation } from './validate-graph.js';
import { appendTo } from '../group-by.js';

/**
 * One property shape of shapes.ttl. `path` is a compact IRI, a sequence `a/b/c`, or an inverse `^a`; every other field
 * is the SHACL constraint of the same name. `classes` holds one class, or the alternatives of an `sh:or` of classes.
 */
interface PropertyRule {
  readonly path: string;
  readonly message: string;
  readonly minCount?: number;
  readonly maxCount?: number;
  readonly datatype?: string;
  readonly minLength?: number;
  readonly minInclusive?: number;
  readonly maxInclusive?: number;
  readonly classes?: readonly string[];
  readonly hasValue?: string;
  readonly in?: readonly string[];
  readonly nodeKindIri?: boolean;
  readonly equals?: string;
  readonly lessThan?: string;
}

/** One node shape: its targets, the node constraint without a path (if any), its property shapes. */
interface NodeRule {
  readonly targetClasses?: readonly string[];
  readonly targetSubjectsOf?: readonly string[];
  /** The focus must be an IRI (sh:nodeKind sh:IRI). */
  readonly nodeKindIri?: boolean;
  /** A constraint on the node itself (sh:or, sh:xone), with the shape's message. */
  readonly node?: { readonly holds: (focus: Term, graph: Index) => boolean; readonly message: string };
  readonly properties: readonly PropertyRule[];
}

const STANCE_CODES: readonly (readonly [string, string, string])[] = [
  ['parley:demands', '10', 'REQUEST'],
  ['parley:rejects', '12', 'REJECT'],
  ['parley:proposes', '03', 'COOPERATE'],
  ['parley:agrees', '05', 'AGREE'],
];
const OTHER_PREDICATES = ['parley:leads', 'parley:role', 'parley:memberOf', 'parley:heldIn', 'parley:mediates'];
const STRING = 'xsd:string';
const DECIMAL = 'xsd:decimal';
const INTEGER = 'xsd:integer';
const DATE = 'xsd:date';
const POSITIVE_INTEGER = 'xsd:positiveInteger';

/** A string property that may appear once. */
const atMostOneString = (path: string, message: string): PropertyRule => ({ path, maxCount: 1, datatype: STRING, message });
/** A date property that may appear once, with the message shapes.ttl gives every such property. */
const atMostOneDate = (path: string): PropertyRule => ({ path, maxCount: 1, datatype: DATE, message: `has more than one ${path}, or one that is not an xsd:date` });
/** A confidence: exactly one xsd:decimal in [0, 1]. */
const confidence: PropertyRule = {
  path: 'parley:confidence',
  minCount: 1,
  maxCount: 1,
  datatype: DECIMAL,
  minInclusive: 0,
  maxInclusive: 1,
  message: 'needs exactly one parley:confidence, an xsd:decimal between 0 and 1',
};
/** `rdf:type` must include `type`. */
const isA = (type: string, message: string): PropertyRule => ({ path: 'rdf:type', hasValue: type, message });

/** The shapes of ontology/shapes.ttl, one entry per node shape, in the order of the file. */
const RULES: readonly NodeRule[] = [
  {
    targetClasses: ['Party', 'Person', 'Delegation', 'Place', 'Talks', 'Organization', 'Office', 'Topic'].map((c) => `parley:${c}`),
    nodeKindIri: true,
    properties: [
      { path: 'rdfs:label', minCount: 1, maxCount: 1, datatype: STRING, minLength: 1, message: 'needs exactly one rdfs:label, a non-empty string' },
      { path: 'skos:altLabel', datatype: STRING, message: 'an alias (skos:altLabel) must be a string' },
      { path: 'parley:party', maxCount: 1, classes: ['parley:Party'], message: 'parley:party must name one parley:Party' },
    ],
  },
  {
    targetSubjectsOf: STANCE_CODES.map(([predicate]) => predicate),
    node: {
      holds: (focus, graph) => graph.hasType(focus, expand('parley:Party')) || graph.values(focus, expand('parley:party')).length > 0 || graph.values(focus, expand('parley:mediates')).length > 0,
      message: 'takes a stance (demands, rejects, proposes or agrees) but is not a parley:Party, has no parley:party link and mediates nothing',
    },
    properties: [
      { path: 'parley:demands', classes: ['parley:Topic'], message: 'what it demands must be a parley:Topic' },
      { path: 'parley:rejects', classes: ['parley:Topic'], message: 'what it rejects must be a parley:Topic' },
      { path: 'parley:proposes', classes: ['parley:Topic'], message: 'what it proposes must be a parley:Topic' },
      { path: 'parley:agrees', classes: ['parley:Topic'], message: 'what it agrees to must be a parley:Topic' },
    ],
  },
  {
    targetSubjectsOf: ['parley:leads'],
    properties: [
      isA('parley:Person', 'leads something but is not a parley:Person'),
      { path: 'parley:leads', classes: ['parley:Delegation', 'parley:Party'], message: 'leads must name a parley:Delegation or a parley:Party' },
    ],
  },
  {
    targetSubjectsOf: ['parley:role'],
    properties: [isA('parley:Person', 'holds a role but is not a parley:Person'), { path: 'parley:role', classes: ['parley:Office'], message: 'role must name a parley:Office' }],
  },
  {
    targetSubjectsOf: ['parley:memberOf'],
    properties: [
      isA('parley:Person', 'is a member of a party but is not a parley:Person'),
      { path: 'parley:memberOf', classes: ['parley:Party'], message: 'memberOf must name a parley:Party' },
    ],
  },
  {
    targetSubjectsOf: ['parley:heldIn'],
    properties: [isA('parley:Talks', 'is held somewhere but is not parley:Talks'), { path: 'parley:heldIn', classes: ['parley:Place'], message: 'heldIn must name a parley:Place' }],
  },
  {
    targetClasses: ['parley:Talks'],
    properties: [
      atMostOneDate('schema:startDate'),
      atMostOneDate('schema:endDate'),
      { path: 'parley:ordinal', maxCount: 1, datatype: POSITIVE_INTEGER, message: 'has more than one parley:ordinal, or one that is not an xsd:positiveInteger' },
      { path: 'schema:attendee', classes: ['parley:Party'], message: 'an attendee (schema:attendee) of talks must be a parley:Party' },
    ],
  },
  {
    targetSubjectsOf: ['parley:mediates'],
    node: {
      holds: (focus, graph) => ['parley:Party', 'parley:Person', 'parley:Organization'].some((type) => graph.hasType(focus, expand(type))),
      message: 'mediates talks but is not a parley:Party, parley:Person or parley:Organization',
    },
    properties: [{ path: 'parley:mediates', classes: ['parley:Talks'], message: 'mediates must name parley:Talks' }],
  },
  {
    targetClasses: ['parley:Claim'],
    nodeKindIri: true,
    properties: [
      isA('rdf:Statement', 'a claim must also be an rdf:Statement'),
      { path: 'rdf:subject', minCount: 1, maxCount: 1, nodeKindIri: true, message: 'needs exactly one rdf:subject, an entity IRI' },
      {
        path: 'rdf:predicate',
        minCount: 1,
        maxCount: 1,
        in: [...OTHER_PREDICATES.slice(0, 3), ...STANCE_CODES.map(([predicate]) => predicate), ...OTHER_PREDICATES.slice(3)],
        message: "needs exactly one rdf:predicate, one of Parley's nine predicates",
      },
      { path: 'rdf:object', minCount: 1, maxCount: 1, nodeKindIri: true, message: 'needs exactly one rdf:object, an entity IRI' },
      confidence,
      { path: 'parley:articleCount', minCount: 1, maxCount: 1, datatype: INTEGER, minInclusive: 1, message: 'needs exactly one parley:articleCount, an xsd:integer of at least 1' },
      { path: 'parley:outletCount', minCount: 1, maxCount: 1, datatype: INTEGER, minInclusive: 1, message: 'needs exactly one parley:outletCount, an xsd:integer of at least 1' },
      {
        path: 'prov:wasDerivedFrom',
        minCount: 1,
        classes: ['parley:Mention'],
        message: 'has no source: a claim needs at least one prov:wasDerivedFrom link to a parley:Mention',
      },
      atMostOneString('parley:cameoCode', 'has more than one parley:cameoCode, or one that is not a string'),
      atMostOneString('parley:ploverCode', 'has more than one parley:ploverCode, or one that is not a string'),
      { path: 'parley:atRound', classes: ['parley:Talks'], message: 'parley:atRound must name parley:Talks' },
      atMostOneDate('parley:earliestDate'),
      atMostOneDate('parley:latestDate'),
    ],
  },
  {
    targetClasses: ['parley:Claim'],
    node: { holds: stanceCodesMatch, message: 'stance codes do not match the predicate: a stance claim needs its parley:cameoCode and parley:ploverCode, other claims have none' },
    properties: [],
  },
  {
    targetClasses: ['parley:InferredClaim'],
    properties: [
      {
        path: 'prov:wasDerivedFrom',
        classes: ['parley:InferredMention'],
        message: 'an inferred claim is stated by no article: each mention it was derived from must be a parley:InferredMention',
      },
    ],
  },
  {
    targetClasses: ['parley:Claim'],
    node: {
      holds: (focus, graph) =>
        graph.hasType(focus, expand('parley:InferredClaim')) || graph.values(focus, expand('prov:wasDerivedFrom')).some((mention) => !graph.hasType(mention, expand('parley:InferredMention'))),
      message: 'no mention states this claim: it needs a mention that is not a parley:InferredMention, or to be a parley:InferredClaim',
    },
    properties: [],
  },
  {
    targetClasses: ['parley:Mention'],
    nodeKindIri: true,
    properties: [
      isA('oa:Annotation', 'a mention must also be an oa:Annotation'),
      {
        path: 'oa:motivatedBy',
        minCount: 1,
        maxCount: 1,
        in: ['oa:describing', 'oa:identifying'],
        message: 'needs exactly one oa:motivatedBy: oa:describing, or oa:identifying for a parley:InferredMention',
      },
      { path: 'oa:hasBody', minCount: 1, maxCount: 1, classes: ['parley:Claim'], message: 'needs exactly one oa:hasBody, the parley:Claim it states' },
      {
        path: '^prov:wasDerivedFrom',
        equals: 'oa:hasBody',
        message: 'the claim of oa:hasBody must list this mention with prov:wasDerivedFrom, and no other claim may',
      },
      { path: 'oa:hasTarget', minCount: 1, maxCount: 1, classes: ['oa:SpecificResource'], message: 'needs exactly one oa:hasTarget, an oa:SpecificResource' },
      { path: 'prov:wasQuotedFrom', minCount: 1, maxCount: 1, classes: ['parley:Article'], message: 'needs exactly one prov:wasQuotedFrom, the parley:Article it quotes' },
      { path: 'oa:hasTarget/oa:hasSource', equals: 'prov:wasQuotedFrom', message: 'the oa:hasSource of its target must be the article of prov:wasQuotedFrom' },
      {
        path: 'oa:hasTarget/oa:hasSelector/oa:exact',
        minCount: 1,
        maxCount: 1,
        datatype: STRING,
        minLength: 1,
        message: 'has no quote: its target needs one oa:TextQuoteSelector with a non-empty oa:exact',
      },
      {
        path: 'oa:hasTarget/oa:hasSelector/oa:start',
        minCount: 1,
        maxCount: 1,
        message: 'has no position: its target needs one oa:TextPositionSelector with oa:start and oa:end',
      },
      { path: 'parley:rule', minCount: 1, maxCount: 1, datatype: STRING, message: 'needs exactly one parley:rule, the name of the extraction rule' },
      confidence,
      atMostOneString('parley:attribution', 'has more than one parley:attribution, or one that is not a string'),
      { path: 'parley:hedged', maxCount: 1, datatype: 'xsd:boolean', message: 'has more than one parley:hedged, or one that is not an xsd:boolean' },
      atMostOneDate('dcterms:date'),
      { path: 'parley:atRound', maxCount: 1, classes: ['parley:Talks'], message: 'has more than one parley:atRound, or one that is not parley:Talks' },
    ],
  },
  {
    targetClasses: ['parley:Mention'],
    node: { holds: motivationMatches, message: 'a mention is motivated by oa:describing, or by oa:identifying when it is a parley:InferredMention' },
    properties: [],
  },
  {
    targetClasses: ['oa:SpecificResource'],
    properties: [{ path: 'oa:hasSource', minCount: 1, maxCount: 1, classes: ['parley:Article'], message: 'needs exactly one oa:hasSource, a parley:Article' }],
  },
  {
    targetClasses: ['oa:TextQuoteSelector'],
    properties: [
      { path: 'oa:exact', minCount: 1, maxCount: 1, datatype: STRING, minLength: 1, message: 'needs exactly one oa:exact, the quoted text' },
      atMostOneString('oa:prefix', 'has more than one oa:prefix, or one that is not a string'),
      atMostOneString('oa:suffix', 'has more than one oa:suffix, or one that is not a string'),
    ],
  },
  {
    targetClasses: ['oa:TextPositionSelector'],
    properties: [
      {
        path: 'oa:start',
        minCount: 1,
        maxCount: 1,
        datatype: INTEGER,
        minInclusive: 0,
        lessThan: 'oa:end',
        message: 'needs exactly one oa:start, an xsd:integer of at least 0 and less than oa:end',
      },
      { path: 'oa:end', minCount: 1, maxCount: 1, datatype: INTEGER, message: 'needs exactly one oa:end, an xsd:integer' },
      atMostOneString('parley:offsetUnit', 'has more than one parley:offsetUnit, or one that is not a string'),
    ],
  },
  {
    targetClasses: ['parley:Article'],
    nodeKindIri: true,
    properties: [
      isA('schema:NewsArticle', 'an article must also be a schema:NewsArticle'),
      { path: 'parley:fileName', minCount: 1, maxCount: 1, datatype: STRING, minLength: 1, message: 'needs exactly one parley:fileName, a non-empty string' },
      atMostOneString('schema:headline', 'has more than one schema:headline, or one that is not a string'),
      { path: 'schema:text', minCount: 1, maxCount: 1, datatype: STRING, message: 'needs exactly one schema:text, the string the offsets of its mentions count into' },
      atMostOneString('schema:publisher', 'has more than one schema:publisher, or one that is not a string'),
      atMostOneDate('schema:datePublished'),
      { path: 'schema:url', maxCount: 1, nodeKindIri: true, message: 'has more than one schema:url, or one that is not an IRI' },
    ],
  },
  {
    targetClasses: ['parley:Issue'],
    nodeKindIri: true,
    properties: [
      { path: 'skos:prefLabel', minCount: 1, maxCount: 1, datatype: STRING, minLength: 1, message: 'needs exactly one skos:prefLabel, a non-empty string' },
      { path: 'skos:inScheme', minCount: 1, classes: ['skos:ConceptScheme'], message: 'needs skos:inScheme, the skos:ConceptScheme of the issues' },
    ],
  },
  {
    targetClasses: ['parley:Topic'],
    properties: [
      { path: 'skos:broader', maxCount: 1, classes: ['parley:Issue'], message: 'a topic is under one issue at most: its skos:broader must name one parley:Issue' },
    ],
  },
  {
    targetClasses: ['parley:Negotiation'],
    nodeKindIri: true,
    properties: [
      { path: 'parley:side', minCount: 2, classes: ['parley:Party'], message: 'needs two parley:side or more, each a parley:Party' },
      { path: 'parley:atTable', minCount: 1, classes: ['parley:Party'], message: 'needs one parley:atTable or more, each a parley:Party' },
      { path: 'parley:reportedIn', minCount: 1, classes: ['parley:Article'], message: 'needs one parley:reportedIn or more, each a parley:Article' },
    ],
  },
  {
    targetClasses: ['parley:StickingPoint', 'parley:CommonGround', 'parley:OpenItem'],
    nodeKindIri: true,
    properties: [
      {
        path: 'parley:negotiation',
        minCount: 1,
        maxCount: 1,
        classes: ['parley:Negotiation'],
        message: 'needs exactly one parley:negotiation, a parley:Negotiation',
      },
      {
        path: 'parley:about',
        minCount: 1,
        maxCount: 1,
        classes: ['parley:Topic', 'parley:Issue'],
        message: 'needs exactly one parley:about, a parley:Topic or a parley:Issue',
      },
      { path: 'parley:claim', minCount: 1, classes: ['parley:Claim'], message: 'needs one parley:claim or more, each a parley:Claim' },
    ],
  },
  {
    targetClasses: ['parley:ContestedClaim'],
    properties: [
      {
        path: 'parley:contradicts',
        minCount: 1,
        classes: ['parley:ContestedClaim'],
        message: 'a contested claim needs parley:contradicts, naming another parley:ContestedClaim',
      },
    ],
  },
];

/** StanceCodeShape's sh:xone: exactly one of the five alternatives holds. */
function stanceCodesMatch(focus: Term, graph: Index): boolean {
  const predicates = graph.values(focus, expand('rdf:predicate'));
  const cameo = graph.values(focus, expand('parley:cameoCode'));
  const plover = graph.values(focus, expand('parley:ploverCode'));
  const has = (values: readonly Term[], value: string, literal: boolean): boolean =>
    values.some((term) => term.value === value && term.termType === (literal ? 'Literal' : 'NamedNode') && (!literal || isOfDatatype(term, XSD_STRING)));
  const stances = STANCE_CODES.filter(([predicate, cameoCode, ploverCode]) => has(predicates, expand(predicate), false) && has(cameo, cameoCode, true) && has(plover, ploverCode, true));
  const others = OTHER_PREDICATES.map(expand);
  const other = predicates.every((term) => term.termType === 'NamedNode' && others.includes(term.value)) && cameo.length === 0 && plover.length === 0;
  return stances.length + (other ? 1 : 0) === 1;
}

/** MotivationShape's sh:xone: an inferred mention identifies, any other describes (exactly one alternative holds). */
function motivationMatches(focus: Term, graph: Index): boolean {
  const motivated = (value: string) => graph.values(focus, expand('oa:motivatedBy')).some((term) => term.termType === 'NamedNode' && term.value === expand(value));
  const inferred = graph.hasType(focus, expand('parley:InferredMention'));
  return (inferred && motivated('oa:identifying') ? 1 : 0) + (!inferred && motivated('oa:describing') ? 1 : 0) === 1;
}

/** IRIs of the compact names of the rules: a fixed vocabulary, so the table stays as small as the shapes. */
const EXPANDED = new Map<string, string>();

/** The IRI of a compact name such as `parley:Claim`. */
function expand(compact: string): string {
  let iri = EXPANDED.get(compact);
  if (iri === undefined) {
    const colon = compact.indexOf(':');
    const namespace = PREFIXES[compact.slice(0, colon)];
    if (namespace === undefined) throw new Error(`checkGraph: unknown prefix in ${compact}`);
    iri = namespace + compact.slice(colon + 1);
    EXPANDED.set(compact, iri);
  }
  return iri;
}

/** Lexical forms that the XSD datatypes of the shapes accept. */
const LEXICAL_FORMS: Readonly<Record<string, RegExp>> = {
  [expand(INTEGER)]: /^[+-]?\d+$/,
  [expand(POSITIVE_INTEGER)]: /^\+?0*[1-9]\d*$/,
  [expand(DECIMAL)]: /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/,
  [expand('xsd:boolean')]: /^(?:true|false|1|0)$/,
  [expand(DATE)]: /^-?\d{4,}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:Z|[+-]\d{2}:\d{2})?$/,
};

const XSD_STRING = expand(STRING);
const XSD_INTEGER = expand(INTEGER);
const XSD_DECIMAL = expand(DECIMAL);

/** sh:datatype: a literal of the datatype `iri` (no language tag) whose lexical form is valid for it. */
function isOfDatatype(term: Term, iri: string): boolean {
  if (term.termType !== 'Literal') return false;
  // Read from the literal's key, `"form"`, `"form"@tag` or `"form"^^datatype`: n3 parses it again for each of the
  // datatype, the language and the form, and makes a term of the datatype.
  const key = termKey(term);
  const close = key.lastIndexOf('"');
  if (close === key.length - 1 ? iri !== XSD_STRING : !key.startsWith('^^', close + 1) || key.length - close - 3 !== iri.length || !key.endsWith(iri)) return false;
  return LEXICAL_FORMS[iri]?.test(key.slice(1, close)) ?? true;
}

/** The number a numeric literal stands for, else undefined. */
function numberOf(term: Term): number | undefined {
  if (term.termType !== 'Literal' || !(isOfDatatype(term, XSD_INTEGER) || isOfDatatype(term, XSD_DECIMAL))) return undefined;
  return Number(term.value);
}

/** A class constraint that failed on a node of another part: checked again once every part is in. */
interface LaterClassCheck {
  readonly value: Term;
  readonly classes: readonly string[];
  readonly report: () => void;
}

/**
 * The objects of one subject and predicate: the one term, or the terms by key. Most have one, and a graph's entities
 * would take a map for each of their labels, types and links.
 */
type Objects = Term | Map<string, Term>;

/** Whether the objects hold the term of `key`. */
function holds(objects: Objects | undefined, key: string): boolean {
  return objects instanceof Map ? objects.has(key) : objects !== undefined && termKey(objects) === key;
}

/** The path of a property rule: the IRIs of its steps, or DERIVED_BY for `^prov:wasDerivedFrom`, its one inverse path. */
type CheckedPath = readonly string[] | typeof DERIVED_BY;
const DERIVED_BY = Symbol('^prov:wasDerivedFrom');

/**
 * A property rule with the IRIs it names expanded: the rules are read for every node of a graph, hundreds of
 * thousands of times, and expanding a compact IRI is a look-up each time.
 */
interface CheckedProperty {
  readonly rule: PropertyRule;
  readonly path: CheckedPath;
  readonly datatype: string | undefined;
  readonly hasValue: string | undefined;
  readonly in: readonly string[] | undefined;
  readonly equals: string | undefined;
  readonly lessThan: string | undefined;
  readonly classes: readonly string[] | undefined;
}

/** A node rule with its property rules ready to check (see CheckedProperty). */
interface CheckedNodeRule {
  readonly rule: NodeRule;
  readonly properties: readonly CheckedProperty[];
}

/** The rule with its IRIs expanded; throws on an inverse path other than the one the checker indexes. */
function checkedProperty(rule: PropertyRule): CheckedProperty {
  if (rule.path.startsWith('^') && rule.path !== '^prov:wasDerivedFrom') throw new Error(`checkGraph: no index for the inverse path ${rule.path}`);
  const expanded = (compact: string | undefined): string | undefined => (compact === undefined ? undefined : expand(compact));
  return {
    rule,
    path: rule.path.startsWith('^') ? DERIVED_BY : rule.path.split('/').map(expand),
    datatype: expanded(rule.datatype),
    hasValue: expanded(rule.hasValue),
    in: rule.in?.map(expand),
    equals: expanded(rule.equals),
    lessThan: expanded(rule.lessThan),
    classes: rule.classes?.map(expand),
  };
}

/**
 * The quads by subject and predicate, and the subjects of prov:wasDerivedFrom by object (for the one inverse path).
 * The index of one part may fall back on the index of the nodes shared by all parts, for the nodes it does not hold.
 */
class Index {
  // Values keyed by term, so that a claim with thousands of sources is indexed in linear time, duplicates dropped.
  private readonly bySubject = new Map<string, Map<string, Objects>>();
  private readonly derivedBy = new Map<string, Map<string, Term>>();
  private readonly typeIri = expand('rdf:type');
  private readonly derivedIri = expand('prov:wasDerivedFrom');
  /** Nodes by the IRI of their term: subjects and objects alike. */
  readonly terms = new Map<string, Term>();

  constructor(
    private readonly shared?: Index,
    private readonly later?: LaterClassCheck[],
    /** Types of nodes of parts already checked and dropped, that shared nodes may refer to (claims). */
    private readonly partTypes?: ReadonlyMap<string, ReadonlySet<string>>,
  ) {}

  add(quad: Quad): void {
    const key = termKey(quad.subject);
    this.terms.set(key, quad.subject);
    let predicates = this.bySubject.get(key);
    if (predicates === undefined) this.bySubject.set(key, (predicates = new Map()));
    const objects = predicates.get(quad.predicate.value);
    const objectKey = termKey(quad.object);
    if (objects === undefined) predicates.set(quad.predicate.value, quad.object);
    else if (objects instanceof Map) objects.set(objectKey, quad.object);
    else if (termKey(objects) !== objectKey) predicates.set(quad.predicate.value, new Map([[termKey(objects), objects], [objectKey, quad.object]]));
    if (quad.predicate.value === this.derivedIri) {
      let subjects = this.derivedBy.get(termKey(quad.object));
      if (subjects === undefined) this.derivedBy.set(termKey(quad.object), (subjects = new Map()));
      subjects.set(key, quad.subject);
    }
  }

  /** The triples of the node of `key`, from this index or else the shared one. */
  private predicates(key: string): Map<string, Objects> | undefined {
    return this.bySubject.get(key) ?? this.shared?.bySubject.get(key);
  }

  /** The values of the property `iri` on `node`. */
  values(node: Term, iri: string): readonly Term[] {
    const objects = this.predicates(termKey(node))?.get(iri);
    return objects === undefined ? [] : objects instanceof Map ? [...objects.values()] : [objects];
  }

  /** Whether `node` is of the class `iri`. */
  hasType(node: Term, iri: string): boolean {
    const key = termKey(node);
    return holds(this.predicates(key)?.get(this.typeIri), iri) || (this.partTypes?.get(key)?.has(iri) ?? false);
  }

  /**
   * sh:class with alternatives (IRIs): `report` unless `value` is of one of `classes`. On a node of another part, which
   * a later part may still type, a failure is only reported when it still fails once every part is in.
   */
  checkClass(value: Term, classes: readonly string[], report: () => void): void {
    if (classes.some((type) => this.hasType(value, type))) return;
    if (this.later !== undefined && !this.bySubject.has(termKey(value))) this.later.push({ value, classes, report });
    else report();
  }

  /** The distinct values reached from `node` along a path (see CheckedPath). */
  pathValues(node: Term, path: CheckedPath): readonly Term[] {
    if (path === DERIVED_BY) {
      const key = termKey(node);
      return [...(this.derivedBy.get(key)?.values() ?? []), ...(this.shared?.derivedBy.get(key)?.values() ?? [])];
    }
    // A path of one step needs no merging: the values of one node are distinct already.
    if (path.length === 1) return this.values(node, path[0]!);
    let nodes: readonly Term[] = [node];
    for (const step of path) {
      const next = new Map<string, Term>();
      for (const from of nodes) for (const value of this.values(from, step)) next.set(termKey(value), value);
      nodes = [...next.values()];
    }
    return nodes;
  }

  /**
   * Each subject with the rules that target it (in the order of `targets`): instances of their target classes, subjects
   * of their target predicates. Looked up from the subject's few types and predicates, not tried rule by rule.
   */
  *focusNodes(targets: TargetIndex): Generator<[Term, readonly CheckedNodeRule[]]> {
    for (const [key, byPredicate] of this.bySubject) {
      const numbers: number[] = [];
      const types = byPredicate.get(this.typeIri);
      const typeKeys = types === undefined ? [] : types instanceof Map ? types.keys() : [termKey(types)];
      for (const type of typeKeys) for (const number of targets.ofClass.get(type) ?? []) numbers.push(number);
      for (const predicate of byPredicate.keys()) for (const number of targets.ofPredicate.get(predicate) ?? []) numbers.push(number);
      const term = this.terms.get(key);
      if (term === undefined || numbers.length === 0) continue;
      // Subjects of a kind share one list of rules: a graph has hundreds of thousands of subjects, of a few kinds.
      const kind = numbers.sort((a, b) => a - b).join();
      let rules = targets.byKind.get(kind);
      if (rules === undefined) targets.byKind.set(kind, (rules = [...new Set(numbers)].map((number) => targets.rules[number]!)));
      yield [term, rules];
    }
  }
}

/** One key per RDF term, so that a literal never meets an IRI of the same text: n3's id, which its terms hold. */
function termKey(term: Term): string {
  return termToId(term as N3Term);
}

function showTerm(term: Term): string {
  if (term.termType === 'NamedNode') return compactIri(term.value);
  if (term.termType === 'Literal') return JSON.stringify(term.value);
  return `_:${term.value}`;
}

/** Reports a violation of a rule: its path (null for the node itself), its message, the value at fault (if any). */
type Report = (path: string | null, message: string, value: Term | null) => void;

/** The violations of one property rule on one focus node. */
function checkProperty(focus: Term, checked: CheckedProperty, graph: Index, report: Report): void {
  const { rule } = checked;
  const { path, message } = rule;
  const values = graph.pathValues(focus, checked.path);
  if (rule.minCount !== undefined && values.length < rule.minCount) report(path, message, null);
  if (rule.maxCount !== undefined && values.length > rule.maxCount) report(path, message, null);
  const { hasValue, equals, lessThan, datatype, classes } = checked;
  if (hasValue !== undefined && !values.some((v) => v.termType === 'NamedNode' && v.value === hasValue)) report(path, message, null);
  if (equals !== undefined) {
    const others = graph.values(focus, equals);
    for (const value of values) if (!others.some((o) => o.equals(value))) report(path, message, value);
    for (const other of others) if (!values.some((v) => v.equals(other))) report(path, message, other);
  }
  const bounds = lessThan === undefined ? undefined : graph.values(focus, lessThan);
  // Most rules compare no numbers, and reading a literal's datatype costs more than the rest of the checks.
  const numeric = rule.minInclusive !== undefined || rule.maxInclusive !== undefined || (bounds !== undefined && bounds.length > 0);
  for (const value of values) {
    if (datatype !== undefined && !isOfDatatype(value, datatype)) report(path, message, value);
    if (rule.nodeKindIri && value.termType !== 'NamedNode') report(path, message, value);
    if (rule.minLength !== undefined && (value.termType === 'BlankNode' || value.value.length < rule.minLength)) report(path, message, value);
    const number = numeric ? numberOf(value) : undefined;
    if (rule.minInclusive !== undefined && !(number !== undefined && number >= rule.minInclusive)) report(path, message, value);
    if (rule.maxInclusive !== undefined && !(number !== undefined && number <= rule.maxInclusive)) report(path, message, value);
    if (classes !== undefined) graph.checkClass(value, classes, () => report(path, message, value));
    if (checked.in !== undefined && !(value.termType === 'NamedNode' && checked.in.includes(value.value))) report(path, message, value);
    for (const bound of bounds ?? []) {
      const limit = numberOf(bound);
      if (!(number !== undefined && limit !== undefined && number < limit)) report(path, message, value);
    }
  }
}

/** Options of checkGraph. */
export interface CheckGraphOptions {
  /** Stop listing after this many violations. */
  readonly maxViolations: number;
}

export const DEFAULT_CHECK_GRAPH_OPTIONS: CheckGraphOptions = { maxViolations: 1000 };

/** Fills in defaults and fails early on values that cannot work. */
export function resolveCheckGraphOptions(partial: Partial<CheckGraphOptions> = {}): CheckGraphOptions {
  const options = { ...DEFAULT_CHECK_GRAPH_OPTIONS, ...partial };
  if (!Number.isInteger(options.maxViolations) || options.maxViolations < 1) {
    throw new Error(`checkGraph: maxViolations is not a positive integer. Expecting 1 or more but got ${options.maxViolations}.`);
  }
  return options;
}

/**
 * The rules, and the numbers of those that target instances of each class and subjects of each predicate (IRIs); the
 * rules of each kind of subject (the sorted numbers of the rules that target it, joined), as subjects are met.
 */
interface TargetIndex {
  readonly rules: readonly CheckedNodeRule[];
  readonly ofClass: ReadonlyMap<string, readonly number[]>;
  readonly ofPredicate: ReadonlyMap<string, readonly number[]>;
  readonly byKind: Map<string, readonly CheckedNodeRule[]>;
}

/** The rules with their targets expanded, once: a graph is checked in thousands of parts. */
const TARGETS: TargetIndex = {
  rules: RULES.map((rule) => ({ rule, properties: rule.properties.map(checkedProperty) })),
  ofClass: ruleNumbers((rule) => rule.targetClasses),
  ofPredicate: ruleNumbers((rule) => rule.targetSubjectsOf),
  byKind: new Map(),
};

/** The numbers of the rules by each of the IRIs `iris` gives (compact) for them. */
function ruleNumbers(iris: (rule: NodeRule) => readonly string[] | undefined): Map<string, number[]> {
  const numbers = new Map<string, number[]>();
  RULES.forEach((rule, number) => {
    for (const iri of iris(rule) ?? []) appendTo(numbers, expand(iri), number);
  });
  return numbers;
}

/** Each violation of the rules targeting the focus nodes of `graph`, added to `violations`. */
function checkFocusNodes(graph: Index, violations: Violation[]): void {
  for (const [focus, rules] of graph.focusNodes(TARGETS)) {
    const add: Report = (path, message, value) => {
      violations.push({ focusNode: showTerm(focus), path, message, severity: 'Violation', value: value === null ? null : showTerm(value) });
    };
    for (const { rule, properties } of rules) {
      if (rule.nodeKindIri && focus.termType !== 'NamedNode') add(null, 'must be an IRI', focus);
      if (rule.node !== undefined && !rule.node.holds(focus, graph)) add(null, rule.node.message, focus);
      for (const property of properties) checkProperty(focus, property, graph, add);
    }
  }
}

/**
 * The nodes of one part of a graph (a claim and its mentions, or an article): instances of these classes. All their
 * triples are in their part; other parts refer only to claims, by these types of theirs (CLAIM_CLASSES), and to
 * articles, by any type.
 */
const CLAIM_CLASSES = new Set(['parley:Claim', 'parley:InferredClaim', 'parley:ContestedClaim'].map(expand));
const ARTICLE_CLASS = expand('parley:Article');
const PART_CLASSES = new Set(
  [
    ...['parley:Claim', 'parley:InferredClaim', 'parley:Mention', 'parley:InferredMention', 'oa:SpecificResource', 'oa:TextQuoteSelector', 'oa:TextPositionSelector'],
    'parley:Article',
  ].map(expand),
);

/** The types of the nodes of a part that other parts may refer to (claims, articles, entities), by node (termKey). */
export type KeptTypes = readonly (readonly [string, readonly string[]])[];

/**
 * Checks a graph against every constraint of ontology/shapes.ttl part by part, as its quads are made: the nodes of a
 * part (PART_CLASSES) when the part is added, then dropped; the nodes shared by all parts (entities, articles, the
 * direct triples of claims) at the end. The time and memory grow with the graph, as long as parts are bounded. The
 * verdict is checkGraph's on the whole graph.
 */
export class GraphChecker {
  /**
   * The types of each claim and article checked with its part: mentions refer to articles, where the sides stand and
   * contested claims to claims, of other parts. Nodes with the same types share one set: there are hundreds of
   * thousands of claims, of a few kinds.
   */
  private readonly partTypes = new Map<string, ReadonlySet<string>>();
  private readonly typeSets = new Map<string, ReadonlySet<string>>();
  private readonly shared = new Index(undefined, undefined, this.partTypes);
  private readonly later: LaterClassCheck[] = [];
  private readonly violations: Violation[] = [];
  private readonly typeIri = expand('rdf:type');

  /**
   * Adds one part of the graph: the quads of a claim and its mentions, of an entity, or of an article. Returns the
   * types of its nodes that other parts may test, which carry() takes in place of the same part's quads: for a part of
   * claims or articles whose nodes passed every check here with none left for the end; for a part of shared nodes
   * (an entity), checked at the end, its subjects' types, to be kept only once the whole graph conforms. Else undefined.
   */
  add(quads: Iterable<Quad>): KeptTypes | undefined {
    const own = new Set<string>();
    const articles = new Set<string>();
    const all: Quad[] = [];
    for (const quad of quads) {
      all.push(quad);
      if (quad.predicate.value !== this.typeIri || !PART_CLASSES.has(quad.object.value) || quad.object.termType !== 'NamedNode') continue;
      own.add(termKey(quad.subject));
      if (quad.object.value === ARTICLE_CLASS) articles.add(termKey(quad.subject));
    }
    const kept = new Map<string, string[]>();
    for (const quad of all) {
      if (quad.predicate.value !== this.typeIri) continue;
      const key = termKey(quad.subject);
      // An article's types as the index holds them (by term), a claim's as they were always read.
      if (articles.has(key)) appendTo(kept, key, termKey(quad.object));
      else if (CLAIM_CLASSES.has(quad.object.value)) appendTo(kept, key, quad.object.value);
    }
    const types: KeptTypes = [...kept];
    this.carry(types);
    if (own.size === 0) {
      const subjects = new Map<string, string[]>();
      for (const quad of all) {
        this.shared.add(quad);
        if (quad.predicate.value === this.typeIri) appendTo(subjects, termKey(quad.subject), termKey(quad.object));
      }
      return [...subjects];
    }
    const part = new Index(this.shared, this.later, this.partTypes);
    let sharedNodes = false;
    for (const quad of all) {
      if (own.has(termKey(quad.subject))) part.add(quad);
      else {
        this.shared.add(quad);
        sharedNodes = true;
      }
    }
    const violations = this.violations.length;
    const later = this.later.length;
    checkFocusNodes(part, this.violations);
    return sharedNodes || this.violations.length > violations || this.later.length > later ? undefined : types;
  }

  /** Takes the types add() kept of a part that passed its checks, in place of the part's quads. */
  carry(types: KeptTypes): void {
    for (const [key, kept] of types) this.keepTypes(key, kept);
  }

  /** Adds `types` to those kept of the node `key`. */
  private keepTypes(key: string, types: readonly string[]): void {
    const held = this.partTypes.get(key);
    // (A node's first types, as most are, need no set of their own until they make a new one.)
    const all = held === undefined && types.length < 2 ? types : [...new Set([...(held ?? []), ...types])];
    const name = all.length < 2 ? (all[0] ?? '') : [...all].sort().join(' ');
    let shared = this.typeSets.get(name);
    if (shared === undefined) this.typeSets.set(name, (shared = new Set(all)));
    this.partTypes.set(key, shared);
  }

  /** The report, once every part is in. */
  finish(options: Partial<CheckGraphOptions> = {}): ValidationReport {
    const { maxViolations } = resolveCheckGraphOptions(options);
    checkFocusNodes(this.shared, this.violations);
    for (const { value, classes, report } of this.later.splice(0)) if (!classes.some((type) => this.shared.hasType(value, type))) report();
    return { conforms: this.violations.length === 0, violations: sortViolations(this.violations).slice(0, maxViolations) };
  }
}

/**
 * Checks `quads` against every constraint of ontology/shapes.ttl: the same verdict as validateGraph (the same focus
 * nodes and paths, with the shapes' messages), in one pass to index the quads and one per focus node and shape.
 */
export function checkGraph(quads: Iterable<Quad>, options: Partial<CheckGraphOptions> = {}): ValidationReport {
  const { maxViolations } = resolveCheckGraphOptions(options);
  const graph = new Index();
  for (const quad of quads) graph.add(quad);
  const violations: Violation[] = [];
  checkFocusNodes(graph, violations);
  return { conforms: violations.length === 0, violations: sortViolations(violations).slice(0, maxViolations) };
}
