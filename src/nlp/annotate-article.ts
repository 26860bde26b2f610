// The nlp stage: tokens, mentions and references (pronouns, descriptions, "both sides") for every sentence of an article.
import type { AnnotatedSentence, Article, Mention, Token } from '../types.js';
import { DELEGATION_NOUNS, GOVERNMENT_NOUNS, SOURCE_NOUNS, TALKS_NOUNS, createMentionMemory, delegationLabel, findMentions, isCapitalised, isPastParticiple, isPossessive, plainVerbInHeadline, teamNoun, matchOffice, officeOfSide, portfolioEnd, possessiveBeforeOffice, spanText, speakerLabelEnd, askerLabelEnd, noLongerHeld } from './find-mentions.js';
import { GOVERNMENT_QUALIFIERS, REGION_LEVELS, findOrganisations, isGenericHead, isGovernedByCouncil, isMembershipBody, isLocalGovernmentNoun, isRegionalGovernment, namesGoverningBody, organisationKind, sharedHeadOnly, withOrganisations } from './find-organisations.js';
import { isBodyNoun, isReportingVerb, lexicon } from './lexicon.js';
import { cardinalWords } from './number-words.js';
import { datelineEnd } from './dateline.js';
import { tokenizeSentences } from './tokenize.js';
import { findTowns } from './find-towns.js';
import { nameKey, withLocalNames, worldKnowledge, type WorldKnowledge } from './world-knowledge.js';

/** Offices of a government's own members, not of a mediator or an official of no side, in an office's first words ("a judge named by the prime minister" is none). */
const MINISTERIAL_OFFICE = /\b(?:minister|ministers|secretary of state|under-?secretary|permanent secretary|secretary to the treasury)\b/i;
/** Offices that head a state or its government: "the Chilean president", "the Peruvian prime minister". */
const HEAD_OF_STATE = /\b(?:president|prime minister|premier|chancellor|head of state|head of government)$/i;

/** "U.S. mills", "Brazil steel": a side's name before a noun of other things names what is meant, not the side. */
function namedAttributively(tokens: readonly Token[], m: Mention): boolean {
  const next = tokens[m.tokenEnd];
  return next !== undefined && next.pos === 'NOUN' && next.text === next.lower;
}

/** The name of a ministry or department of a government, with its portfolio, or of its cabinet. */
const MINISTRY_NAME = /^(?:Ministry|Department) of |^(?:Presidency of the )?Council of Ministers$/;

/**
 * The one state an article is about (named by name, capital or demonym): the only one it names, or one named at least
 * twice and twice as often as any other. Undefined when no state stands out.
 */
function soleStateNamed(sentences: readonly (readonly Token[])[], world: WorldKnowledge): string | undefined {
  const counts = new Map<string, number>();
  for (const tokens of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      if (!/^\p{Lu}/u.test(tokens[i]!.text)) continue;
      for (let n = Math.min(4, tokens.length - i); n >= 1; n--) {
        const text = spanText(tokens, i, i + n);
        const known = world.names.get(nameKey(text));
        // ("Translated from the French": a demonym closing a phrase may name a language.)
        const demonym = n === 1 && tokens[i + 1] !== undefined && tokens[i + 1]!.pos !== 'PUNCT' ? world.demonyms.get(tokens[i]!.lower) : undefined;
        const state = known?.kind === 'party' && world.states.has(known.party) ? known.party : demonym;
        if (state === undefined || !world.states.has(state)) continue;
        counts.set(state, (counts.get(state) ?? 0) + 1);
        i += n - 1;
        break;
      }
    }
  }
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (first === undefined) return undefined;
  // (A state named once, and no other, is the one too.)
  return second === undefined || (first[1] >= 2 && first[1] >= 2 * second[1]) ? first[0] : undefined;
}

/** Words of the names of employers' bodies and firms, which a union's kind word may head ("Federation of Tarvo Employers"). */
const EMPLOYERS = /\b(?:employers?|owners|industries|industry|business|chamber|manufacturers|group)\b/i;

/** Bodies that study or comment, which employ no one at the table: "Centre for Port Studies". */
const STUDY_BODIES = /^(?:Centre|Center|Institute)\b/;

/** An organisation of the union kind, by its name or one of its names. */
function isUnion(organisation: { readonly label: string; readonly names: readonly string[] }): boolean {
  return [organisation.label, ...organisation.names].some((name) => organisationKind(name) === 'organisation-union');
}

/** Annotates each sentence of an article, in order. */
export function annotateArticle(article: Article, knownWorld: WorldKnowledge = worldKnowledge()): AnnotatedSentence[] {
  const memory = createMentionMemory();
  let lastChange = -1;
  const sentenceTokens = tokenizeSentences(article.sentences);
  // The sides an article names beyond states and blocs (a union, a company, an armed group) are known from its own text.
  const found = findOrganisations(sentenceTokens, knownWorld);
  // "the Ministry of Trade" in an article on one state is that state's, as a ministry named with its state is. (Not
  // where it employs the union across the table and the article names no state's government or other employer: "the
  // Ministry of Health" and the doctors' union are the two sides of a dispute at home, the ministry the side itself.)
  const namedGovernment = sentenceTokens.some((tokens) => tokens.some((t, k) => t.lower === 'cabinet' || (t.lower === 'government' && knownWorld.demonyms.has(tokens[k - 1]?.lower ?? ''))));
  const ministryAsEmployer = !namedGovernment && found.some((o) => isUnion(o) && !EMPLOYERS.test(o.label)) && !found.some((o) => !MINISTRY_NAME.test(o.label) && (EMPLOYERS.test(o.label) || (organisationKind(o.label) === 'organisation-company' && !STUDY_BODIES.test(o.label))));
  const ministryState = found.some((o) => MINISTRY_NAME.test(o.label)) && !ministryAsEmployer ? soleStateNamed(sentenceTokens, knownWorld) : undefined;
  const organisations = ministryState === undefined ? found : found.filter((o) => !MINISTRY_NAME.test(o.label));
  const ministries = found.filter((o) => ministryState !== undefined && MINISTRY_NAME.test(o.label)).flatMap((o) => [o.label, ...o.names]);
  const withSides = withLocalNames(withOrganisations(knownWorld, organisations), ministries.map((name) => [name, { kind: 'party', party: ministryState! }] as const));
  // So are its towns too small for world knowledge, where it places them in their region ("Carrow Falls, Ohio").
  const world = withLocalNames(withSides, findTowns(sentenceTokens, withSides));
  const tokenized = article.sentences.map((sentence, index) => {
    const tokens = sentenceTokens[index]!;
    const before = memory.version;
    const mentions = findMentions(tokens, world, memory, sentence.heading);
    if (memory.version !== before) lastChange = index;
    return { sentence, tokens, mentions };
  });
  // A second look finds surnames used before the full name was given; sentences read after the last change saw it all.
  for (const [index, entry] of tokenized.entries()) {
    if (index >= lastChange) break;
    entry.mentions = findMentions(entry.tokens, world, memory, entry.sentence.heading);
  }
  const home = homeState(tokenized);
  const named = rankedParties(tokenized, home);
  const labels = organisations.map((o) => o.label);
  const formal = formalGovernments(tokenized, world);
  const region = organisations.some((o) => isRegionalGovernment(o.label)) ? undefined : homeRegion(tokenized, world);
  const military = militaryStates(tokenized, world);
  const answers = answerParagraphs(article);
  const resolveAll = (sides: readonly string[]): AnnotatedSentence[] => {
    const resolver = new ReferenceResolver(world, sides, labels, formal, home, region, military);
    // Each field named: V8 gives an object spread and then extended a slow shape, which cost more than the rest of this loop.
    return tokenized.map(({ sentence: { index, start, end, text, heading }, tokens, mentions }) => ({
      index,
      start,
      end,
      text,
      heading,
      articleId: article.id,
      tokens,
      mentions: withSpokenFor(tokens, withOfficeOfWhose(tokens, withPartyLetters(tokens, withOwnedSides(tokens, withOfficeListed(tokens, withDelegationMembers(tokens, resolver.resolve(tokens, mentions, opensLine(article, index), heading, answers.has(index))), world), world), world), world)),
    }));
  };
  let sides = named;
  let annotated = resolveAll(sides);
  // The sides are first guessed from names alone; "the ministry", "the buyers" and "the association" resolved may show
  // another at the table, named clearly more than the side it displaces: the article is then read again with it ("the
  // two sides agreed …").
  const standing = partyStanding(annotated);
  const principals = [...standing.keys()].slice(0, 2);
  const displaced = sides.slice(0, 2).filter((p) => !principals.includes(p));
  const clearly = (p: string): boolean => displaced.every((d) => (standing.get(p) ?? 0) - (standing.get(d) ?? 0) >= CLEAR_LEAD);
  if (principals.length === 2 && principals.some((p) => !sides.slice(0, 2).includes(p) && clearly(p))) {
    sides = [...principals, ...sides.filter((p) => !principals.includes(p))];
    annotated = resolveAll(sides);
  }
  return withSidesRenamed(annotated, new Map([...militaryRulers(annotated, world), ...blocsForGroups(sides, world)]));
}

/** The sentences with each side of `renamed` (and the side of each of its people and teams) under its new name. */
function withSidesRenamed(sentences: AnnotatedSentence[], renamed: ReadonlyMap<string, string>): AnnotatedSentence[] {
  if (renamed.size === 0) return sentences;
  const rename = (m: Mention): Mention => {
    const side = m.party === undefined ? undefined : renamed.get(m.party);
    if (side === undefined) return m;
    return m.type === 'Party' ? { ...m, canonical: side, party: side } : { ...m, party: side };
  };
  return sentences.map((sentence) => ({ ...sentence, mentions: sentence.mentions.map(rename) }));
}

/**
 * "The Europeans demanded …" in talks where the E3 sits: words of a wider group ("the Europeans", "European powers")
 * stand for the one bloc of it among the article's two main sides: each group's new name, by its label.
 */
function blocsForGroups(sides: readonly string[], world: WorldKnowledge): Map<string, string> {
  const blocs = new Map<string, string>();
  for (const [group, within] of world.blocsWithin) {
    const atTable = within.filter((bloc) => sides.slice(0, 2).includes(bloc));
    if (atTable.length === 1) blocs.set(group, atTable[0]!);
  }
  return blocs;
}

/** Words for a state's forces or for the government they form. */
const MILITARY_WORDS = ['military', 'army', 'junta', 'regime'];

/** The words right after a state by which news names its military rulers: "Myanmar's junta", "Mali's ruling military government". */
const RULERS_AFTER = /^(?:ruling )?(?:junta|military (?:government|regime|authorities|rulers|council))\b/i;
/** The words right before a state that name them: "the junta of Myanmar", "the military government in Mali". */
const RULERS_BEFORE = /\b(?:junta|military (?:government|regime|authorities|rulers|council)) (?:of|in)$/i;

/**
 * "Myanmar's military government", then "the junta", "the military": where an article names a state as a side only
 * through the military that rules it, that side is its junta ("Myanmar junta", as news most often names it, whatever
 * words an article uses, so that articles name one side), not the state, which other articles may see others speak
 * for. A state that acts in the article by its own name, or is named in no such words, stays the side. Each such
 * state's new name, by its label.
 */
function militaryRulers(sentences: readonly AnnotatedSentence[], world: WorldKnowledge): Map<string, string> {
  const ruled = new Set<string>();
  const actingAsState = new Set<string>();
  for (const { tokens, mentions } of sentences) {
    for (const m of mentions) {
      if (m.type !== 'Party' || m.party === undefined || !world.states.has(m.party)) continue;
      const after = tokens.slice(m.tokenEnd, m.tokenEnd + 3).map((t) => t.text).join(' ');
      const following = isPossessive(tokens[m.tokenEnd]) ? after.replace(/^\S+ /, '') : after;
      const before = tokens.slice(Math.max(0, m.tokenStart - 3), m.tokenStart).map((t) => t.text).join(' ');
      const named = `${before} ${m.text} ${following}`;
      // ("talks between the rebels, the junta and Kestrel": rulers named beside a state are not its own.)
      // ("Peru's military government" may be one mention.)
      const own = m.text.split(/\s+/).slice(1).join(' ').replace(/^['’]s /, '');
      if (RULERS_AFTER.test(own) || RULERS_AFTER.test(following) || RULERS_BEFORE.test(before)) ruled.add(m.party);
      // The state acts by its own name where a verb or "and" follows it ("Myanmar rejected …", "talks between Myanmar and
      // …"), not as a place ("a border with Myanmar"), a word of another name ("the Myanmar Red Cross") or a description
      // ("the government", "the army"), which stands for whoever the article named.
      else if (/^(gazetteer|capital|government)$/.test(m.via ?? '') && !MILITARY_FORCES.test(named) && actsByName(tokens, m)) actingAsState.add(m.party);
    }
  }
  return new Map([...ruled].filter((state) => !actingAsState.has(state)).map((state) => [state, `${state} junta`]));
}

/** Whether a side's mention is the subject of a verb, or one of sides joined by "and", rather than a place or a qualifier. */
function actsByName(tokens: readonly Token[], m: Mention): boolean {
  const next = tokens[m.tokenEnd];
  return next !== undefined && (/^(VERB|AUX)$/.test(next.pos) || next.lower === 'and') && !/^(in|into|inside|across|throughout|within|with|from|to|near|of|for|against|on|over)$/.test(tokens[m.tokenStart - 1]?.lower ?? '');
}
/** A state's forces, named after it: "Myanmar's military", "the Chadian army". */
const MILITARY_FORCES = new RegExp(`\\b(?:${MILITARY_WORDS.join('|')}|armed forces)\\b`, 'i');

/**
 * Whether a side is the government of a region of a state: named as such ("the Varden State government") or by the
 * region alone ("Ontario offered …"), since a region that takes a side is its government.
 */
function governsRegion(side: string): boolean {
  return isRegionalGovernment(side) || worldKnowledge().regionNames.has(side);
}

/** The words before the person an interview is with: "we spoke to", "sat down with", "interviewed". */
const INTERVIEWED = /\b(?:(?:spoke|talked)(?: (?:by|over|on) (?:the )?(?:video link|video|phone|telephone|zoom|skype))? (?:to|with)|sat down with|caught up with|interviewed|in conversation with)$/;

/** Levels of a region's government that "the … government" names: "the state government", "the provincial government". */
const REGION_GOVERNMENT_LEVELS = /^(state|provincial|regional|territorial)$/;

/**
 * The one region of a state (a province, a state of a federation) that the article names as a place, when it speaks of
 * "the state government" or "the provincial government", or of "the province" acting ("the province has offered",
 * "the province's team"): that region's government, which news names by the region ("Ontario offered …"). Undefined
 * when it names none or several, or speaks of no such government.
 */
function homeRegion(sentences: readonly { readonly tokens: readonly Token[]; readonly mentions: readonly Mention[] }[], world: WorldKnowledge): string | undefined {
  const governs = (tokens: readonly Token[], k: number): boolean =>
    (tokens[k]!.lower === 'government' && REGION_GOVERNMENT_LEVELS.test(tokens[k - 1]?.lower ?? '')) ||
    (tokens[k]!.lower === 'province' && (/^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '') || tokens[k + 1]?.lower === "'s"));
  const spoken = sentences.some(({ tokens }) => tokens.some((t, k) => tokens[k - (t.lower === 'province' ? 1 : 2)]?.lower === 'the' && governs(tokens, k)));
  if (!spoken) return undefined;
  const regions = new Set<string>();
  for (const { mentions } of sentences) for (const m of mentions) if (m.type === 'Place' && world.regionNames.has(m.canonical)) regions.add(m.canonical);
  return regions.size === 1 ? [...regions][0] : undefined;
}

/**
 * The state most of the article's places lie in ("GOMA —", "held in Kinshasa", "the town of Rutshuru"), when it is
 * named at least twice and more often than any other: where a story that names no state as a side happens.
 */
function homeState(sentences: readonly { readonly tokens: readonly Token[]; readonly mentions: readonly Mention[] }[]): string | undefined {
  const counts = new Map<string, number>();
  let filedFrom: string | undefined;
  for (const { tokens, mentions } of sentences) {
    // ("PARIS —": the capital a dateline names is where the report was filed, a place however else it reads.)
    // (Once for each state it names: "JEDDAH, Saudi Arabia —".)
    const dateline = datelineEnd(tokens) ?? 0;
    const filedIn = new Set<string>();
    for (const m of mentions) {
      if (m.party === undefined || !(m.type === 'Place' || m.tokenEnd <= dateline)) continue;
      if (m.tokenEnd <= dateline && filedIn.has(m.party)) continue;
      if (m.tokenEnd <= dateline) {
        filedIn.add(m.party);
        filedFrom ??= m.party;
      }
      counts.set(m.party, (counts.get(m.party) ?? 0) + 1);
    }
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  // ("ABUJA - The unions … after the federal government raised its offer": a dateline alone, no other place named,
  // says whose government it is.)
  const filedOnly = counts.size === 1 && first?.[0] === filedFrom;
  return first !== undefined && (first[1] >= 2 || filedOnly) && (second === undefined || first[1] > second[1]) ? first[0] : undefined;
}

/** The states an article names after "Government of" ("FEDERAL GOVERNMENT OF X", "the Government of X"). */
function formalGovernments(sentences: readonly { readonly tokens: readonly Token[]; readonly mentions: readonly Mention[] }[], world: WorldKnowledge): Set<string> {
  const states = new Set<string>();
  for (const { tokens, mentions } of sentences) {
    for (const m of mentions) {
      if (m.party !== undefined && world.states.has(m.party) && tokens[m.tokenStart - 1]?.lower === 'of' && tokens[m.tokenStart - 2]?.lower === 'government') states.add(m.party);
    }
  }
  return states;
}

/** A token that is one of MILITARY_WORDS. */
const MILITARY_RULE = new RegExp(`^(?:${MILITARY_WORDS.join('|')})$`);

/**
 * The states an article names with their forces or military rule: "X's military government", "the X junta", "the
 * military government of X". "The junta" and "the military" are such a state's, even where a go-between state is named
 * more often than it.
 */
function militaryStates(sentences: readonly { readonly tokens: readonly Token[]; readonly mentions: readonly Mention[] }[], world: WorldKnowledge): Set<string> {
  const states = new Set<string>();
  for (const { tokens, mentions } of sentences) {
    for (const m of mentions) {
      if (m.party === undefined || !world.states.has(m.party)) continue;
      const inside = tokens.slice(m.tokenStart, m.tokenEnd).some((t) => MILITARY_RULE.test(t.lower));
      const after = MILITARY_RULE.test(tokens[m.tokenEnd + (isPossessive(tokens[m.tokenEnd]) ? 1 : 0)]?.lower ?? '');
      const before = tokens[m.tokenStart - 1]?.lower === 'of' && MILITARY_RULE.test(tokens[m.tokenStart - 2]?.lower ?? '') ;
      const ruledBy = tokens[m.tokenStart - 1]?.lower === 'of' && tokens[m.tokenStart - 2]?.lower === 'government' && tokens[m.tokenStart - 3]?.lower === 'military';
      if (inside || after || before || ruledBy) states.add(m.party);
    }
  }
  return states;
}

/** Titles of leaders, one holder at a time, whom news names bare ("the prime minister said …" of "Prime Minister Halvorsen"). */
const ONE_HOLDER_OFFICES: ReadonlySet<string> = new Set(['minister', 'president', 'chancellor', 'premier', 'king', 'queen', 'emir']);
/**
 * Descriptions of a person that a person named without an office may answer to: roles anyone at the table may have,
 * and the titles of leaders.
 */
const UNTITLED_ROLES: ReadonlySet<string> = new Set(['negotiator', 'envoy', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'representative', 'delegate', 'diplomat', 'negotiators', 'officials', ...ONE_HOLDER_OFFICES]);
/**
 * Nouns by which a speaker names the own side after "our": "our union", "our works committee". ("Our members are
 * set to walk out": what members do is no stance of the side; "I will lead our side": a team is left to
 * the rules of leading, "our delegation" read as the side's team.)
 */
const OWN_SIDE_NOUNS = /^(union|committee|association|federation|company|government)$/;

/** Pronouns of the first person, by which a speaker's words name the speaker or the speaker's side. */
const FIRST_PERSON = /^(I|we|We|our|Our|us|my|My)$/;

/** Paragraphs of short questions that an interview's answers follow, as printed without "Q:" and "A:". */
const MIN_INTERVIEW_QUESTIONS = 2;
/** Sentences at most of a question's paragraph: a longer one that ends in a question is a story's own. */
const MAX_QUESTION_SENTENCES = 3;

/**
 * The sentences of an interview printed without labels ("Where do things stand?" in a paragraph of its own, then the
 * answer's paragraphs): those of each paragraph after a question's paragraph, up to the next question, in an article
 * with two such questions at least. Empty for any other article.
 */
function answerParagraphs(article: Article): Set<number> {
  const paragraphs: number[][] = [];
  article.sentences.forEach((_, index) => {
    if (index === 0 || opensLine(article, index)) paragraphs.push([]);
    paragraphs.at(-1)!.push(index);
  });
  const asks = (paragraph: readonly number[]): boolean => paragraph.length <= MAX_QUESTION_SENTENCES && article.sentences[paragraph.at(-1)!]!.text.trim().endsWith('?');
  const questions = paragraphs.filter((paragraph, n) => asks(paragraph) && paragraphs[n + 1] !== undefined && !asks(paragraphs[n + 1]!));
  const answers = new Set<number>();
  if (questions.length < MIN_INTERVIEW_QUESTIONS) return answers;
  let answering = false;
  for (const paragraph of paragraphs) {
    if (asks(paragraph)) answering = true;
    else if (answering) for (const index of paragraph) answers.add(index);
  }
  return answers;
}

/** The sentence at `index` opens a line of the article's text. */
function opensLine(article: Article, index: number): boolean {
  const previous = article.sentences[index - 1];
  return previous === undefined || article.text.slice(previous.end, article.sentences[index]!.start).includes('\n');
}

/** "DELACOURT: We accepted …", "Ruiz: We want …": the person a transcript's or an interview's line is labelled with. */
function labelledSpeaker(tokens: readonly Token[], found: readonly Mention[]): Mention | undefined {
  const colon = speakerLabelEnd(tokens);
  // ("DEPUTY MINISTER BAEK JUN-HO:": an office may stand before the name.)
  if (colon >= 0) return found.find((m) => m.type === 'Person' && m.tokenEnd === colon);
  // "Ruiz: We want …", as interviews label their answers: a person's name and nothing else before the colon.
  return found.find((m) => m.type === 'Person' && m.tokenStart === 0 && tokens[m.tokenEnd]?.text === ':');
}

/** Words that end a list of a delegation's members: another clause begins. */
const LIST_ENDS = /^(while|whereas|but|;|\.|who|which|whom|said|says)$/;

/**
 * "the Chilean delegation, which included A, B and C", "the delegation of X also included D": the people listed
 * speak for the delegation's side, which their mentions then carry.
 */
function withDelegationMembers(tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const members = new Map<Mention, string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const listing = (t.lemma === 'include' || t.lemma === 'comprise') && t.pos === 'VERB' ? k + 1 : /^(consisted|consists)$/.test(t.lower) && tokens[k + 1]?.lower === 'of' ? k + 2 : undefined;
    if (listing === undefined) continue;
    // "… and the delegation also included D": the delegation named last in the sentence.
    const bare = /^delegations?$/.test(tokens[k - 1]?.lower ?? '') || (tokens[k - 1]?.pos === 'ADV' && /^delegations?$/.test(tokens[k - 2]?.lower ?? ''));
    const delegation = mentions.filter((m) => m.type === 'Delegation' && m.party && m.tokenEnd <= k && (bare || k - m.tokenEnd <= 6)).at(-1);
    if (!delegation) continue;
    for (let j = listing; j < tokens.length && !LIST_ENDS.test(tokens[j]!.lower); j++) {
      for (const m of mentions) if (m.tokenStart === j && m.type === 'Person' && !m.party && m.via !== 'pronoun') members.set(m, delegation.party!);
    }
  }
  return members.size === 0 ? [...mentions] : mentions.map((m) => (members.has(m) ? { ...m, party: members.get(m) } : m));
}

/**
 * "its two co-chairs, Ana Ruiz and Tom Vale", "the union's negotiators, Ana Ruiz and Tom
 * Vale,": an office in the plural before names listed after a comma is each one's, in apposition, and the side named
 * with the office theirs, when none is stated for them.
 */
function withOfficeListed(tokens: readonly Token[], mentions: readonly Mention[], world: WorldKnowledge): Mention[] {
  const listed = new Map<Mention, { office: string; party: string | undefined }>();
  for (let k = 0; k < tokens.length; k++) {
    const plural = tokens[k]!.lower;
    const office = /[^s]s$/.test(plural) && world.offices.heads.has(plural.slice(0, -1)) ? plural.slice(0, -1) : undefined;
    if (office === undefined) continue;
    // The comma that closes the office and what it is of ("… of the union's strike committee,").
    let comma = k + 1;
    if (tokens[comma]?.lower === 'of') while (comma < k + 12 && tokens[comma] !== undefined && tokens[comma]!.text !== ',' && tokens[comma]!.pos !== 'VERB') comma++;
    if (tokens[comma]?.text !== ',') continue;
    const people: Mention[] = [];
    for (let at = comma + 1; ; ) {
      const person = mentions.find((m) => m.type === 'Person' && m.tokenStart === at && m.via !== 'pronoun');
      if (person === undefined) break;
      people.push(person);
      const joiner = tokens[person.tokenEnd]?.lower;
      at = joiner === ',' && tokens[person.tokenEnd + 1]?.lower === 'and' ? person.tokenEnd + 2 : joiner === ',' || joiner === 'and' ? person.tokenEnd + 1 : -1;
      if (at < 0) break;
    }
    if (people.length < 2) continue;
    const side = mentions.find((m) => (m.type === 'Party' || m.type === 'Delegation') && m.party !== undefined && m.tokenStart >= k - 4 && m.tokenEnd <= comma && !world.demonyms.has(tokens[m.tokenStart]!.lower));
    for (const person of people) listed.set(person, { office, party: side?.party });
  }
  if (listed.size === 0) return [...mentions];
  return mentions.map((m) => {
    const given = listed.get(m);
    return given === undefined ? m : { ...m, apposition: m.apposition ?? m.office ?? given.office, party: m.party ?? given.party };
  });
}

/**
 * "Speaker Ana Lind, R-Calif., said …", "Sen. Tom Vale (D-N.Y.)": the letter United States news writes after a member's
 * name and state is the member's party; the letter and the state's abbreviation name no one.
 */
function withPartyLetters(tokens: readonly Token[], mentions: readonly Mention[], world: WorldKnowledge): Mention[] {
  const parties = new Map<Mention, string>();
  const notation = new Set<number>();
  for (const person of mentions) {
    if (person.type !== 'Person') continue;
    const letter = /^[,(]$/.test(tokens[person.tokenEnd]?.text ?? '') ? person.tokenEnd + 1 : undefined;
    const party = letter === undefined ? undefined : world.partyLetters.get(tokens[letter]?.text ?? '');
    if (party === undefined || tokens[letter! + 1]?.text !== '-' || !/^\p{Lu}/u.test(tokens[letter! + 2]?.text ?? '')) continue;
    if (person.party === undefined) parties.set(person, party);
    for (let k = letter!; k < letter! + 6 && k < tokens.length && !/^[,)]$/.test(tokens[k]!.text); k++) notation.add(k);
  }
  if (parties.size === 0 && notation.size === 0) return [...mentions];
  return mentions.filter((m) => !notation.has(m.tokenStart)).map((m) => (parties.has(m) ? { ...m, party: parties.get(m) } : m));
}

/**
 * "Ana Lind's Harbour Party", "Vale's HWU party": a person named in the possessive before a side, by its name (not by a
 * people's word: "Blinken's Chinese counterpart"), belongs to it, when no other side is stated for them.
 */
function withOwnedSides(tokens: readonly Token[], mentions: readonly Mention[], world: WorldKnowledge): Mention[] {
  const owners = new Map<Mention, string>();
  for (const person of mentions) {
    if (person.type !== 'Person' || person.party !== undefined || person.via === 'pronoun' || !isPossessive(tokens[person.tokenEnd])) continue;
    const side = mentions.find((m) => m.type === 'Party' && m.tokenStart === person.tokenEnd + 1 && !world.demonyms.has(tokens[m.tokenStart]!.lower));
    if (side !== undefined) owners.set(person, side.canonical);
  }
  return owners.size === 0 ? [...mentions] : mentions.map((m) => (owners.has(m) ? { ...m, party: owners.get(m) } : m));
}

/**
 * "Alliance Harbour (AH), whose president is Ana Ruiz": the person named after "whose", an office and "is" holds that
 * office of the side named before it. "X, the firm's head of sales": the person in apposition to a side's
 * office in the possessive holds it for that side, as the article resolves "the company".
 */
function withOfficeOfWhose(tokens: readonly Token[], mentions: readonly Mention[], world: WorldKnowledge): Mention[] {
  const held = new Map<Mention, { party: string; office: string }>();
  for (const person of mentions) {
    if (person.type !== 'Person' || person.party !== undefined || person.apposition === undefined || tokens[person.tokenEnd]?.text !== ',') continue;
    const from = tokens[person.tokenEnd + 1]?.lower === 'the' ? person.tokenEnd + 2 : person.tokenEnd + 1;
    const side = mentions.find((m) => m.type === 'Party' && (m.tokenStart === from || m.tokenStart === from - 1) && isPossessive(tokens[m.tokenEnd]));
    if (side !== undefined) held.set(person, { party: side.party ?? side.canonical, office: person.office ?? person.apposition });
  }
  for (let k = 2; k < tokens.length; k++) {
    if (tokens[k]!.lower !== 'whose' || tokens[k - 1]!.text !== ',') continue;
    const office = matchOffice(tokens, k + 1, world);
    if (office === undefined || !/^(is|was)$/.test(tokens[office.end]?.lower ?? '')) continue;
    const end = tokens[k - 2]?.text === ')' && tokens[k - 4]?.text === '(' ? k - 4 : k - 1;
    const side = mentions.find((m) => m.type === 'Party' && m.tokenEnd === end);
    const person = mentions.find((m) => m.type === 'Person' && m.tokenStart === office.end + 1 && !m.party);
    if (side && person) held.set(person, { party: side.party ?? side.canonical, office: office.office });
  }
  return held.size === 0 ? [...mentions] : mentions.map((m) => (held.has(m) ? { ...m, ...held.get(m)! } : m));
}

/**
 * The noun of a side's team from k, past a possessive and "bargaining" or "negotiating" ("'s negotiators", "' negotiating
 * panel", "'s side"), or undefined.
 */
function teamAfter(tokens: readonly Token[], k: number): number | undefined {
  let team = k;
  // ("the rebels' delegation": a plural's possessive is the apostrophe alone.)
  if (/^'s?$/.test(tokens[team]?.lower ?? '')) team++;
  if (/^(bargaining|negotiating)$/.test(tokens[team]?.lower ?? '')) team++;
  return DELEGATION_NOUNS.has(tokens[team]?.lower ?? '') ? team : undefined;
}

/**
 * ("Our main demand is a freeze," she said: the speaker's side holds the stance the noun names.) A stance's noun at
 * `from`, past adjectives, before "is": only where "is" says what it is ("our counter-offer on Monday that …" names no
 * content of its own).
 */
function stanceNounIsAfter(tokens: readonly Token[], from: number): boolean {
  let at = from;
  while (at < from + 2 && tokens[at]?.pos === 'ADJ') at++;
  const noun = tokens[at];
  return noun !== undefined && (lexicon().nouns('demand').has(noun.lemma) || lexicon().nouns('propose').has(noun.lemma)) && /^(is|was|remains)$/.test(tokens[at + 1]?.lower ?? '');
}

/** Nouns of those who speak for a side, before "for" and its name: "a spokesperson for the company". */
const SPEAKER_NOUNS = /^(spokesperson|spokesman|spokeswoman|spokespeople|spokesmen|spokeswomen|representative|representatives|official|officials|negotiator|negotiators)$/;

/** Plurals for the people who lead or speak for a body, after its kind: "union leaders", "company executives". */
const SPEAKERS_OF_SIDE = /^(leaders|leadership|officials|executives|bosses|chiefs|commanders|spokespeople|spokesmen|spokeswomen)$/;

/** Offices of states and towns, and others outside the table, whose holders speak of a side without being of it. */
const OUTSIDE_OFFICES = /(?:^|\s)(minister|secretary|governor|mayor|premier|president|king|queen|emir|sultan|prince|chancellor|ambassador|envoy|senator|commissioner|judge|analyst|observer)$/;

/** Whether an office is held outside the sides: of a state or a town, or a go-between's (the lexicon's `mediate` nouns). */
function isOutsideOffice(office: string): boolean {
  const lower = office.toLowerCase();
  return OUTSIDE_OFFICES.test(lower) || lexicon().nouns('mediate').has(lower.split(' ').at(-1)!);
}

/**
 * "Provost Ana Ruiz told reporters the university needs …", "spokeswoman Eva Lind said the company would …": a person
 * with an office of no known side who says what "the university" needs speaks for it.
 */
function withSpokenFor(tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const spokenFor = new Map<Mention, string>();
  for (const m of mentions) {
    if (m.type !== 'Person' || m.party !== undefined || m.office === undefined || m.via === 'pronoun' || isOutsideOffice(m.office)) continue;
    let k = tokens[m.tokenEnd]?.text === ',' ? m.tokenEnd + 1 : m.tokenEnd;
    if (!isReportingVerb(tokens[k]) || tokens[k]!.pos !== 'VERB') continue;
    k++;
    // ("told reporters the company …": whom it was told to may stand between.)
    if (/^(reporters|journalists|members)$/.test(tokens[k]?.lower ?? '')) k++;
    if (tokens[k]?.lower === 'that') k++;
    const side = mentions.find((o) => o.type === 'Party' && o.via === 'description' && o.tokenStart === k && o.party !== undefined);
    if (side !== undefined) spokenFor.set(m, side.party!);
  }
  return spokenFor.size === 0 ? [...mentions] : mentions.map((m) => (spokenFor.has(m) ? { ...m, party: spokenFor.get(m) } : m));
}

/** Nouns of what a side wants or puts forward, after "its" or "their": "Its key demand is …". */
const OWN_STANCE_NOUNS = /^(demand|demands|proposal|proposals|offer|goal|aim|priority|priorities|position|condition|conditions|plan)$/;

/** Office heads whose qualifier names another office: a prime minister and a finance minister are two people. */
const QUALIFIED_HEADS = /^(minister|secretary|president|chancellor)$/;

/** Groups of states that comment on a negotiation without ever being one of its sides. */
const OBSERVERS = new Set(['West', 'Europe', 'international community']);
/** Blocs and bodies that comment on a negotiation more often than they sit at the table: they count for less. */
const FREQUENT_OBSERVERS = new Set(['United Nations', 'European Union', 'NATO']);
const LOCATION_PREPOSITIONS = /^(in|to|from|across|into|inside|throughout|near)$/;

/** How much more a side found once references are read must be named than the first guess it displaces (a mention by name counts 2). */
const CLEAR_LEAD = 3;

/** The most words a description of the first side may have between "between" and "and": "the union for the guards at HMP X". */
const PAIR_REACH = 8;

/** True for a word that makes the party next to it a go-between, not a side ("mediator", "hosted", "guarantor"). */
function isMediationWord(t: Token | undefined): boolean {
  if (!t) return false;
  const words = lexicon();
  // ("The minister received the union's leaders": receiving or welcoming alone is what a side does too.)
  return words.entriesOf(t).some((e) => (e.cls === 'mediate' || e.cls === 'host') && e.part !== 'words') && !/^(receive|welcome)$/.test(t.lemma);
}

/** "Federal Mediation Board", "Advisory, Conciliation and Arbitration Service": a body named for a go-between's work. */
function isMediatingBody(label: string): boolean {
  const nouns = lexicon().nouns('mediate');
  return label.toLowerCase().split(/[\s,]+/).some((word) => nouns.has(word));
}

/** "The talks are chaired by", "the session was presided over by": the word at k is a meeting's chairing, in the passive. */
function chairedTalks(tokens: readonly Token[], k: number): boolean {
  const over = tokens[k]?.lower === 'over' ? k - 1 : k;
  if (!/^(chaired|presided)$/.test(tokens[over]?.lower ?? '')) return false;
  let j = over - 1;
  while (j > 0 && /^(is|are|was|were|being|been|be|will|has|have|had)$/.test(tokens[j]!.lower)) j--;
  return TALKS_NOUNS.test(tokens[j]?.lemma ?? '');
}

/** "… has chaired the sessions": a verb of chairing from token k, past auxiliaries, whose object is the talks. */
function chairsTalksAfter(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < k + 4 && /^(is|are|was|were|being|been|be|will|has|have|had|also|now)$/.test(tokens[j]?.lower ?? '')) j++;
  if (!/^(chair|chairs|chaired|chairing|presided|presiding)$/.test(tokens[j]?.lower ?? '')) return false;
  const object = tokens[j + 1]?.lower === 'over' ? j + 2 : j + 1;
  const noun = /^(the|these|those)$/.test(tokens[object]?.lower ?? '') ? object + 1 : object;
  return TALKS_NOUNS.test(tokens[noun]?.lemma ?? '') || /^(discussions|sessions?)$/.test(tokens[noun]?.lower ?? '');
}

/** "received a new offer": a host verb whose object is a stance or a deal is a side answering the other, not a host. */
function receivesStance(tokens: readonly Token[], k: number): boolean {
  const words = lexicon();
  if (!words.entriesOf(tokens[k]!).some((e) => e.cls === 'host' && e.part === 'verbs')) return false;
  return tokens.slice(k + 1, k + 5).some((t) => t.pos === 'NOUN' && words.entriesOf(t).some((e) => e.part === 'nouns' && (e.cls === 'propose' || e.cls === 'demand' || e.cls === 'deal')));
}

/**
 * The two sides of the negotiation: the parties the article speaks of most, delegations and people counted for their
 * party. Parties named as the two ends of "between X and Y" count more; parties named next to a mediation word
 * ("Oman, which mediated", "hosted by Qatar") count less, since mediators are talked about as much as the sides.
 */
export function principalParties(sentences: readonly { readonly tokens: readonly Token[]; readonly mentions: readonly Mention[] }[]): string[] {
  return rankedParties(sentences).slice(0, 2);
}

/** The sides of an article, most named first: the first two are its principals, the first three "the three parties". */
function rankedParties(sentences: readonly { readonly tokens: readonly Token[]; readonly mentions: readonly Mention[] }[], home?: string): string[] {
  return [...partyStanding(sentences, home).keys()];
}

/** Each side of an article with how much it is named as one (see rankedParties), most named first. */
function partyStanding(sentences: readonly { readonly tokens: readonly Token[]; readonly mentions: readonly Mention[] }[], home?: string): Map<string, number> {
  const score = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  let index = 0;
  // "The government has refused …" where no state is named as a side: the state the article's places lie in, credited
  // as a side named by each "government" or "army" (see homeState).
  let governmentWords = 0;
  const credit = (party: string, weight: number): void => {
    score.set(party, (score.get(party) ?? 0) + weight);
    if (!firstSeen.has(party)) firstSeen.set(party, index);
  };
  for (const { tokens, mentions } of sentences) {
    if (home !== undefined) for (const t of tokens) if (t.lower === 'government' || t.lower === 'army') governmentWords++;
    // Which tokens are mediation words, asked at most once per token, and only near a mention.
    const mediation: (boolean | undefined)[] = [];
    const isMediation = (k: number): boolean => (mediation[k] ??= isMediationWord(tokens[k]) && !receivesStance(tokens, k));
    // ("MOGADISHU, Somalia (AP) —": a dateline says where the report was filed, once, whether it names the state after its
    // capital or not, and a side no more than a person of it would.)
    const dateline = datelineEnd(tokens) ?? 0;
    for (const m of mentions) {
      const filedIn = m.tokenEnd <= dateline;
      if (filedIn && mentions.some((o) => o.tokenEnd <= m.tokenStart && o.party === m.party)) continue;
      index++;
      // "both parties" stands for the sides found here: counting it again would only confirm the first guess.
      if (!m.party || OBSERVERS.has(m.party) || m.via === 'group') continue;
      // ("Boerenfront (Farmers' Front)": a side's name translated in brackets after it is one naming of it.)
      const opening = tokens[m.tokenStart - 1]?.lower === 'the' ? m.tokenStart - 2 : m.tokenStart - 1;
      if (m.text.includes(' ') && tokens[opening]?.text === '(' && mentions.some((o) => o.tokenEnd === opening && o.party === m.party)) continue;
      const after = (n: number) => tokens[m.tokenEnd + n]?.lower ?? '';
      // ("talks between the Transitional Government of Peru and …": the state is read where its government's name begins.)
      const start = governmentNameStart(tokens, m.tokenStart);
      const before = (n: number) => tokens[start - n]?.lower ?? '';
      // ("…, according to Radio Arlen": who reported it is no side.)
      if (before(1) === 'to' && before(2) === 'according') continue;
      let weight = m.type === 'Delegation' ? 3 : m.type === 'Party' ? (filedIn ? 1 : 2) : m.type === 'Person' ? 1 : 0;
      if (weight === 0) continue;
      // ("Peru's Ana Ruiz": the side in the possessive is counted once, not again for the person it owns.)
      if (m.type === 'Person' && isPossessive(tokens[m.tokenStart - 1]) && mentions.some((o) => o.type === 'Party' && o.party === m.party && o.tokenEnd === m.tokenStart - 1)) continue;
      // ("X, a labour economist at Tarvo University": where a person named works is no side.)
      const at = before(1) === 'at' ? start - 1 : before(1) === 'the' && before(2) === 'at' ? start - 2 : -1;
      if (at > 0 && tokens[at - 1]!.pos === 'NOUN' && tokens[at - 1]!.text === tokens[at - 1]!.lower && mentions.some((o) => o.type === 'Person' && o.tokenEnd <= at && o.tokenEnd >= at - 6)) continue;
      // "in Afghanistan", "to Cuba": a country as a place is where things happen, not who negotiates.
      if (LOCATION_PREPOSITIONS.test(before(1)) || (before(1) === 'the' && LOCATION_PREPOSITIONS.test(before(2)))) weight /= 2;
      // ("the 2015 Algiers peace agreement": a city naming a deal says where it was made.)
      if (m.via === 'capital' && (isDealNoun(tokens[m.tokenEnd]) || (tokens[m.tokenEnd]?.lower === 'peace' && isDealNoun(tokens[m.tokenEnd + 1])))) weight = 0;
      // ("a Warsaw-listed publisher", "a Warsaw brokerage": a capital that qualifies what follows it says where, not who.)
      const next = tokens[m.tokenEnd];
      if (m.via === 'capital' && next !== undefined && ((next.text === '-' && next.start === tokens[m.tokenEnd - 1]!.end) || (next.pos === 'NOUN' && next.text === next.lower))) weight = 0;
      // "in Havana, Cuba": the country after a place and a comma only says where the place is.
      if (before(1) === ',' && mentions.some((o) => o.type === 'Place' && o.tokenEnd === m.tokenStart - 1)) weight = 0;
      if (FREQUENT_OBSERVERS.has(m.party)) weight /= 2;
      // "the association and the Ministry of Health signed a return-to-work formula": a side that signs or reaches a
      // deal is at the table, however often others are named.
      if (signs(tokens, m.tokenEnd, mentions)) weight += SIGNING_WEIGHT;
      // "the Government of Chile and the Government of Peru, hereinafter "the Parties"": a text that names its
      // sides so names its principals.
      if (m.type === 'Party' && definedAsParties(tokens, m.tokenEnd)) weight += DEFINED_PARTIES_WEIGHT;
      credit(m.party, weight);
      const between = before(1) === 'between' || (before(1) === 'the' && before(2) === 'between');
      // ("between Peru and the rebel movement called the Northern Front": a description may stand before the partner.)
      const described = (o: Mention): boolean => o.tokenStart > m.tokenEnd + 2 && o.tokenStart <= m.tokenEnd + 7 && tokens.slice(m.tokenEnd + 1, o.tokenStart).every((t) => /^(DET|ADJ|NOUN|VERB|ADP)$/.test(t.pos) && !/^(and|or|between)$/.test(t.lower));
      // ("between the Federation of … Employers (FEMI) and the …": the first side's acronym may stand before "and"; so may
      // what the state's government is, "between the Peru military government and …".)
      let acronym = after(0) === '(' && after(2) === ')' ? 3 : 0;
      while (acronym < 3 && /^(military|government|regime|authorities|junta)$/.test(after(acronym))) acronym++;
      const partner = between ? mentions.find((o) => o.party && o.party !== m.party && (o.tokenStart === m.tokenEnd + acronym + 1 || o.tokenStart === m.tokenEnd + acronym + 2 || described(o)) && after(acronym) === 'and') : undefined;
      // "the EU-Mercosur agreement", "US-China talks": two sides joined by a hyphen name the pair that negotiates (not the
      // pair of "a US-Japan tariff war", the background of other talks).
      const joined = after(0) === '-' ? mentions.find((o) => o.party && o.party !== m.party && o.tokenStart === m.tokenEnd + 1 && o.type === 'Party') : undefined;
      const atWar = joined !== undefined && [joined.tokenEnd, joined.tokenEnd + 1].some((k) => /^(war|wars|rivalry)$/.test(tokens[k]?.lower ?? ''));
      if (joined?.party && m.type === 'Party' && !atWar) {
        credit(m.party, 4);
        credit(joined.party, 4);
      }
      if (partner?.party) {
        credit(m.party, 4);
        credit(partner.party, 4);
      }
      // ("Talks between the union for the guards at HMP X and the Ministry of Labour": the side after "and" is
      // the second of the pair, though the first is named by a description not yet read.)
      const and = before(1) === 'and' ? start - 1 : before(1) === 'the' && before(2) === 'and' ? start - 2 : -1;
      // (Only after a description, not where a side or a place is named right after "between": a pair of sides is
      // credited above, and "the road between Tarvo and Kestrel" joins places.)
      const opensPair = (j: number): boolean =>
        tokens[j]?.lower === 'between' && tokens[j + 1]?.pos === 'DET' && !tokens.slice(j + 1, and).some((t) => /^(and|between|or|,)$/.test(t.lower)) && !mentions.some((o) => o.tokenStart === j + 1 || (o.tokenStart === j + 2 && tokens[j + 1]!.lower === 'the'));
      if (m.type === 'Party' && and > 0 && [...Array(PAIR_REACH).keys()].some((n) => opensPair(and - 2 - n))) credit(m.party, 4);
      let nearMediation = false;
      // ("American mediators": the go-between's noun may be part of the mention. "A delegation from the Church, led by
      // Bishop X, acted as mediator": an aside set off by commas is read past.)
      let reach = m.tokenEnd + 8;
      for (let k = m.tokenStart; k < Math.min(tokens.length, reach) && !nearMediation; k++) {
        if (tokens[k]!.text === ',' && /^(led|headed|chaired|represented)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'by') {
          const close = tokens.findIndex((t, j) => j > k + 1 && t.text === ',');
          if (close > 0 && close < k + 16) {
            reach += close - k;
            k = close;
            continue;
          }
        }
        // ("… and the Varden Health Board met at the conciliation service": a go-between's office where the sides meet
        // says where, not who mediates.)
        const venue = tokens[k - 1]?.lower === 'at' || (tokens[k - 2]?.lower === 'at' && /^(the|a|an)$/.test(tokens[k - 1]?.lower ?? ''));
        nearMediation = (isMediation(k) && !(venue && k > m.tokenEnd)) || (tokens[k]!.lower === 'go' && tokens[k + 2]?.lower === 'between');
      }
      // ("Swiss-sponsored peace meetings": who sponsors the talks goes between the sides.)
      if (tokens[m.tokenEnd]?.text === '-' && tokens[m.tokenEnd + 1]?.lower === 'sponsored') nearMediation = true;
      // "mediated by X", "a mediator from the X Service", "exchanged through X".
      const from = before(1) === 'from' ? 2 : before(1) === 'the' && before(2) === 'from' ? 3 : 0;
      // "brokered by Qatar", "brokered by the Economic Community of …".
      const by = before(1) === 'by' ? 1 : before(1) === 'the' && before(2) === 'by' ? 2 : 0;
      // "with the mediation of the City Council", "the facilitator of the talks, the X".
      const of = before(1) === 'of' ? 1 : before(1) === 'the' && before(2) === 'of' ? 2 : 0;
      // "Its senior conciliator, X": a person whose office is a go-between's stands for a body that is one.
      const goBetween = m.type === 'Person' && m.office !== undefined && lexicon().nouns('mediate').has(m.office.toLowerCase().split(' ').at(-1)!);
      // "The talks are chaired by the X Service": who chairs the talks stands between the sides.
      // ("Arbo says it has chaired the sessions": so does one that chairs them, in the active.)
      const chairsTalks = (by > 0 && chairedTalks(tokens, m.tokenStart - by - 1)) || chairsTalksAfter(tokens, m.tokenEnd);
      // "mediators Qatar and Egypt said": a go-between's noun before a list of sides names each a go-between.
      let listStart = start;
      for (let n = 0; n < 4; n++) {
        // ("… and the United States": the item may take its article.)
        const joint = tokens[listStart - 1]?.lower === 'the' ? listStart - 2 : listStart - 1;
        const item = mentions.find((o) => o.tokenEnd === joint && /^(and|,)$/.test(tokens[joint]?.lower ?? ''));
        if (item === undefined) break;
        listStart = item.tokenStart;
      }
      // ("the conciliation service Arbo": so does a go-between's noun before the body's.)
      const named = listStart > 0 && tokens[listStart - 1]!.pos === 'NOUN' && (isMediation(listStart - 1) || (/^(service|body|agency|board)$/.test(tokens[listStart - 1]!.lower) && isMediation(listStart - 2)));
      // ("hosted by Kenya and the United Kingdom": each of a list after "by".)
      const listBy = tokens[listStart - 1]?.lower === 'by' ? 1 : tokens[listStart - 1]?.lower === 'the' && tokens[listStart - 2]?.lower === 'by' ? 2 : 0;
      const listedBy = listStart < start && listBy > 0 && isMediation(listStart - listBy - 1);
      // ("mediated jointly by the Church": an adverb may stand between the go-between's word and its preposition.)
      const mediationAt = (j: number): boolean => isMediation(j) || (tokens[j]?.pos === 'ADV' && isMediation(j - 1));
      if (nearMediation || named || listedBy || goBetween || chairsTalks || (by > 0 && mediationAt(m.tokenStart - by - 1)) || (of > 0 && mediationAt(m.tokenStart - of - 1)) || (from > 0 && mediationAt(m.tokenStart - from - 1)) || (before(1) === 'through' && /ed$/.test(before(2)))) credit(m.party, -4);
    }
  }
  // (States named only as go-betweens, whose credit mediation took away, are no side.)
  if (home !== undefined && governmentWords > 0 && ![...score].some(([p, s]) => s > 0 && (worldKnowledge().states.has(p) || governsRegion(p)))) credit(home, 2 * governmentWords);
  // A state whose army is a side is at the table through its army ("the Malian army" and a rebel front).
  // Whichever of a state and its army the article names more is the side; the other counts as the same side.
  const armies = [...score.keys()].filter((p) => / (army|military|armed forces)$/i.test(p));
  const armyOf = (state: string): string | undefined => armies.find((army) => army.toLowerCase().startsWith(`${(worldKnowledge().demonymOf.get(state) ?? state).toLowerCase()} `));
  const throughArmy = (party: string): boolean => {
    const army = armyOf(party);
    if (army !== undefined) return score.get(army)! >= score.get(party)!;
    const state = [...score.keys()].find((s) => armyOf(s) === party);
    return state !== undefined && score.get(state)! > score.get(party)!;
  };
  const scored = [...score.keys()];
  return new Map(
    [...score.entries()].filter(([party, s]) => s > 0 && !throughArmy(party) && !isJointBody(party, scored)).sort((a, b) => b[1] - a[1] || firstSeen.get(a[0])! - firstSeen.get(b[0])!),
  );
}

/** Whether a token is a noun of the lexicon's `deal` class: "agreement", "accord", "truce". */
function isDealNoun(token: Token | undefined): boolean {
  return token !== undefined && lexicon().entriesOf(token).some((e) => e.cls === 'deal' && e.part === 'nouns');
}

/** Where "(the) (Federal) Government of" begins before a state's name at `start`, else `start`. */
function governmentNameStart(tokens: readonly Token[], start: number): number {
  if (tokens[start - 1]?.lower !== 'of' || !GOVERNMENT_NOUNS.has(tokens[start - 2]?.lower ?? '')) return start;
  let k = start - 2;
  if (GOVERNMENT_QUALIFIERS.test(tokens[k - 1]?.lower ?? '')) k--;
  return tokens[k - 1]?.lower === 'the' ? k - 1 : k;
}

/**
 * A body the sides sit on together, not a side of its own: one called joint ("the Joint Border Commission") or
 * named after two of the other sides ("the Chile-Peru Fisheries Committee").
 */
export function isJointBody(party: string, sides: readonly string[]): boolean {
  const others = sides.filter((side) => side !== party);
  return others.length >= 2 && (/\bjoint\b/i.test(party) || others.filter((side) => party.includes(side)).length >= 2);
}

/** What a side a text defines as one of "the Parties" adds to its standing as a principal. */
const DEFINED_PARTIES_WEIGHT = 10;

/** "hereinafter "the Parties"" (or "the Sides") follows within a few words of `end`, the end of a side's name. */
function definedAsParties(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < Math.min(tokens.length, end + 12); k++) {
    if (/^(hereinafter|hereafter)$/.test(tokens[k]!.lower)) return tokens.slice(k + 1, k + 5).some((t) => /^(parties|sides)$/.test(t.lower));
    if (/^[.;:]$/.test(tokens[k]!.text)) return false;
  }
  return false;
}

/** What a side that signs or reaches a deal in a sentence adds to its standing as a principal. */
const SIGNING_WEIGHT = 3;
/** The opening quotation mark last before token k, or -1. */
function openingQuoteBefore(tokens: readonly Token[], k: number): number {
  let open = k - 1;
  while (open >= 0 && !/^["“]$/.test(tokens[open]!.text)) open--;
  return open;
}

/** Words for any firm, whatever its trade: "the company", "the group". */
const GENERIC_FIRM_NOUNS = /^(company|companies|firm|firms|group|corporation|conglomerate|giant|business|employer|employers|management|enterprise)$/;

/** Heads of the names of bodies that regulate, which "the regulator" and "the watchdog" refer back to. */
const REGULATOR_HEADS = /^(Commission|Authority|Agency|Office|Board|Bureau|Regulator|Directorate)$/;
/** Verb classes of making a deal. */
const DEAL_VERB_CLASSES = ['sign', 'reach-deal'] as const;

/**
 * The words after a mention that ends at `end` are a verb of making a deal, past auxiliaries and adverbs, or past "and"
 * and the other side that signs with it ("X and Y signed").
 */
function signs(tokens: readonly Token[], end: number, mentions: readonly Mention[]): boolean {
  let v = end;
  if (tokens[v]?.lower === 'and') {
    // ("… and the paramilitary Northern Defence Forces (NDF) signed": a word in lower case may describe the other side,
    // and its acronym follow it.)
    let at = tokens[v + 1]?.lower === 'the' ? v + 2 : v + 1;
    if (tokens[at]?.pos === 'ADJ' && tokens[at]!.text === tokens[at]!.lower) at++;
    const other = mentions.find((o) => o.tokenStart === at);
    if (other === undefined) return false;
    v = other.tokenEnd;
    if (tokens[v]?.text === '(' && tokens[v + 2]?.text === ')') v += 3;
  }
  // ("Greek Cypriot and Turkish Cypriot leaders failed to agree": the sides' people, and a verb of trying, before it.)
  if (v > end && /^(leaders|negotiators|delegations|officials|representatives)$/.test(tokens[v]?.lower ?? '')) v++;
  while (v < end + 8 && (tokens[v]?.pos === 'AUX' || tokens[v]?.pos === 'ADV')) v++;
  if (/^(fail|try|refuse|struggle)$/.test(tokens[v]?.lemma ?? '') && tokens[v + 1]?.lower === 'to') v += 2;
  const verb = tokens[v];
  // (Two sides that agree or negotiate together are the two at the table.)
  const pair = (v > end && tokens[end]?.lower === 'and') || mentions.filter((o) => o.tokenEnd === end && o.type === 'Party' && o.via !== 'group' && o.via !== 'pronoun').length > 1;
  return verb !== undefined && (verb.pos === 'VERB' || plainVerbInHeadline(tokens, v)) && (DEAL_VERB_CLASSES.some((cls) => lexicon().verbs(cls).has(verb.lemma)) || (pair && /^(agree|negotiate)$/.test(verb.lemma)));
}

/** Nouns of a plenary's members: "190 countries", "nearly 200 nations". */
const PLENARY_HEADS = new Set(['countries', 'nations', 'governments', 'states', 'delegations', 'parties']);
/** Words of sides at war or at odds: "the warring parties", "the rival factions". */
const RIVALS = /^(warring|rival|feuding|belligerent|opposing)$/;
const GROUP_HEADS = new Set(['sides', 'countries', 'nations', 'parties', 'delegations', 'parts', 'states', 'governments', 'teams', 'panels', 'camps', 'negotiators', 'companies', 'firms', 'unions', 'groups', 'partners', 'leaders', 'factions', 'organisations', 'organizations', 'movements', 'rivals']);

/** Resolves pronouns, definite descriptions and group phrases to the entities they stand for, sentence by sentence. */
class ReferenceResolver {
  private readonly persons: Mention[] = [];
  private lastParties: Mention[] = [];
  /** The tokens of the sentence `lastParties` were named in. */
  private lastPartiesTokens: readonly Token[] = [];

  /** The article's organisations in the order they were last named, latest last. */
  private readonly recentOrganisations: string[] = [];
  /** The delegation the last sentence that named one named, when it named one side's only. */
  private lastDelegation: Mention | undefined;

  /** Whose "board", "management" the article named last: "the board of Nyberg", "Nyberg's board". */
  private readonly bodyOwners = new Map<string, string>();

  /** Two organisations the article last named together, "A and B", for "the two companies" after them. */
  private namedTogether: readonly [string, string] | undefined;

  /** The kind noun ("the union") by which the article referred to each organisation of no known kind. */
  private readonly referredAs = new Map<string, string>();

  /** The two sides "both sides" stands for. */
  private readonly principals: readonly string[];

  constructor(
    private readonly world: WorldKnowledge,
    /** The article's sides, most named first. */
    private readonly sides: readonly string[],
    private readonly organisations: readonly string[],
    /** States the article names formally by their government: "the Federal Government of X". */
    private readonly formalGovernments: ReadonlySet<string> = new Set(),
    /** The state the article's places lie in (see homeState). */
    private readonly home: string | undefined = undefined,
    /** The region whose government "the state government" is (see homeRegion). */
    private readonly region: string | undefined = undefined,
    /** States the article names with their forces or military rule (see militaryStates). */
    private readonly military: ReadonlySet<string> = new Set(),
  ) {
    this.principals = sides.slice(0, 2);
  }

  /** Who speaks the lines of a transcript from the last label on ("DELACOURT: …"), until a line opens without one. */
  private lineSpeaker: Mention | undefined;
  /** Whether the line speaker was named by a label, rather than taken for an interview's answers. */
  private lineSpeakerLabelled = false;
  /** The person named after "spoke to", "sat down with", "interviewed" (see interviewee). */
  private spokenTo: Mention | undefined;

  /** Who the last sentence quoted, for a quotation that goes on unattributed in the next sentence or paragraph. */
  private lastQuoted: Mention | undefined;
  /** Whether the last quotation's speaker is a body the text does not name ('The ministry said the plan was "…"'). */
  private lastQuotedUnnamed = false;

  /** The last unnamed source ("a Bolivian official"), and how many people were named when it was. */
  private lastSource: { readonly mention: Mention; readonly personsNamed: number } | undefined;

  /** Whether the sentences so far in this paragraph left a quotation open. */
  private quoteOpen = false;

  /** The sides the sentence before named, while it is in the same paragraph (empty when it named none). */
  private sentenceBeforeParties: readonly Mention[] = [];

  resolve(tokens: readonly Token[], named: readonly Mention[], opensLine = false, heading = false, answer = false): Mention[] {
    // "Management insists on …": a capital the name finder took for a person's name is the employer (see sideAcrossAt).
    const found = named.filter((m) => m.type !== 'Person' || m.tokenEnd - m.tokenStart > 1 || this.sideAcrossAt(tokens, m.tokenStart) === undefined);
    // ("A: We agreed to …": an interview's answer is the words of the person it was with, named before the questions.)
    // (So is a paragraph after an interview's question printed without labels.)
    // (A question's line, "Q: The minister says …", is spoken by no one of the talks.)
    if (opensLine) {
      const labelled = askerLabelEnd(tokens) >= 0 ? null : labelledSpeaker(tokens, found);
      // ("PROF. ADEYEMI: Good afternoon." then "Let me be clear: we demand …": in a transcript, a paragraph with no label
      // that speaks in the first person goes on in the words of the speaker labelled last.)
      const goesOnSpeaking = labelled === undefined && this.lineSpeakerLabelled && this.lineSpeaker?.party !== undefined && !answer && tokens.some((t) => FIRST_PERSON.test(t.text));
      if (!goesOnSpeaking) {
        this.lineSpeaker = labelled === null ? undefined : (labelled ?? ((/^(a|answer)$/.test(tokens[0]?.lower ?? '') && tokens[1]?.text === ':') || answer ? this.interviewee() : undefined));
        this.lineSpeakerLabelled = labelled !== undefined && labelled !== null;
      }
    }
    // '"Our copper sells well," X said. "We will not export it cheaply."': a quotation that opens the next sentence with no speaker
    // of its own goes on in X's words; so does one that opens the next paragraph, as news goes on quoting at length.
    // A sentence inside a quotation the last one left open goes on too.
    const opensQuotation = /^["“]$/.test(tokens[0]?.text ?? '');
    if (opensLine) {
      this.quoteOpen = false;
      this.sentenceBeforeParties = [];
    }
    if (opensLine && !opensQuotation) {
      this.lastQuoted = undefined;
      this.lastQuotedUnnamed = false;
    }
    const goesOn = opensQuotation || this.quoteOpen ? this.lastQuoted : undefined;
    // ('The government said the move was "disappointing."' then '"We made a fair offer …"': the quotation goes on in the
    // words of a body the text does not name, no side named before.)
    const unnamedGoesOn = (opensQuotation || this.quoteOpen) && this.lastQuotedUnnamed;
    for (const t of tokens) if (/^["“”]$/.test(t.text)) this.quoteOpen = t.text === '"' ? !this.quoteOpen : t.text === '“';
    const mentions = [...found];
    const covered = new Set<number>();
    for (const m of found) for (let k = m.tokenStart; k < m.tokenEnd; k++) covered.add(k);
    const add = (m: Mention): void => {
      mentions.push(m);
      for (let k = m.tokenStart; k < m.tokenEnd; k++) covered.add(k);
    };
    // Mentions resolved earlier in the sentence count too: "the two sides met in London, where they agreed".
    const before = (k: number) => mentions.filter((m) => m.tokenEnd <= k);
    for (let k = 0; k < tokens.length; k++) {
      if (covered.has(k)) continue;
      const t = tokens[k]!;
      // "A Kestrel Front delegation arrived … The delegation, led by …": "the delegation" alone is the one named last.
      const lastDelegation = this.lastDelegation;
      if (t.lower === 'the' && tokens[k + 1]?.lower === 'delegation' && lastDelegation !== undefined && !/^(of|'s|’s|from|for)$/.test(tokens[k + 2]?.lower ?? '') && tokens[k + 2]?.pos !== 'NOUN' && !covered.has(k + 1)) {
        add(this.mention(tokens, k, k + 2, 'Delegation', lastDelegation.canonical, 'description', lastDelegation.party));
        k++;
        continue;
      }
      // "the two groups", "both studios": two organisations of that kind the article names, whoever the sides are.
      const kindGroup = this.kindGroupAt(tokens, k, found);
      if (kindGroup) {
        for (const party of kindGroup.labels) add(this.mention(tokens, k, kindGroup.end, 'Party', party, 'group', party));
        k = kindGroup.end - 1;
        continue;
      }
      const group = this.groupAt(tokens, k);
      if (group && this.sides.length >= group.size) {
        // ("The Greens proposed X, which the Social Democrats support. Both parties agreed …": where more than two
        // parties talk, "both parties" are the two the sentence before named.)
        const lastNamed = (group.size === 2 && this.sides.length > 2 && t.lower === 'both' && tokens[k + 1]?.lower === 'parties') || group.lastNamed === true;
        const named = lastNamed ? [...new Set(this.lastParties.filter((m) => m.type === 'Party' && m.via !== 'pronoun' && m.via !== 'group').map((m) => m.party ?? m.canonical))] : [];
        const fits = group.lastNamed ? named.length >= 2 : named.length === 2;
        for (const party of fits ? named : this.sides.slice(0, group.size)) add(this.mention(tokens, k, group.end, 'Party', party, 'group', party));
        k = group.end - 1;
        continue;
      }
      // "Ruiz's team", "Holm's negotiators": the team a person of a known side leads is that side's.
      const leader = isPossessive(t) ? [...found, ...mentions].find((m) => m.type === 'Person' && m.tokenEnd === k && m.party !== undefined && m.via !== 'source') : undefined;
      const teamEnd = leader === undefined ? undefined : /^(negotiating|bargaining)$/.test(tokens[k + 1]?.lower ?? '') ? k + 3 : k + 2;
      if (leader !== undefined && teamEnd !== undefined && /^(team|delegation|negotiators)$/.test(tokens[teamEnd - 1]?.lower ?? '')) {
        add(this.mention(tokens, k + 1, teamEnd, 'Delegation', delegationLabel(this.world, leader.party!, teamNoun(tokens, teamEnd)), 'description', leader.party));
        k = teamEnd - 1;
        continue;
      }
      // "Its negotiating team, headed by X,": the team of the side "its" stands for.
      const ownTeamEnd = /^(its|their)$/.test(t.lower) ? (/^(negotiating|bargaining)$/.test(tokens[k + 1]?.lower ?? '') ? k + 3 : k + 2) : undefined;
      if (ownTeamEnd !== undefined && /^(team|delegation|negotiators)$/.test(tokens[ownTeamEnd - 1]?.lower ?? '')) {
        const owner = this.sideOfPossessive(k, mentions);
        const side = owner?.party ?? owner?.canonical;
        if (side !== undefined) {
          add(this.mention(tokens, k + 1, ownTeamEnd, 'Delegation', delegationLabel(this.world, side, teamNoun(tokens, ownTeamEnd)), 'description', side));
          k = ownTeamEnd - 1;
          continue;
        }
      }
      const government = this.governmentReferenceAt(tokens, k);
      if (government) {
        const { end, state, team } = government;
        add(team ? this.mention(tokens, k, end, 'Delegation', delegationLabel(this.world, state, teamNoun(tokens, end)), 'description', state) : this.mention(tokens, k, end, 'Party', state, 'description', state));
        k = end - 1;
        continue;
      }
      // "the negotiating delegation of the guild": the team of the organisation named by its kind after "of".
      if (/^(delegation|team|negotiators)$/.test(t.lower) && tokens[k + 1]?.lower === 'of' && !covered.has(k + 3)) {
        const owner = this.organisationReferenceAt(tokens, k + 2);
        if (owner !== undefined && !owner.team) {
          const from = /^(negotiating|bargaining)$/.test(tokens[k - 1]?.lower ?? '') ? k - 1 : k;
          add(this.mention(tokens, from, owner.end, 'Delegation', delegationLabel(this.world, owner.label, t.lower), 'description', owner.label));
          k = owner.end - 1;
          continue;
        }
      }
      // "The Council of Governors": a name found after "the" is no description of its own.
      // ("… as union rejects offer": a headline leaves out the article before the kind.)
      // ("Union leaders rejected …", "senior company executives said": so does a kind before the people who speak for it.)
      const speakers = SPEAKERS_OF_SIDE.test(tokens[k + 1]?.lower ?? '');
      const bare = (heading || speakers) && k > 0 && t.text === t.lower && t.pos === 'NOUN' && !/^(DET|PRON)$/.test(tokens[k - 1]!.pos) && !isPossessive(tokens[k - 1]!);
      // ("the FTTA, the largest fishers' union, and …": a description set off after a name is that name's.)
      // (Not an item of a list: "The band, the firm and the state signed"; looked for only after a comma.)
      const listed = (): boolean => {
        const noun = tokens.findIndex((x, j) => j > k && x.pos === 'NOUN');
        return noun > 0 && /^(and|or)$/.test(tokens[noun + 1]?.lower ?? '');
      };
      const apposed = tokens[k - 1]?.text === ',' && !listed() ? found.find((m) => m.type === 'Party' && m.tokenEnd === k - 1 && this.organisations.includes(m.canonical))?.canonical : undefined;
      // ("Microsoft president Brad Smith said the company would …": the one organisation the sentence named before.)
      const named = t.lower !== 'the' ? [] : [...new Set(found.filter((m) => m.type === 'Party' && m.tokenEnd <= k).map((m) => m.party ?? m.canonical).filter((label) => this.organisations.includes(label) || this.world.organisationKinds.has(label)))];
      const organisation = covered.has(k + 1) ? undefined : this.organisationReferenceAt(tokens, k, false, apposed, named.length === 1 ? named[0] : undefined) ?? (bare ? this.organisationReferenceAt(tokens, k - 1, true) : undefined);
      if (organisation?.team) {
        // "the airline's negotiators", "the company's negotiating panel": the organisation's delegation.
        add(this.mention(tokens, k, organisation.end, 'Delegation', delegationLabel(this.world, organisation.label, teamNoun(tokens, organisation.end)), 'description', organisation.label));
        k = organisation.end - 1;
        continue;
      }
      // ("the carrier Skyward Express": a kind noun right before a name is that name's, and refers back to nothing.)
      if (organisation && !(covered.has(organisation.end) && isCapitalised(tokens[organisation.end]))) {
        add(this.mention(tokens, k, organisation.end, 'Party', organisation.label, 'description', organisation.label));
        k = organisation.end - 1;
        continue;
      }
      const members = k === 0 ? this.membersOpening(tokens) : undefined;
      if (members !== undefined) {
        add(this.mention(tokens, 0, 1, 'Party', members, 'description', members));
        continue;
      }
      const management = this.sideAcrossAt(tokens, k);
      if (management) {
        // ("who led the opposition team": the side's team at the table.)
        const noun = teamAfter(tokens, management.end);
        const team = noun === undefined ? undefined : noun + 1;
        if (team !== undefined) add(this.mention(tokens, k, team, 'Delegation', delegationLabel(this.world, management.label, teamNoun(tokens, team)), 'description', management.label));
        else add(this.mention(tokens, k, management.end, 'Party', management.label, 'description', management.label));
        k = (team ?? management.end) - 1;
        continue;
      }
      // ("X, counselor to the president,", "an adviser of the minister": a description another office governs names
      // whom that office serves, no one named around it.)
      const served = /^(to|of|for)$/.test(tokens[k - 1]?.lower ?? '') && this.world.offices.heads.has(tokens[k - 2]?.lower ?? '');
      const description = served ? undefined : this.descriptionAt(tokens, k, found);
      if (description) {
        // "The spokeswoman of the federation, Eva Lind, said …": a name in apposition is whom the description names.
        let comma = description.end;
        while (comma < description.through + 6 && tokens[comma] !== undefined && tokens[comma]!.text !== ',' && tokens[comma]!.pos !== 'VERB') comma++;
        // ("…, Most Rev. Dr. Samuel Eze,", "…, Dr. (Mrs.) Ana Ruiz,": titles may stand before the name.)
        const titled = (m: Mention): boolean => m.tokenStart > comma && m.tokenStart <= comma + 7 && tokens.slice(comma + 1, m.tokenStart).every((t) => /^[.()]$/.test(t.text) || (/^\p{Lu}/u.test(t.text) && t.pos !== 'VERB'));
        const named = tokens[comma]?.text === ',' ? found.find((m) => m.type === 'Person' && m.via !== 'source' && titled(m)) : undefined;
        // "the Chilean negotiator announced …, Ana Ruiz": the description may come before the name.
        // ("A Bolivian official told reporters … 'We will not …,' the official said": the unnamed source, when no one has
        // been named since.)
        const source = named === undefined ? this.sourceFor(description.office, description.party) : undefined;
        const person =
          named ??
          source ??
          // ("PROF. ADEYEMI: The minister offered …": who speaks a transcript's line is not whom its description names.)
          this.personFor(description.party, description.office, before(k), false, this.lineSpeaker?.canonical) ??
          found.find((m) => m.type === 'Person' && m.via !== 'source' && m.tokenStart >= description.end && (!description.party || !m.party || m.party === description.party) && describedLater(tokens, m, description.end, this.world)) ??
          this.personFor(description.party, description.office, before(k), true);
        // (A title names the person, no office of theirs.)
        if (person) add(this.mention(tokens, k, description.end, 'Person', person.canonical, person === source ? 'source' : 'description', person.party ?? description.party, person === source || description.title ? person.office : (description.office ?? person.office)));
        // ("The minister offered to hold the rebate", of a minister the article never names: the government at the table,
        // which the minister speaks for.)
        // ("The Chilean president refused …", of one the article never names: the state named with the office.)
        else if (description.office !== undefined && (MINISTERIAL_OFFICE.test(description.office) || (description.party !== undefined && this.world.states.has(description.party) && HEAD_OF_STATE.test(description.office))) && !noLongerHeld(description.office)) {
          const government = description.party ?? this.governmentAtTable(false);
          if (government !== undefined) add(this.mention(tokens, k, description.end, 'Party', government, 'description', government));
        }
        k = description.end - 1;
        continue;
      }
      // "Mexico's economy minister said his country would not accept …": the side of the person it refers to.
      // ("his country's delegation" is read as a delegation.)
      if ((t.lower === 'his' || t.lower === 'her') && /^(country|government|nation)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower !== "'s") {
        const person = this.personFor(undefined, undefined, before(k));
        // "Premier X said his government …": a person whose side the article has not stated speaks for the government
        // at the table, and is of it.
        const party = person?.party ?? (person !== undefined && tokens[k + 1]!.lower === 'government' ? this.governmentAtTable(false) : undefined);
        if (person !== undefined && party !== undefined && person.party === undefined) {
          mentions.forEach((m, at) => {
            if (m.type === 'Person' && m.canonical === person.canonical && m.party === undefined) mentions[at] = { ...m, party };
          });
          this.persons.forEach((m, at) => {
            if (m.canonical === person.canonical && m.party === undefined) this.persons[at] = { ...m, party };
          });
        }
        if (party) {
          add(this.mention(tokens, k, k + 2, 'Party', party, 'pronoun', party));
          k++;
        }
        continue;
      }
      // "Its key demand is a limit of 25 pupils": opening a sentence before what a side wants, "its" is the first side of
      // the sentence before, which holds the stance. (So after an answer's label: "A: Their proposal is …" answers a
      // question on what the side named in it offers.)
      if (/^(its|their)$/.test(t.lower) && (k === 0 || k === speakerLabelEnd(tokens) + 1) && this.lastParties[0] !== undefined) {
        let noun = k + 1;
        while (tokens[noun]?.pos === 'ADJ') noun++;
        if (OWN_STANCE_NOUNS.test(tokens[noun]?.lower ?? '')) {
          const side = this.lastParties[0].party ?? this.lastParties[0].canonical;
          add(this.mention(tokens, k, k + 1, 'Party', side, 'pronoun', side));
          continue;
        }
      }
      if (t.pos !== 'PRON' || t.lower === 'we') continue;
      if (t.lower === 'he' || t.lower === 'she') {
        const person = this.personFor(undefined, undefined, before(k));
        if (person) add(this.mention(tokens, k, k + 1, 'Person', person.canonical, 'pronoun', person.party, person.office));
      } else if (t.lower === 'they' || t.lower === 'it') {
        // '"They want our quay," said X': in a quotation whose speaker says "us" or "our", "they" is the other side.
        const quoted = goesOn !== undefined || tokens.some((x) => /^["“”]$/.test(x.text));
        if (t.lower === 'they' && quoted && tokens.some((x) => /^(us|we|our)$/.test(x.lower))) {
          const voice = this.quoteOpener(tokens, k, mentions) ?? this.quotedSpeaker(tokens, mentions) ?? this.lineSpeaker ?? goesOn;
          const own = voice?.party ?? (voice?.type === 'Person' ? undefined : voice?.canonical);
          // (The side may be named in full or by its short name: "AFASA" is the association's.)
          const sideOf = (label: string): string => this.world.names.get(nameKey(label))?.party ?? label;
          const others = own === undefined ? [] : this.principals.filter((p) => sideOf(p) !== sideOf(own));
          if (others.length === 1) {
            add(this.mention(tokens, k, k + 1, 'Party', others[0]!, 'pronoun', others[0]));
            continue;
          }
        }
        const speaker = this.reportingSpeaker(tokens, k, before(k));
        // "The government said it would not pay": "it" is the body that speaks, though no side it names.
        if (speaker === null && (t.lower !== 'it' || isBodyNoun(tokens[reportingVerbBefore(tokens, k)?.head ?? -1]?.lower ?? ''))) continue;
        // ("The committee, which includes …, said it": "it" is the body that speaks, not the last side named. "X, who is the
        // voice of the crews in the union, said they": "they" is the side named before, not a person of no known side.)
        const sideBefore = before(k).some((m) => m.type === 'Party' || m.type === 'Delegation');
        if (speaker && (t.lower === 'it' ? speaker.type === 'Party' : t.lower !== 'they' || speaker.type === 'Party' || speaker.party !== undefined || !sideBefore)) {
          add(this.mention(tokens, k, k + 1, speaker.type, speaker.canonical, 'pronoun', speaker.party, speaker.office));
          // "Chile and Peru said they …", "The Liberal Party (LP), the centrist Forward (F) and … said they": "they" stands
          // for every side of a subject joined by "and".
          if (t.lower === 'they' && speaker.type === 'Party') {
            // ("The four groups said they …": so it does for each side a group's noun stands for.)
            const grouped = speaker.via === 'group' ? before(k).filter((m) => m.via === 'group' && m.tokenStart === speaker.tokenStart && m.canonical !== speaker.canonical) : [];
            for (const other of [...sidesJoinedBefore(tokens, before(k), speaker), ...grouped]) add(this.mention(tokens, k, k + 1, other.type, other.canonical, 'pronoun', other.party, other.office));
          }
        }
        // ("The panel turned it down at once": "it" as the object of a verb is the thing done to, an offer or a
        // text, not a side.)
        else if (t.lower === 'it' && tokens[k - 1]?.pos === 'VERB' && !isReportingVerb(tokens[k - 1]) && tokens[k + 1]?.pos !== 'VERB' && tokens[k + 1]?.pos !== 'AUX') continue;
        else {
          // "The kidnappers … it": "it" stands for no side named by a plural ("kidnappers", "rebels", "gunmen").
          const parties = this.partiesBefore(tokens, before(k)).filter((p) => t.lower !== 'it' || !namedInPlural(p));
          // "It" that opens a sentence is most often the subject of the one before: its first side.
          const targets = t.lower === 'it' ? (sideBefore ? parties.slice(-1) : parties.slice(0, 1)) : parties;
          const seen = new Set<string>();
          for (const p of targets) if (!seen.has(p.party ?? p.canonical) && seen.add(p.party ?? p.canonical)) add(this.mention(tokens, k, k + 1, 'Party', p.party ?? p.canonical, 'pronoun', p.party ?? p.canonical));
        }
      }
    }
    // "Its chief negotiator, Tomas Brandt, said": opening a sentence, "its" stands for the first side of the one before.
    // "Agriculture Minister X" in talks between the farmers and one government: a minister whose side is unstated is of
    // the government at the table.
    mentions.forEach((m, n) => {
      if (m.type !== 'Person' || m.party !== undefined) return;
      // "Foreign Minister X represented Peru at the signing": the side a person represents.
      // ("Chile was represented by Foreign Minister X": the side before the passive, past the office.)
      const by = tokens.findLastIndex((t, j) => j < m.tokenStart && j >= m.tokenStart - 6 && t.lower === 'by');
      const representedBy = by > 0 && tokens[by - 1]!.lower === 'represented' && !tokens.slice(by + 1, m.tokenStart).some((t) => t.pos === 'VERB' || t.text === ',') ? mentions.find((o) => o.type === 'Party' && (o.tokenEnd === by - 2 || o.tokenEnd === by - 3) && /^(was|were|is|are|been|be)$/.test(tokens[o.tokenEnd]?.lower ?? '')) : undefined;
      const represented = representedBy ?? (/^(represented|represents|representing)$/.test(tokens[m.tokenEnd]?.lower ?? '') ? mentions.find((o) => o.type === 'Party' && o.tokenStart === m.tokenEnd + 1) : undefined);
      if (represented !== undefined) {
        mentions[n] = { ...m, party: represented.party ?? represented.canonical };
        return;
      }
      if (m.office === undefined) return;
      // ("The union sent its chief negotiator, X, to the talks": inside the sentence, the side named before "its",
      // which a description may name.)
      const its = possessiveBeforeOffice(tokens, m.tokenStart, m.office);
      // ("The company's chief executive, Lars Moen,": an organisation referred to by its kind owns the office too.)
      const side = its === undefined ? this.ownerOfOffice(tokens, m, mentions) : this.sideOfPossessive(its, mentions);
      if (side !== undefined) mentions[n] = { ...m, party: side.party ?? side.canonical };
      // ("a one-time finance minister now chairing the talks": an office no longer held is no government's.)
      else if ((MINISTERIAL_OFFICE.test(m.office.split(' ').slice(0, 4).join(' ')) || /\b(?:ministry|government)\b/i.test(m.office)) && !noLongerHeld(m.office)) {
        // ("In Lima, a foreign ministry spokesman, X, said …": the capital or state the sentence opens in says which.)
        const where = tokens[0]?.lower === 'in' ? mentions.find((o) => (o.type === 'Party' || o.type === 'Place') && o.tokenStart === 1 && tokens[o.tokenEnd]?.text === ',' && o.party !== undefined && this.world.states.has(o.party)) : undefined;
        const government = where?.party ?? this.ministersGovernment() ?? this.stateNamedAround(mentions.filter((o) => !namedAttributively(tokens, o)));
        if (government !== undefined) mentions[n] = { ...m, party: government, partyInferred: true };
      }
    });
    // "We" last: in '"We …," he said' the speaker is known only once "he" is resolved. "I" in a transcript's line is
    // its speaker (in a quotation it is too often a personal aside to read).
    for (let k = 0; k < tokens.length; k++) {
      if (tokens[k]!.text === 'I' && tokens[k]!.pos === 'PRON' && !covered.has(k) && this.lineSpeaker !== undefined) {
        const { canonical, party, office } = this.lineSpeaker;
        add(this.mention(tokens, k, k + 1, 'Person', canonical, 'pronoun', party, office));
        continue;
      }
      // ("Our works committee refused the pay offer": the speaker's side, by one of its bodies.)
      const ownNoun = tokens[k]!.lower === 'our' ? (/^(negotiating|bargaining)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1) : -1;
      const ownTeam = ownNoun > 0 && /^(delegation|team|negotiators)$/.test(tokens[ownNoun]?.lower ?? '');
      const ownSide = ownNoun > 0 && (OWN_SIDE_NOUNS.test(tokens[ownNoun]?.lower ?? '') || ownTeam) && !/^['’]/.test(tokens[ownNoun + 1]?.text ?? '') && !covered.has(ownNoun);
      const ownStance = tokens[k]!.lower === 'our' && stanceNounIsAfter(tokens, k + 1);
      if (covered.has(k) || !((tokens[k]!.lower === 'we' && tokens[k]!.pos === 'PRON') || ownSide || ownStance)) continue;
      const reporter = this.reportingSpeaker(tokens, k, mentions.filter((m) => m.tokenEnd <= k));
      if (reporter === null) continue;
      const speaker = reporter ?? this.quoteOpener(tokens, k, mentions) ?? this.colonSpeaker(tokens, k, mentions) ?? this.quotedSpeaker(tokens, mentions) ?? this.lineSpeaker ?? goesOn;
      if (ownSide || ownStance) {
        const side = speaker?.type === 'Person' ? speaker.party : speaker?.type === 'Party' ? (speaker.party ?? speaker.canonical) : undefined;
        if (side !== undefined && !ownSide) {
          add(this.mention(tokens, k, k + 1, 'Party', side, 'pronoun', side));
          continue;
        }
        // ("Our delegation, headed by X": the team of the speaker's side.)
        if (side !== undefined && ownTeam) add(this.mention(tokens, k, ownNoun + 1, 'Delegation', delegationLabel(this.world, side, teamNoun(tokens, ownNoun + 1)), 'pronoun', side));
        else if (side !== undefined) add(this.mention(tokens, k, ownNoun + 1, 'Party', side, 'pronoun', side));
        continue;
      }
      if (speaker === undefined && unnamedGoesOn) continue;
      // ("'We …,' the official said", of an unnamed source: "we" is the source's side.)
      if (speaker?.via === 'source' && speaker.party !== undefined) add(this.mention(tokens, k, k + 1, 'Party', speaker.party, 'pronoun', speaker.party));
      else if (speaker) add(this.mention(tokens, k, k + 1, speaker.type, speaker.canonical, 'pronoun', speaker.party, speaker.office));
      else {
        const seen = new Set<string>();
        for (const p of this.partiesBefore(tokens, mentions.filter((m) => m.tokenEnd <= k))) {
          const party = p.party ?? p.canonical;
          if (!seen.has(party) && seen.add(party)) add(this.mention(tokens, k, k + 1, 'Party', party, 'pronoun', party));
        }
      }
    }
    mentions.sort((a, b) => a.tokenStart - b.tokenStart || a.tokenEnd - b.tokenEnd);
    // ("We spoke to X, executive director of …", "I spoke with the association's spokesman, Dr. X": the person an
    // interview's introduction says it is with, named first after the words that say so, in the same clause.)
    const interviewed = this.spokenTo === undefined ? tokens.findIndex((_, k) => k > 0 && /^(to|with|interviewed)$/.test(tokens[k - 1]!.lower) && INTERVIEWED.test(spanText(tokens, Math.max(0, k - 6), k).toLowerCase())) : -1;
    // ("He spoke to the Varden Herald": a person named, or "she" or "he", who spoke to the paper is the one it is with.)
    const speaker = interviewed > 0 ? mentions.find((m) => m.type === 'Person' && m.tokenEnd >= interviewed - 8 && m.tokenEnd < interviewed - 1 && INTERVIEWED.test(spanText(tokens, m.tokenEnd, interviewed).toLowerCase()) && (m.via !== 'pronoun' || /^(she|he)$/.test(m.text.toLowerCase()))) : undefined;
    if (speaker !== undefined) this.spokenTo = speaker;
    for (const m of mentions) {
      if (m.type === 'Person' && m.via !== 'pronoun' && this.spokenTo === undefined && interviewed > 0 && m.tokenStart >= interviewed && m.tokenStart <= interviewed + 10 && !tokens.slice(interviewed, m.tokenStart).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) this.spokenTo = m;
      if (m.type === 'Person' && m.via !== 'source') this.persons.push(m);
      else if (m.type === 'Person' && m.via === 'source') this.lastSource = { mention: m, personsNamed: this.persons.length };
    }
    const quoting = tokens.some((t) => /^["“”]$/.test(t.text)) ? this.quotingPerson(tokens, mentions) : undefined;
    // ("In a statement, X, head of Kestrel, said:" before a paragraph in quotation marks: X speaks it.)
    const introduces = tokens.at(-1)?.text === ':' && isReportingVerb(tokens.at(-2)) ? mentions.findLast((m) => m.type === 'Person' && m.via !== 'pronoun') : undefined;
    this.lastQuoted = introduces ?? quoting ?? goesOn;
    if (introduces !== undefined || quoting !== undefined) this.lastQuotedUnnamed = false;
    else if (tokens.some((t) => /^["“”]$/.test(t.text)) && unnamedBodySpeaks(tokens, mentions)) this.lastQuotedUnnamed = true;
    this.noteBodyOwners(tokens, mentions);
    for (const m of mentions) {
      const label = m.party ?? m.canonical;
      // ("the two sides" names the principals again, no organisation the text has just spoken of.)
      if (m.via === 'group') continue;
      // (A bloc world knowledge names, "the G77", is an organisation "the group" may refer back to.)
      if ((m.type === 'Party' || m.type === 'Delegation') && (this.organisations.includes(label) || this.world.organisationKinds.has(label) || this.isKnownBloc(label))) {
        const at = this.recentOrganisations.indexOf(label);
        if (at >= 0) this.recentOrganisations.splice(at, 1);
        this.recentOrganisations.push(label);
      }
    }
    const delegations = mentions.filter((m) => m.type === 'Delegation' && m.party !== undefined);
    // (One delegation named in a sentence is the one "the delegation" refers back to; two leave none.)
    if (delegations.length > 0) this.lastDelegation = new Set(delegations.map((m) => m.party)).size === 1 ? delegations[0] : undefined;
    const partyLike = mentions.filter((m) => m.type === 'Party' || m.type === 'Delegation');
    if (partyLike.length > 0) {
      this.lastParties = partyLike;
      this.lastPartiesTokens = tokens;
    }
    this.sentenceBeforeParties = partyLike;
    for (const [n, m] of partyLike.entries()) {
      const next = partyLike[n + 1];
      if (next !== undefined && m.via !== 'group' && next.via !== 'group' && tokens[m.tokenEnd]?.lower === 'and' && next.tokenStart === m.tokenEnd + 1 && this.organisations.includes(m.canonical) && this.organisations.includes(next.canonical)) {
        this.namedTogether = [m.canonical, next.canonical];
      }
    }
    return mentions;
  }

  private mention(tokens: readonly Token[], from: number, to: number, type: Mention['type'], canonical: string, via: string, party?: string, office?: string): Mention {
    const first = tokens[from]!;
    const last = tokens[to - 1]!;
    return {
      type,
      text: spanText(tokens, from, to),
      canonical,
      start: first.start,
      end: last.end,
      tokenStart: from,
      tokenEnd: to,
      party,
      office,
      via,
    };
  }

  /**
   * "the government", "the government delegation", "the army": the one state among the sides, when it negotiates with no
   * other state (a government and a rebel movement, a union, a company).
   */
  private governmentReferenceAt(tokens: readonly Token[], k: number): { end: number; state: string; team: boolean } | undefined {
    // "Government negotiators, led by …": without its article, the noun names the government's team only.
    // ("the state government", "the provincial government": the government of a region at the table.)
    const level = tokens[k]?.lower === 'the' && REGION_LEVELS.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'government';
    // ("a government team led by …": an indefinite team of the government is its team too.)
    const indefinite = /^(a|an)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'government' && DELEGATION_NOUNS.has(tokens[k + 2]?.lower ?? '');
    // ("the health ministry": a portfolio in lower case may stand before the ministry.)
    const portfolio = tokens[k]?.lower === 'the' && tokens[k + 1]?.pos === 'NOUN' && tokens[k + 1]!.text === tokens[k + 1]!.lower && /^(ministry|department)$/.test(tokens[k + 2]?.lower ?? '');
    // ("the federal government", "the interim government": a word of what kind of government it is.)
    const qualified = tokens[k]?.lower === 'the' && GOVERNMENT_QUALIFIERS.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'government';
    const noun = tokens[k]?.lower === 'the' || indefinite ? k + (level || portfolio || qualified ? 2 : 1) : k;
    const bareTeam = (noun === k || indefinite) && tokens[noun]?.lower === 'government' && DELEGATION_NOUNS.has(tokens[noun + 1]?.lower ?? '');
    // ("Government officials have dismissed …": the government's officials speak for it.)
    const officials = noun === k && tokens[k]?.lower === 'government' && /^(officials|sources)$/.test(tokens[k + 1]?.lower ?? '');
    // "the ministry's team, led by …": a ministry named by its noun alone is the government at the table too.
    // ("the army", "the police": a state's forces, where the one state at the table faces a movement, a union or a firm.)
    // ("the junta", "the regime": a government named by how it took or holds power.)
    // ("the Executive", as news translated from Spanish or French names the government.)
    const executive = tokens[noun]?.text === 'Executive';
    // ("PRETORIA – Government and two unions signed …": a capitalised "Government" opening the story, without its
    // article, as South African and Indian news write it.)
    // ("Airport row: Govt agrees to …": so does "Govt", as headlines in South Asian news shorten it, after a heading's colon.)
    const bare = noun === k && /^(Government|Govt)$/.test(tokens[k]?.text ?? '') && (k === 0 || /^[–—:-]$/.test(tokens[k - 1]?.text ?? '')) && /^(VERB|AUX|CCONJ)$/.test(tokens[k + 1]?.pos ?? '');
    // ("Officials have proposed to hire …" in a story of a ministry and a union: officials named by no side, who open
    // the sentence and act, are the government's at the table, where the other side is none.)
    if (k === 0 && tokens[k]?.text === 'Officials' && /^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '')) {
      const state = this.governmentAtTable(false);
      const others = this.principals.filter((p) => p !== state);
      return state !== undefined && this.principals.length === 2 && others.length === 1 && !this.world.states.has(others[0]!) && !MINISTRY_NAME.test(others[0]!) ? { end: k + 1, state, team: false } : undefined;
    }
    if ((noun === k && !bareTeam && !officials && !bare) || (!/^(government|govt|authorities|administration|ministry|department|province|army|military|police|junta|regime)$/.test(tokens[noun]?.lower ?? '') && !executive)) return undefined;
    // ("the army delegation" where "the Sudanese army" is a side: that army, which the organisation reference reads.)
    if (/^(army|military)$/.test(tokens[noun]!.lower) && this.principals.some((p) => / (army|military|armed forces)$/i.test(p))) return undefined;
    // A ministry at the table stands for the government when no state is a side ("the Ministry of Health" and a union),
    // and so does "the province" across the table from a union: there the province is its government, not a place.
    // ("the Government" in a ministry's release on talks between a movement and go-betweens, which may be states too:
    // the one state the article names formally, "the Government of …", though it names it less than the others.)
    const soleState = (): string | undefined => {
      const formal = this.sides.filter((p) => this.world.states.has(p) && this.formalGovernments.has(p));
      return formal.length === 1 && /^(government|authorities)$/.test(tokens[noun]!.lower) ? formal[0] : undefined;
    };
    // ("GOMA — … The government has refused …": where no state is a side at all, or only that state, the government, its
    // army and its team are those of the state the article's places lie in.)
    const homeGovernment = (): string | undefined =>
      /^(government|govt|authorities|army|military|police|junta|regime)$/.test(tokens[noun]!.lower) && !level && this.home !== undefined && this.sides.every((p) => p === this.home || !(this.world.states.has(p) || governsRegion(p))) ? this.home : undefined;
    // ("the state government" where the article names one state of a federation: that state's, though the federation
    // its places lie in is counted among the sides.)
    // ("The province has offered …": so is "the province" acting; "strikes in the province" is the place.)
    if (tokens[noun]!.lower === 'province' && /^(in|across|throughout|around|outside|within|to|from)$/.test(tokens[k - 1]?.lower ?? '')) return undefined;
    const regionalGovernment = (level && REGION_GOVERNMENT_LEVELS.test(tokens[k + 1]!.lower)) || tokens[noun]!.lower === 'province' ? this.region : undefined;
    // ("the ministry" where the article names a ministry as a side of its own, across the table from a union: the one
    // named last.)
    // ("The department also rejected …": a ministry is a department of its government, named by either word.)
    const ministry = /^(ministry|department)$/.test(tokens[noun]!.text) && tokens[noun - 1]?.lower === 'the' ? this.recentOrganisations.findLast((label) => MINISTRY_NAME.test(label)) : undefined;
    if (tokens[noun]!.lower === 'department' && ministry === undefined) return undefined;
    // ("the junta" where the article names one state's military government, and a go-between state more often.)
    const ruling = MILITARY_RULE.test(tokens[noun]!.lower) && this.military.size === 1 ? [...this.military][0] : undefined;
    const state = ministry ?? regionalGovernment ?? ruling ?? this.governmentAtTable(tokens[noun]!.lower === 'province') ?? soleState() ?? homeGovernment();
    if (state === undefined) return undefined;
    if (officials) return { end: k + 2, state, team: false };
    // ("the Ministry of Health of Peru": its portfolio and state are part of its name.)
    const named = tokens[noun]!.lower === 'ministry' ? portfolioEnd(tokens, noun + 1, this.world) : noun + 1;
    let end = named;
    if (tokens[end]?.lower === "'s") end++;
    if (/^(negotiating|bargaining)$/.test(tokens[end]?.lower ?? '')) end++;
    const team = DELEGATION_NOUNS.has(tokens[end]?.lower ?? '');
    // "the government forces", "the government's offer": the state itself only when the noun heads its phrase.
    if (!team && (tokens[noun + 1]?.pos === 'NOUN' || tokens[noun + 1]?.pos === 'PROPN')) return undefined;
    return { end: team ? end + 1 : named, state, team };
  }

  /**
   * The government a minister of unstated side belongs to where no state is at the table (farmers and a ministry, an
   * insurer and a drugmaker): the ministry at the table, else the state or ministry the article names most. (A state at
   * the table is left to the resolver, which weighs every article naming the minister: see inferOfficeHoldersSides.)
   */
  private ministersGovernment(): string | undefined {
    // (A story on "the provincial government" of the one region it names: the region's minister, though the federation
    // its places lie in is counted among the sides.)
    if (this.region !== undefined) return this.region;
    if (this.principals.some((p) => this.world.states.has(p))) return undefined;
    // Only an article on talks between two sides says whose minister it is likely to be.
    if (this.principals.length < 2) return undefined;
    return this.governmentAtTable(false) ?? this.sides.find((p) => this.world.states.has(p) || /^(Ministry|Department) of /.test(p));
  }

  /**
   * "Peru walked away from the plan. Trade Minister X called it …": in talks between two states, a minister whose side is
   * unstated is of the one state that this sentence and the one before it, in the same paragraph, name (as news brings
   * in a side's minister after its side's move). Undefined where they name two states, or none. ("Chile's delegation
   * was under A. Peru sent Trade Minister B": two states, so B's side is left to what B is said to do.)
   */
  private stateNamedAround(sentence: readonly Mention[]): string | undefined {
    if (this.principals.length !== 2 || !this.principals.every((p) => this.world.states.has(p))) return undefined;
    const named = new Set<string>();
    for (const m of [...this.sentenceBeforeParties, ...sentence]) {
      const side = m.party ?? m.canonical;
      // (What "it" or "they" stands for is the resolver's reading, not a side the text names.)
      if ((m.type === 'Party' || m.type === 'Delegation') && m.via !== 'group' && m.via !== 'pronoun' && this.world.states.has(side)) named.add(side);
    }
    const [state] = named;
    return named.size === 1 && this.principals.includes(state!) ? state : undefined;
  }

  /**
   * The government at the table: the one state among the principals, else the one ministry or department among them
   * (a ministry and a union). `provincial`: only a ministry, since a state's province is a place.
   */
  private governmentAtTable(provincial: boolean): string | undefined {
    const stateSides = provincial ? [] : this.principals.filter((p) => this.world.states.has(p));
    // (A region's government, "the Varden State government", is the government at a table no state sits at, even
    // where the article names it less than a go-between: "the state government" is it.)
    const regionalSides = this.sides.filter(governsRegion);
    const regional = regionalSides.length === 1 ? regionalSides : this.principals.filter(governsRegion);
    const states = stateSides.length > 0 ? stateSides : regional.length > 0 ? regional : this.principals.filter((p) => /^(Ministry|Department) of /.test(p));
    return states.length === 1 ? states[0] : undefined;
  }

  /**
   * "Midwives voted to reject the offer": a plural that opens a sentence before its verb, and that the name of one
   * organisation of the article holds ("Royal College of Midwives"), is that organisation's members acting for it.
   */
  private membersOpening(tokens: readonly Token[]): string | undefined {
    const plural = tokens[0];
    if (plural === undefined || !/^\p{Lu}\p{Ll}+[^s]s$/u.test(plural.text) || !/^(VERB|AUX)$/.test(tokens[1]?.pos ?? '')) return undefined;
    return this.organisationHolding(plural.lower);
  }

  /**
   * The one organisation of the article whose name holds the plural `word` ("Union of Bakers" for "bakers"); its
   * possessive too ("Southern Press Publishers' Forum").
   */
  private organisationHolding(word: string, qualifier?: string): string | undefined {
    const holding = [...new Set([...this.recentOrganisations, ...this.organisations])].filter((l) => {
      // ("the official creditors" for the "Official Creditor Committee": the name may hold the word in the singular.)
      const words = l.toLowerCase().split(/\s+/).map((w) => w.replace(/['’]$/, ''));
      const at = words.findIndex((w) => w === word || (qualifier !== undefined && `${w}s` === word));
      return at >= 0 && (qualifier === undefined || words[at - 1] === qualifier);
    });
    return holding.length === 1 ? holding[0] : undefined;
  }

  /**
   * "Management wants …", "the management's offer": in talks between a union and one other side, the side across the
   * table from the union. "The opposition had demanded …": in talks between a state and one other side, that side.
   * A team noun may follow ("the opposition team"); the caller reads it as the side's delegation.
   */
  private sideAcrossAt(tokens: readonly Token[], k: number): { end: number; label: string } | undefined {
    const word = tokens[k]?.lower === 'the' ? k + 1 : k;
    const noun = tokens[word]?.lower;
    if ((noun !== 'management' && noun !== 'opposition') || (tokens[word + 1]?.pos === 'NOUN' && !DELEGATION_NOUNS.has(tokens[word + 1]!.lower)) || this.principals.length !== 2) return undefined;
    // ("vocal in his opposition": only "the opposition" names a side; "the opposition in Israel" is a state's own, and
    // a union, a firm or an armed group across the table is none.)
    if (noun === 'opposition') {
      if (word === k || /^(in|of)$/.test(tokens[word + 1]?.lower ?? '')) return undefined;
      const states = this.principals.filter((p) => this.world.states.has(p));
      const other = this.principals.find((p) => !states.includes(p));
      // (A body whose only kind word is a head of many kinds is as often a political one: "the Varden Alliance".)
      const political = other !== undefined && sharedHeadOnly(other);
      const kind = other === undefined || political ? undefined : (this.world.organisationKinds.get(other) ?? organisationKind(other));
      return states.length === 1 && other !== undefined && kind === undefined ? { end: word + 1, label: other } : undefined;
    }
    const kindOf = (label: string): string | undefined => this.world.organisationKinds.get(label) ?? organisationKind(label);
    const unions = this.principals.filter((p) => kindOf(p) === 'organisation-union');
    const employer = this.principals.find((p) => !unions.includes(p));
    return unions.length === 1 && employer !== undefined ? { end: word + 1, label: employer } : undefined;
  }

  /** A noun in lower case at k that is a word of an organisation's name found: "hospital" of "the hospital group". */
  private wordOfNameAt(tokens: readonly Token[], k: number): boolean {
    const t = tokens[k];
    return t !== undefined && t.pos === 'NOUN' && t.text === t.lower && this.organisations.some((l) => l.toLowerCase().split(/\s+/).includes(t.lower));
  }

  /** `bare`: the kind at k + 1 stands without "the", as headlines write it; only a kind noun is read then. */
  private organisationReferenceAt(tokens: readonly Token[], k: number, bare = false, apposed?: string, namedBefore?: string): { end: number; label: string; team?: boolean } | undefined {
    // ("their tenants' association", "its pilots' union": the members' body, named by a possessive as by "the".)
    const membersBody = /^(their|its)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.pos === 'NOUN' && /^['’]$/.test(tokens[k + 2]?.text ?? '');
    if ((!bare && tokens[k]?.lower !== 'the' && !membersBody) || (this.organisations.length === 0 && this.recentOrganisations.length === 0)) return undefined;
    if (bare && !lexicon().organisationKinds.has(tokens[k + 1]?.lemma ?? '')) return undefined;
    const bloc = bare ? undefined : this.blocReferenceAt(tokens, k);
    if (bloc !== undefined) return bloc;
    const { organisationKinds } = lexicon();
    // ("the shipping company": a kind the tagger read as a verb's form, by its word as written.)
    // ("The union watered down …": a verb in the past whose lemma is a kind, "water", is no kind.)
    const ofKind = (t: Token | undefined): boolean => t !== undefined && !isPastParticiple(t) && (organisationKinds.has(t.lemma) || organisationKinds.has(t.lower));
    // "the workers' union", "the port employers' association": nouns, the last in the possessive, may qualify the kind.
    let owner = k + 1;
    while (owner < k + 3 && tokens[owner + 1]?.pos === 'NOUN' && tokens[owner + 1]!.text === tokens[owner + 1]!.lower && !/^'s?$/.test(tokens[owner + 1]!.lower)) owner++;
    const possessive = /^'s?$/.test(tokens[owner + 1]?.lower ?? '') && tokens[owner]?.pos === 'NOUN' && organisationKinds.has(tokens[owner + 2]?.lemma ?? '');
    // "the Palestinian group", "the Colombian rebels": a demonym may qualify the kind.
    // ("the Faroese capital" is a city, whatever firms call themselves "Capital".)
    const demonym = !possessive && this.world.demonyms.has(tokens[k + 1]?.lower ?? '') && ofKind(tokens[k + 2]) && tokens[k + 2]?.lower !== 'capital';
    let head = possessive ? owner + 2 : demonym ? k + 2 : k + 1;
    // "the rebel group", "the militant movement": two words of a kind, the second the head.
    if (ofKind(tokens[head]) && ofKind(tokens[head + 1])) head++;
    // ("the paramilitary group", "the Islamist movement": an adjective before the kind, in lower case or a creed's.)
    else if (!possessive && !demonym && tokens[head]?.pos === 'ADJ' && ofKind(tokens[head + 1])) head++;
    // ("the hospital group" for the "Kestrel Hospital Group", "the mining company" for "Tarvo Mining": a word of a
    // name found, in lower case before the kind.)
    else if (!possessive && !demonym && this.wordOfNameAt(tokens, head) && ofKind(tokens[head + 1])) head++;
    // "the board" after "the school board": a side with no proper name, by the head of its name.
    // "the authority" after "the Port Authority of Velmora": a word of the name, the head's end first.
    // ("the transit authority" for the "Saskatoon Transit Authority": a word of the name may stand before its head.)
    const nameWordBefore = this.wordOfNameAt(tokens, k + 1) && lexicon().unnamedSideHeads.has(tokens[k + 2]?.lower ?? '');
    const sideAt = nameWordBefore ? k + 2 : k + 1;
    // ("the co-op" for a "Dairy Cooperative": a short form, as a word of another language, by its English.)
    const side = lexicon().inEnglish(tokens[sideAt]?.lower ?? '');
    // A kind noun ("the union") is read below, where "the union's negotiators" is its team.
    // ("the committee" for the "Steering Committee of X Noteholders": the head of a name stands before its "of".)
    const headedBy = (l: string): boolean => l.endsWith(` ${side}`) || l.toLowerCase().split(' of ')[0]!.split(/\s+/).at(-1) === side;
    const holds = (l: string): boolean => l.toLowerCase().split(/\s+/).some((word) => word === side || lexicon().inEnglish(word) === side);
    const unnamed = lexicon().unnamedSideHeads.has(side) && !organisationKinds.has(side)
      ? (this.recentOrganisations.findLast(headedBy) ??
        // ("the council" after "Câmara Municipal de …": a word of the name in another language, by its English; one
        // named before goes before one the article names later.)
        this.recentOrganisations.findLast(holds) ??
        this.organisations.find(holds) ??
        // ("the council" of a First Nation at the table: its own.)
        (side === 'council' ? this.organisations.find(isGovernedByCouncil) : undefined) ??
        // ("the municipality" for "Harlow council", the town's council the story found by "the council".)
        (isLocalGovernmentNoun(side) ? this.organisations.find((l) => l.endsWith(' council')) : undefined) ??
        // ("the district" for "Oakridge Public Schools": a school system is its district.)
        (side === 'district' ? this.organisations.find((l) => / Schools$/.test(l)) : undefined) ??
        // ("the community" across the table from a mining firm, where the "Tarvo Herders Council" speaks for it: the body
        // of members at the table, no firm's.)
        (side === 'community' && tokens[sideAt]!.text === side ? this.principals.find((l) => this.organisations.includes(l) && isMembershipBody(l) && organisationKind(l) !== 'organisation-company') : undefined) ??
        // "the board" after "the board of Nyberg": a company's board stands for the company.
        this.bodyOwners.get(side))
      : undefined;
    // ("the board's side, led by …": its team, as a kind noun's below.)
    const unnamedTeam = unnamed !== undefined ? teamAfter(tokens, sideAt + 1) : undefined;
    if (unnamedTeam !== undefined) return { end: unnamedTeam + 1, label: unnamed!, team: true };
    if (unnamed !== undefined && !(tokens[sideAt + 1]?.pos === 'NOUN' && tokens[sideAt + 1]?.lower !== "'s")) return { end: sideAt + 1, label: unnamed };
    // "the port employers' association" is the employers'.
    // "the bakers' demand", "the cooperatives said": members named by a plural the name of the article's one
    // organisation holds ("Union of Bakers") are that organisation.
    // ("the port operators raised …": a noun of the name may stand before its plural.)
    // ("the official creditors": or an adjective of it.)
    const qualified = /^(NOUN|ADJ)$/.test(tokens[k + 1]?.pos ?? '') && tokens[k + 1]!.text === tokens[k + 1]!.lower && tokens[k + 2]?.pos === 'NOUN' ? k + 2 : k + 1;
    const plural = tokens[qualified];
    if (plural !== undefined && plural.pos === 'NOUN' && plural.text === plural.lower && /[^s]s$/.test(plural.lower) && (/^'s?$/.test(tokens[qualified + 1]?.lower ?? '') || /^(VERB|AUX)$/.test(tokens[qualified + 1]?.pos ?? ''))) {
      const holding = this.organisationHolding(plural.lower, qualified > k + 1 ? tokens[k + 1]!.lower : undefined);
      // ("their tenants' association": the body after the members' possessive is the same organisation.)
      const body = /^['’]$/.test(tokens[qualified + 1]?.text ?? '') && isBodyNoun(tokens[qualified + 2]?.lower ?? '') ? qualified + 3 : qualified + 1;
      if (holding !== undefined) return { end: body, label: holding };
    }
    // "the regulator", "the watchdog": the one body named before whose head says it regulates ("… Commission",
    // "… Authority", "… Agency").
    if (!possessive && /^(regulator|watchdog)$/.test(tokens[head]?.lower ?? '') && !(tokens[head + 1]?.pos === 'NOUN' && tokens[head + 1]!.lower !== "'s")) {
      const regulators = [...new Set(this.recentOrganisations)].filter((l) => REGULATOR_HEADS.test(l.split(' of ')[0]!.split(/\s+/).at(-1) ?? ''));
      return regulators.length === 1 ? { end: head + 1, label: regulators[0]! } : undefined;
    }
    const kind = (possessive ? organisationKinds.get(tokens[owner]!.lemma) : undefined) ?? organisationKinds.get(tokens[head]?.lemma ?? '');
    // "the network" after "the Harbour Pilots Network": a head of no kind refers back to the one organisation whose name
    // has it as head, when its verb follows ("the network turned down …").
    // ("the executive has proposed …" after the "Health Service Executive", a side: so does the last word of a side's name.)
    // (The head stands before "of": "Museum of Ethnology" is a museum.)
    const headOf = (l: string): string => l.toLowerCase().split(' of ')[0]!.split(/\s+/).at(-1)!;
    const headWord = tokens[head]?.lower ?? '';
    const endsSide = tokens[head]?.pos === 'NOUN' && this.principals.some((p) => this.organisations.includes(p) && p.includes(' ') && headOf(p) === headWord);
    // ("the party's negotiators, under …": so does its possessive before the team that negotiates for it.)
    const ownTeam = /^['’]s$/.test(tokens[head + 1]?.lower ?? '') ? teamAfter(tokens, head + 2) : undefined;
    if (!kind && !possessive && (lexicon().organisationHeads.has(headWord) || endsSide) && (/^(VERB|AUX)$/.test(tokens[head + 1]?.pos ?? '') || ownTeam !== undefined)) {
      const ending = [...new Set([...this.recentOrganisations, ...this.organisations])].filter((l) => headOf(l) === headWord);
      if (ending.length === 1) return ownTeam !== undefined ? { end: ownTeam + 1, label: ending[0]!, team: true } : { end: head + 1, label: ending[0]! };
    }
    // "on the outskirts of the capital", "watch the water": a word of firms' names ("Harbour Capital") that refers back
    // to none.
    if (!kind || (!possessive && lexicon().organisationNameWords.has(tokens[head]?.lower ?? ''))) return undefined;
    // "the airline's negotiators", "the airline's negotiating panel": the team that negotiates for it.
    const team = teamAfter(tokens, head + 1);
    const teamNoun = team !== undefined;
    // "the union leaders", "the company's offer": the noun may head a longer phrase; only "the union's" keeps the reference.
    const after = tokens[head + 1];
    // "the union demands a 9% rise": a word in -s before a determiner or a figure is the verb the tagger misread.
    // ("the union demands that the guarantee …": so is one before "that" and the subject of a clause, not a relative's verb.)
    const clause = tokens[head + 2]?.lower === 'that' && /^(DET|NOUN|PROPN|PRON)$/.test(tokens[head + 3]?.pos ?? '');
    // ("the company hopes to close …": so is one before "to" and a verb.)
    const infinitive = tokens[head + 2]?.lower === 'to' && tokens[head + 3]?.pos === 'VERB';
    const verb = after !== undefined && after.lower.endsWith('s') && (/^(DET|NUM)$/.test(tokens[head + 2]?.pos ?? '') || clause || infinitive);
    // ("the union members voted down the deal": its members act for it.)
    // ("the union leaders said": so do those who lead it.)
    const members = !possessive && (/^(members|membership)$/.test(after?.lower ?? '') || SPEAKERS_OF_SIDE.test(after?.lower ?? ''));
    if (!teamNoun && !verb && !members && after && (after.pos === 'NOUN' || after.pos === 'PROPN') && after.lower !== "'s") return undefined;
    // The head comes last: "Metro Rail Workers Union" is a union, though "Rail" names a company's kind.
    // An armed group world knowledge knows is of its kind whatever its name ("the Taliban" are militants).
    const kindOf = (label: string): string | undefined => this.world.organisationKinds.get(label) ?? organisationKind(label);
    const recent = [...this.recentOrganisations].reverse();
    // "the army" is the organisation whose name says "army" before any other armed one; "the union" before the article
    // names the union in full: an organisation of that kind named later still fits better than one of unknown kind.
    const noun = tokens[head]!.lemma;
    const word = tokens[head]!.lower;
    // (Only the words before "of" name what the body is: the "Union of Airline Mechanics" is no airline.)
    // ("the union" is not the "Union of Greek Shipowners", a body of employers; "the alliance" may be the "Alliance of …
    // Producers", a head bodies of several kinds share.)
    const named = (l: string): boolean => l.toLowerCase().split(' of ')[0]!.split(/\s+/).some((w) => w === noun || w === word || w === `${noun}s`) && (isGenericHead(word) || (kindOf(l) ?? kind) === kind);
    // A side at the table of that kind, or the one of no known kind, before an organisation named only in passing ("the
    // company" is the consortium at the table, not the university whose team will count the families).
    const atTable = this.principals.filter((p) => this.organisations.includes(p));
    // ("the union" across the table from "the Varden State government": a government or a ministry is of no kind a union,
    // a firm or an armed group could be.)
    // ("the union" …, "The companies, represented by …": a body the article called by another kind is not of this one.)
    // ("the airline" beside the "Federal Mediation Board": a body named for mediating is no side of any kind.)
    const ofUnknownKind = (l: string): boolean => kindOf(l) === undefined && !namesGoverningBody(l) && !isMediatingBody(l) && (this.referredAs.get(l) ?? kind) === kind;
    const unknownAtTable = atTable.filter(ofUnknownKind);
    // "Aeroval raised its offer for Surcar, the country's second carrier. The airline proposed …": where no name at the
    // table says the kind, the organisation of no known kind that opened the sentence before goes before one the text
    // only described as of that kind.
    const opener = this.lastParties[0];
    const openerLabel = opener !== undefined && opener.tokenStart <= 1 ? (opener.party ?? opener.canonical) : undefined;
    const namedOfKind = recent.some((l) => kindOf(l) === kind);
    const subjectBefore = openerLabel !== undefined && this.organisations.includes(openerLabel) && ofUnknownKind(openerLabel) && !atTable.some((l) => organisationKind(l) === kind) && !namedOfKind ? openerLabel : undefined;
    // ("said the army had attacked": where a state is at the table, "the army" is its army, unless an armed group's name
    // says "army"; see governmentReferenceAt.)
    const statesArmy = /^(army|military)$/.test(word) && this.principals.some((p) => this.world.states.has(p));
    // The one organisation named earlier in the sentence, when it is of the kind, or a firm's name that says no kind
    // ("Microsoft", "Boeing") for "the company"; an assembly or a council is none.
    // (Neither goes for one of no known kind where the text so far named one of the kind: "The Nation welcomes the
    // company's commitment" after "Northern Reef Resources".)
    const sentenceBefore = namedBefore !== undefined && (kindOf(namedBefore) === kind || (kind === 'organisation-company' && ofUnknownKind(namedBefore) && !namedOfKind)) ? namedBefore : undefined;
    // ("Tarvo, represented by …, said the league …": a name that holds the noun goes before the one the sentence named.)
    const holdingNoun = kind !== 'organisation-company' || !/^(company|firm)$/.test(word) ? recent.find(named) : undefined;
    const tradeAtTable = (candidate: string | undefined): string | undefined => {
      if (candidate === undefined || atTable.includes(candidate) || GENERIC_FIRM_NOUNS.test(word) || unknownAtTable.length === 0) return undefined;
      const trades = candidate.toLowerCase().split(' of ')[0]!.split(/\s+/).filter((w) => organisationKinds.get(w) === 'organisation-company' && !lexicon().organisationNameWords.has(w));
      return trades.length > 0 && !trades.some((w) => w === word || w === noun || w === `${noun}s`) ? recent.find((l) => unknownAtTable.includes(l)) : undefined;
    };
    const byName =
      // ("…, at the margins of the Pan-Andean Health Assembly, the company": an assembly or a council is no firm.)
      (apposed !== undefined && (kindOf(apposed) === kind || ofUnknownKind(apposed)) ? apposed : undefined) ??
      holdingNoun ??
      sentenceBefore ??
      // "the airline" for "Kestrel Airlines": the kind noun, or its plural, among the name's words.
      recent.find(named) ??
      atTable.find(named);
    if (byName === undefined && statesArmy) return undefined;
    const label =
      byName ??
      subjectBefore ??
      // ("the platform" beside a publishers' association: a firm at the table, or the one of no known kind, before a body
      // of firms.)
      (kind === 'organisation-company' ? (atTable.find((l) => kindOf(l) === kind && !isMembershipBody(l)) ?? (unknownAtTable.length === 1 && atTable.some((l) => kindOf(l) === kind) && !/^(employers?|owners|operators)$/.test(word) ? unknownAtTable[0] : undefined)) : undefined) ??
      atTable.find((l) => kindOf(l) === kind) ??
      // (A state at the table is of no kind a union, a firm or an armed group could be: "the union" across from Nigeria.)
      (unknownAtTable.length === 1 && !atTable.some((l) => kindOf(l) === kind) && atTable.length === this.principals.filter((p) => !this.world.states.has(p)).length && !namedOfKind ? unknownAtTable[0] : undefined) ??
      // ("the airline" beside "Tarvo Securities", an analyst's bank named since: a firm off the table whose name says
      // another trade is none, where firms of no known kind sit at it.)
      (kind === 'organisation-company' ? tradeAtTable(recent.find((l) => kindOf(l) === kind)) : undefined) ??
      recent.find((l) => kindOf(l) === kind) ??
      // "The teachers' alliance …" in a summary above the story that names the alliance in full.
      this.organisations.find(named) ??
      this.organisations.find((l) => kindOf(l) === kind) ??
      recent.find(ofUnknownKind);
    if (!label) return undefined;
    // ("the merged group" says no kind of the firm it refers to: a head bodies of several kinds share sets none.)
    if (kindOf(label) === undefined && !this.referredAs.has(label) && !isGenericHead(word)) this.referredAs.set(label, kind);
    return teamNoun ? { end: team + 1, label, team: true } : { end: members ? head + 2 : head + 1, label };
  }

  /**
   * "the bloc", "the 27-nation bloc", "the trading bloc's negotiators": the group of states the article named last
   * ("the European Union", "the Alliance of Coastal States").
   */
  private blocReferenceAt(tokens: readonly Token[], k: number): { end: number; label: string; team?: boolean } | undefined {
    // (Words in lower case or figures may qualify it: "27-nation", "trading"; "the Brussels-based bloc" is left.)
    let head = k + 1;
    while (head < k + 4 && tokens[head] !== undefined && tokens[head]!.lower !== 'bloc' && (tokens[head]!.text === tokens[head]!.lower || /^\d+$/.test(tokens[head]!.text))) head++;
    if (tokens[head]?.lower !== 'bloc' || (tokens[head + 1]?.pos === 'NOUN' && tokens[head + 1]!.lower !== "'s") || tokens[head + 1]?.lower === 'of') return undefined;
    const label = this.recentOrganisations.findLast((l) => this.isGroupOfStates(l));
    if (label === undefined) return undefined;
    const team = teamAfter(tokens, head + 1);
    return team !== undefined ? { end: team + 1, label, team: true } : { end: head + 1, label };
  }

  /** A side that is a group of states: a bloc world knowledge names, of no other kind, or one whose name says so. */
  private isGroupOfStates(label: string): boolean {
    if (this.world.organisationKinds.has(label)) return false;
    return this.isKnownBloc(label) || (!this.world.states.has(label) && /\b(?:States|Nations|Countries)$|^Group of \d+$/.test(label));
  }

  /** A side world knowledge names that is no state: a bloc ("the G77", "the European Union") or an organisation of states. */
  private isKnownBloc(label: string): boolean {
    return !this.world.states.has(label) && /^\p{Lu}/u.test(label) && this.world.names.get(nameKey(label))?.kind === 'party';
  }

  /**
   * The person an interview is with: the one its introduction says it spoke to, else the first one the article named
   * with an office, else the first one named.
   */
  private interviewee(): Mention | undefined {
    return this.spokenTo ?? this.persons.find((m) => m.office !== undefined && m.via !== 'pronoun') ?? this.persons.find((m) => m.via !== 'pronoun');
  }

  /**
   * The side "its" or "their" at k stands for: the first side of the sentence before when it opens the sentence, else
   * the side named last before it.
   */
  /** "The company's chief executive, Lars Moen": the party whose possessive stands right before the person's office. */
  private ownerOfOffice(tokens: readonly Token[], person: Mention, mentions: readonly Mention[]): Mention | undefined {
    let j = tokens[person.tokenStart - 1]?.text === ',' ? person.tokenStart - 2 : person.tokenStart - 1;
    const stop = j - 4;
    // ("The bloc's lead negotiator": a word that qualifies offices, which the tagger reads as a verb, is no verb here.)
    while (j > stop && j >= 0 && /^\p{L}+$/u.test(tokens[j]!.text) && (!/^(VERB|AUX)$/.test(tokens[j]!.pos) || this.world.offices.modifiers.has(tokens[j]!.lower))) j--;
    if (!/^['’]s?$/.test(tokens[j]?.lower ?? '') || j === person.tokenStart - 1) return undefined;
    return mentions.find((o) => o.type === 'Party' && o.tokenEnd === j);
  }

  private sideOfPossessive(k: number, mentions: readonly Mention[]): Mention | undefined {
    if (k === 0) return this.subjectSideBefore();
    return mentions.filter((m) => m.type === 'Party' && m.tokenEnd <= k).reduce<Mention | undefined>((last, m) => (last === undefined || m.tokenEnd > last.tokenEnd ? m : last), undefined);
  }

  /**
   * The side that is the subject of the sentence before, for "Its president, X, said" opening a sentence: its first side
   * that neither owns a noun ("Peru's mining industry, represented by the AMC, …" is the AMC's) nor stands after a
   * preposition ("On the Chilean side, the Copper Producers Coalition …"); else its first side.
   */
  private subjectSideBefore(): Mention | undefined {
    const tokens = this.lastPartiesTokens;
    const subject = this.lastParties.find((m) => {
      // (A mention may hold its possessive.)
      if (isPossessive(tokens[m.tokenEnd]) || isPossessive(tokens[m.tokenEnd - 1])) return false;
      const before = tokens[m.tokenStart - 1]?.pos === 'DET' ? m.tokenStart - 2 : m.tokenStart - 1;
      return tokens[before]?.pos !== 'ADP';
    });
    return subject ?? this.lastParties[0];
  }

  /** "the board of Nyberg", "Nyberg's board": the organisation a body of the lexicon's unnamed heads belongs to. */
  private noteBodyOwners(tokens: readonly Token[], mentions: readonly Mention[]): void {
    const heads = lexicon().unnamedSideHeads;
    for (const m of mentions) {
      if (m.type !== 'Party' || !this.organisations.includes(m.canonical)) continue;
      const before = tokens[m.tokenStart - 1]?.lower === 'the' ? m.tokenStart - 2 : m.tokenStart - 1;
      if (tokens[before]?.lower === 'of' && heads.has(tokens[before - 1]?.lower ?? '')) this.bodyOwners.set(tokens[before - 1]!.lower, m.canonical);
      if (/^['’]s$/.test(tokens[m.tokenEnd]?.lower ?? '') && heads.has(tokens[m.tokenEnd + 1]?.lower ?? '')) this.bodyOwners.set(tokens[m.tokenEnd + 1]!.lower, m.canonical);
      // ("Corvane's board rejected …": the body may be read into the side's mention.)
      else if (/^['’]s$/.test(tokens[m.tokenEnd - 2]?.lower ?? '') && heads.has(tokens[m.tokenEnd - 1]?.lower ?? '')) this.bodyOwners.set(tokens[m.tokenEnd - 1]!.lower, m.canonical);
    }
  }

  /**
   * "the two groups", "both studios", "the two shipping lines": the plural of an organisation's kind after "the two"
   * or "both", where the article names exactly two organisations of that kind or with that word in their names.
   */
  private kindGroupAt(tokens: readonly Token[], k: number, found: readonly Mention[]): { end: number; labels: string[] } | undefined {
    const a = tokens[k]?.lower;
    const plural = this.pluralKindAt(tokens, k);
    if (plural !== undefined) return plural;
    let head = a === 'both' ? k + 1 : a === 'the' && tokens[k + 1]?.lower === 'two' ? k + 2 : -1;
    if (head < 0) return undefined;
    // ("the two shipping lines", "the two armed groups": a noun or an adjective may qualify the kind.)
    if (((tokens[head]?.pos === 'NOUN' && tokens[head]!.lower === tokens[head]!.lemma) || tokens[head]?.pos === 'ADJ') && tokens[head + 1]?.pos === 'NOUN') head++;
    const noun = tokens[head];
    const kind = noun === undefined || noun.lower === noun.lemma ? undefined : (lexicon().organisationKinds.get(noun.lemma) ?? lexicon().organisationKinds.get(noun.lower));
    if (noun === undefined || kind === undefined) return undefined;
    const kindOf = (label: string): string | undefined => this.world.organisationKinds.get(label) ?? organisationKind(label);
    const holdsWord = (label: string): boolean => label.toLowerCase().split(' of ')[0]!.split(/\s+/).some((w) => w === noun.lemma || w === noun.lower);
    // (Firms are of many trades: "both airlines" are no bank, whatever kind a bank's name gives it; any firm is a company.)
    const trade = kind === 'organisation-company' && !GENERIC_FIRM_NOUNS.test(noun.lower);
    const ofTheKind = (label: string): boolean => kindOf(label) === kind || holdsWord(label);
    const fits = (label: string): boolean => (kindOf(label) === kind && !trade) || holdsWord(label);
    // ("the takeover of Kestrel Care Group and Varden Medical Network …, the two groups": the pair named last, if
    // either is of the kind; else the only two of it.)
    // ("Fjellfly … Varden Air … both airlines": else the only two firms whose names say no kind.)
    const fitting = this.organisations.filter(fits);
    const ofNoKnownKind = this.organisations.filter((l) => fits(l) || (trade && kindOf(l) === undefined && !namesGoverningBody(l) && !isMediatingBody(l)));
    // (Else the two firms at the table; else any two firms: "the two operators" are "Kestrel Mobile" and "Varden Telecom".)
    const firmsAtTable = trade && this.principals.length === 2 && this.principals.every((l) => this.organisations.includes(l) && (kindOf(l) ?? kind) === kind) ? [...this.principals] : [];
    const ofKind = [fitting, ofNoKnownKind, firmsAtTable].find((labels) => labels.length === 2) ?? this.organisations.filter(ofTheKind);
    // ("the merger of Vantor Airways and Belmar Air after the two carriers agreed": a pair named earlier in the sentence.)
    const pairs = found.filter((m, n) => m.type === 'Party' && m.tokenEnd < k && tokens[m.tokenEnd]?.lower === 'and' && found[n + 1]?.type === 'Party' && found[n + 1]!.tokenStart === m.tokenEnd + 1 && found[n + 1]!.tokenEnd <= k);
    const together = pairs.length > 0 ? ([pairs.at(-1)!.canonical, found[found.indexOf(pairs.at(-1)!) + 1]!.canonical] as const) : this.namedTogether;
    // ("Nordstal and Ferrovia … the two steelmakers": a pair of organisations of no known kind is of any.)
    const ofNoKind = together !== undefined && together.every((l) => this.organisations.includes(l) && kindOf(l) === undefined);
    const labels = together?.some(ofTheKind) || ofNoKind ? [...together!] : ofKind;
    return labels.length === 2 ? { end: head + 1, labels } : undefined;
  }

  /**
   * "The unions had demanded …" after two unions were named: the plural of an organisation's kind after "the", with no
   * noun after it, stands for the two or three organisations of that kind named so far, or for the two at the table
   * when they are organisations named so far, one of that kind and neither of another.
   */
  private pluralKindAt(tokens: readonly Token[], k: number): { end: number; labels: string[] } | undefined {
    // ("the trade unions": a trade's word before the kind qualifies it.)
    const at = /^(trade|labour|labor)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'unions' ? k + 1 : k;
    const noun = tokens[at + 1];
    // ("The unions demand the end of …": a verb of a stance before its object, which the tagger read as a noun, ends the phrase.)
    const verbAfter = tokens[at + 2] !== undefined && lexicon().entriesOf(tokens[at + 2]!).some((e) => e.part === 'verbs') && /^(DET|NUM|ADJ)$/.test(tokens[at + 3]?.pos ?? '');
    if (tokens[k]?.lower !== 'the' || noun === undefined || noun.pos !== 'NOUN' || noun.lower === noun.lemma || (/^(NOUN|PROPN)$/.test(tokens[at + 2]?.pos ?? '') && !verbAfter) || /^['’]/.test(tokens[at + 2]?.text ?? '')) return undefined;
    const kind = lexicon().organisationKinds.get(noun.lemma);
    // ("the exporters" where one body's name holds the word is that body: see organisationHolding. "The airlines" where
    // one firm's name holds it may still be the two at the table.)
    const holder = this.organisationHolding(noun.lower);
    if (kind === undefined || (holder !== undefined && this.kindOfSide(holder) !== 'organisation-company')) return undefined;
    // (Firms are of too many trades for "the airlines" to be any two of them: a firm fits by its name's words only.)
    const holdsWord = (label: string): boolean => label.toLowerCase().split(/\s+/).some((w) => w === noun.lemma || w === noun.lower);
    const fits = (label: string): boolean => holdsWord(label) || (kind !== 'organisation-company' && this.kindOfSide(label) === kind);
    const named = this.recentOrganisations.filter((l) => this.organisations.includes(l));
    const ofKind = named.filter(fits);
    if (ofKind.length >= 2 && ofKind.length <= 3) return { end: at + 2, labels: ofKind };
    const atTable = this.principals.length === 2 && this.principals.every((p) => named.includes(p) && (this.kindOfSide(p) ?? kind) === kind) && this.principals.some(fits);
    return atTable ? { end: at + 2, labels: [...this.principals] } : undefined;
  }

  /**
   * "both sides", "the two delegations", "both countries", "the three parties", "all four sides": the end token index and
   * how many sides the phrase stands for, or undefined.
   */
  private groupAt(tokens: readonly Token[], k: number): { end: number; size: number; lastNamed?: boolean } | undefined {
    const a = tokens[k]?.lower;
    const b = tokens[k + 1]?.lower;
    const c = tokens[k + 2]?.lower;
    // "The signatories agreed …": the sides the sentence before named, however many signed.
    if (a === 'the' && (b === 'signatories' || b === 'signers')) return { end: k + 2, size: 2, lastNamed: true };
    // ("Both side agreed", as clumsy translations write it: the noun in the singular too.)
    if (a === 'both' && b && (GROUP_HEADS.has(b) || GROUP_HEADS.has(`${b}s`.replace(/ys$/, 'ies')))) return { end: k + 2, size: 2 };
    // "…, and both signed off on a timetable": "both" alone, opening its clause before its verb.
    // ("Both then agreed …": an adverb may stand before the verb.)
    const verbAfterBoth = tokens[k + 1]?.pos === 'ADV' ? k + 2 : k + 1;
    if (a === 'both' && (k === 0 || /^(,|;|and|but)$/.test(tokens[k - 1]!.lower)) && /^(VERB|AUX)$/.test(tokens[verbAfterBoth]?.pos ?? '')) return { end: k + 1, size: 2 };
    // "neither side": the sides, for the stance rules to leave out.
    if (a === 'neither' && b && GROUP_HEADS.has(`${b}s`.replace(/ys$/, 'ies'))) return { end: k + 2, size: 2 };
    const size = b === undefined ? undefined : cardinalWords().get(b);
    if ((a === 'the' || a === 'all') && size !== undefined && c && GROUP_HEADS.has(c)) return { end: k + 3, size };
    // "the warring parties", "Yemen's two warring factions", "the rival camps": the sides of the conflict.
    const rivalsFrom = a === 'the' ? k + 1 : isPossessive(tokens[k - 1]) ? k : -1;
    if (rivalsFrom >= 0) {
      const count = cardinalWords().get(tokens[rivalsFrom]?.lower ?? '');
      const adjective = count === undefined ? rivalsFrom : rivalsFrom + 1;
      if (RIVALS.test(tokens[adjective]?.lower ?? '') && /^(parties|sides|factions|camps|groups)$/.test(tokens[adjective + 1]?.lower ?? '')) return { end: adjective + 2, size: count ?? 2 };
    }
    // "as the two inked the deal": "the two" alone, before its verb.
    if (a === 'the' && size !== undefined && /^(VERB|AUX)$/.test(tokens[k + 2]?.pos ?? '')) return { end: k + 2, size };
    // ("the parts", as news translated from Spanish or Portuguese writes "the parties".)
    if (a === 'the' && (b === 'delegations' || b === 'sides' || b === 'parties' || b === 'parts') && tokens[k + 2]?.lower !== 'of') return { end: k + 2, size: 2 };
    // "Negotiators agreed to form a panel": the negotiators of no side named, making a deal, are both sides'; so are
    // "the leaders" and "the delegations" that agree.
    const atTable = (word: string | undefined): boolean => /^(negotiators|leaders|delegations|delegates)$/.test(word ?? '');
    const negotiators = atTable(a) ? k : a === 'the' && atTable(b) ? k + 1 : -1;
    // ("The negotiators have also agreed …": past auxiliaries and adverbs.)
    let verbAt = negotiators + 1;
    while (verbAt < negotiators + 4 && /^(AUX|ADV)$/.test(tokens[verbAt]?.pos ?? '')) verbAt++;
    const verb = tokens[verbAt]?.lemma ?? '';
    if (negotiators >= 0 && (k === 0 || a === 'the') && (['agree', ...DEAL_VERB_CLASSES] as const).some((cls) => lexicon().verbs(cls).has(verb))) return { end: negotiators + 1, size: 2 };
    // "nearly 190 countries agreed …": a plenary of many states stands for the two sides of the article.
    const n = /^(nearly|almost|some|about|around|over)$/.test(a ?? '') ? k + 1 : k;
    if (tokens[n]?.pos === 'NUM' && PLENARY_HEADS.has(tokens[n + 1]?.lower ?? '') && !/^(of|in|from)$/.test(tokens[n + 2]?.lower ?? '') && Number(tokens[n]!.text.replace(/,/g, '')) >= 10) return { end: n + 2, size: 2 };
    return undefined;
  }

  /**
   * "the Chilean negotiator", "the minister", "the head of the Bolivian delegation", "the chair of the federation":
   * an office with "the", and the side it is of, read up to `through` (the end of the side after "of").
   */
  private descriptionAt(tokens: readonly Token[], k: number, found: readonly Mention[]): { end: number; through: number; party: string | undefined; office: string | undefined; title?: boolean } | undefined {
    if (tokens[k]?.lower !== 'the') return undefined;
    let j = k + 1;
    let party = this.world.demonyms.get(tokens[j]?.lower ?? '');
    if (party) j++;
    if (tokens[j]?.lower === 'head' && tokens[j + 1]?.lower === 'of' && tokens[j + 2]?.lower === 'the') {
      const p = this.world.demonyms.get(tokens[j + 3]?.lower ?? '');
      if (p && /^(delegation|team|side)$/.test(tokens[j + 4]?.lower ?? '')) return { end: j + 5, through: j + 5, party: p, office: `head of the ${tokens[j + 3]!.text} delegation` };
    }
    // ("the sheikh", "the rabbi": the title a person named before was named with, in lower case.)
    const title = tokens[j]?.text === tokens[j]?.lower && tokens[j]?.pos === 'NOUN' && this.persons.some((p) => p.canonical.includes(' ') && p.canonical.split(' ')[0]!.toLowerCase() === tokens[j]!.lower);
    if (title && !/^\p{Lu}/u.test(tokens[j + 1]?.text ?? '')) return { end: j + 1, through: j + 1, party, office: tokens[j]!.lower, title: true };
    const office = matchOffice(tokens, j, this.world);
    // "the Minister of Foreign Affairs of Peru Luis Arce Montes" is a title the mention finder read with its holder.
    if (!office || office.plural || officeOfSide(tokens, j, this.world)) return undefined;
    // "the minister" alone is a description only when no name follows ("the Minister of Foreign Affairs Ana Ruiz" is a title).
    const next = tokens[office.end];
    if (next && /^\p{Lu}/u.test(next.text) && next.pos === 'PROPN') return undefined;
    // ("the official creditors", "the official figures": an office's word before a noun in the plural qualifies it.)
    if (next && next.text === next.lower && next.pos === 'NOUN' && next.lower !== next.lemma && next.lower.endsWith('s')) return undefined;
    // "The Chairman of the KDU, Ana Ruiz", "the President of the association": the side after "of", named or referred to.
    let through = office.end;
    if (tokens[office.end]?.lower === 'of') {
      const at = office.end + 1;
      const named = found.find((m) => m.type === 'Party' && (m.tokenStart === at || (m.tokenStart === at + 1 && tokens[at]?.lower === 'the')));
      const reference = named === undefined ? this.organisationReferenceAt(tokens, at) : undefined;
      const side = named !== undefined ? (named.party ?? named.canonical) : reference !== undefined && !reference.team ? reference.label : undefined;
      if (side !== undefined) {
        party ??= side;
        through = named?.tokenEnd ?? reference!.end;
      }
    }
    return { end: office.end, through, party, office: office.office };
  }

  /** The last unnamed source, when the description's office word is in its words and no one was named after it. */
  private sourceFor(office: string | undefined, party: string | undefined): Mention | undefined {
    const last = this.lastSource;
    const head = office?.toLowerCase().split(' ').at(-1);
    if (last === undefined || head === undefined || last.personsNamed !== this.persons.length || (party !== undefined && last.mention.party !== party)) return undefined;
    return last.mention.text.toLowerCase().split(/\s+/).some((word) => word === head || word === `${head}s`) ? last.mention : undefined;
  }

  /** The latest person compatible with a party and office. */
  private personFor(party: string | undefined, office: string | undefined, sameSentence: readonly Mention[], allowSideless = false, except?: string): Mention | undefined {
    const candidates = [...this.persons, ...sameSentence.filter((m) => m.type === 'Person' && m.via !== 'source')].filter((m) => m.canonical !== except);
    const head = office?.toLowerCase().split(' ').pop();
    // ("the minister" after "Health Minister Tom Hale" and then "Ana Ruiz": an office one person holds is rather the
    // one whose office the text gave than anyone's whose office it did not.)
    const held = head !== undefined && ONE_HOLDER_OFFICES.has(head) && candidates.some((m) => m.office?.toLowerCase().includes(head) && (!party || !m.party || m.party === party));
    const sideless = new Map<string, Mention>();
    for (let i = candidates.length - 1; i >= 0; i--) {
      const m = candidates[i]!;
      if (party && m.party && m.party !== party) continue;
      // ("the sheikh" for "Sheikh Tariq Haddad": a title the name opens with.)
      const titled = head !== undefined && m.canonical.toLowerCase().startsWith(`${head} `);
      if (head && m.office && !titled && !m.office.toLowerCase().includes(head) && !(head === 'leader' && this.world.offices.leaderHeads.has(m.office.toLowerCase().split(' ').pop() ?? ''))) continue;
      // ("the Prime Minister" is not the "Agriculture Minister" named before: a qualified ministry or presidency is
      // another office.)
      if (head && m.office && QUALIFIED_HEADS.test(head) && office!.includes(' ') && !m.office.toLowerCase().includes(office!.toLowerCase())) continue;
      // "the mayor's intervention" before the mayor is named: a title held by one person is no one's whose office is
      // unknown (a "negotiator" or "official" may be anyone's).
      if (head && !m.office && !titled && (held || !UNTITLED_ROLES.has(head))) continue;
      if (party && !m.party) {
        if (!sideless.has(m.canonical)) sideless.set(m.canonical, m);
        continue;
      }
      if (!allowSideless) return m;
    }
    // A person whose side the article has not stated is the one the description names only when no other fits.
    if (!allowSideless || sideless.size !== 1 || candidates.some((m) => m.party === party)) return undefined;
    return [...sideless.values()][0];
  }

  /**
   * In "X said (that) they …", the speaker X. Null when the speaker is a common noun no side is known for ("Tigrayan
   * officials said they …"): then the pronoun is theirs, not the last side's.
   */
  private reportingSpeaker(tokens: readonly Token[], k: number, earlier: readonly Mention[]): Mention | null | undefined {
    const reporting = reportingVerbBefore(tokens, k);
    if (reporting === undefined) return undefined;
    const { head } = reporting;
    const speaker = [...earlier].reverse().find((m) => m.tokenEnd <= head + 1 && (m.type === 'Person' || m.type === 'Party'));
    const unnamed = tokens[head]?.pos === 'NOUN' && !earlier.some((m) => m.tokenStart <= head && head < m.tokenEnd);
    // "Russian officials said they": the side qualifying the noun speaks.
    if (unnamed) return earlier.find((m) => m.tokenEnd === head && m.type === 'Party') ?? null;
    return speaker;
  }

  /**
   * 'the guild wrote that, "thanks to …, we have …"': the side whose verb opens the quotation "we" stands in.
   */
  private quoteOpener(tokens: readonly Token[], k: number, found: readonly Mention[]): Mention | undefined {
    const open = openingQuoteBefore(tokens, k);
    if (open < 2) return undefined;
    let verb = open - 1;
    while (verb > 0 && /^(,|:|that)$/.test(tokens[verb]!.lower)) verb--;
    if (tokens[verb]?.pos !== 'VERB') return undefined;
    const speaker = (m: Mention): boolean => m.type === 'Party' || m.type === 'Delegation' || m.type === 'Person';
    // ('Then X, who chairs the Tarvo Growers Union, Chile's largest, said: "… we need …"': the person who opens the
    // sentence before an aside set off by commas up to the verb.)
    const opener = tokens[verb - 1]?.text === ',' ? found.find((m) => m.type === 'Person' && m.via !== 'pronoun' && m.tokenStart <= 1 && tokens[m.tokenEnd]?.text === ',') : undefined;
    return found.find((m) => speaker(m) && m.tokenEnd === verb) ?? opener;
  }

  /**
   * 'X stepped out to speak to reporters: "We …"', 'X, in a statement: "We …"': the person who opens the sentence
   * before a colon that opens the quotation, with no other person named between.
   */
  private colonSpeaker(tokens: readonly Token[], k: number, found: readonly Mention[]): Mention | undefined {
    const open = openingQuoteBefore(tokens, k);
    if (open < 2 || tokens[open - 1]?.text !== ':') return undefined;
    const people = found.filter((m) => m.type === 'Person' && m.tokenEnd < open);
    return people.length === 1 && people[0]!.tokenStart <= 1 && people[0]!.via !== 'pronoun' ? people[0] : undefined;
  }

  /** In '"We …," X said' or 'X said: "We …"', the speaker X. */
  private quotedSpeaker(tokens: readonly Token[], found: readonly Mention[]): Mention | undefined {
    const quoteMark = (k: number) => /^["”]$/.test(tokens[k]?.text ?? '');
    // '"We will not accept a freeze," the union said' / '…," said the union': a side speaking right after a quotation,
    // when no person does.
    const side = (m: Mention) =>
      (m.type === 'Party' || m.type === 'Delegation') &&
      ((quoteMark(m.tokenStart - 1) && isReportingVerb(tokens[m.tokenEnd])) || (isReportingVerb(tokens[m.tokenStart - 1]) && quoteMark(m.tokenStart - 2)));
    // ('…," a spokesperson for the company said', '…," said a spokesman for X': a side named after the noun of one who
    // speaks for it.)
    const spokenFor = (m: Mention) => {
      if (m.type !== 'Party' && m.type !== 'Delegation') return false;
      const of = tokens[m.tokenStart - 1]?.lower === 'the' ? m.tokenStart - 2 : m.tokenStart - 1;
      if (!/^(for|of)$/.test(tokens[of]?.lower ?? '') || !SPEAKER_NOUNS.test(tokens[of - 1]?.lower ?? '')) return false;
      const opening = /^(a|an|the)$/.test(tokens[of - 2]?.lower ?? '') ? of - 2 : of - 1;
      return (quoteMark(opening - 1) && isReportingVerb(tokens[m.tokenEnd])) || (isReportingVerb(tokens[opening - 1]) && quoteMark(opening - 2));
    };
    return this.quotingPerson(tokens, found) ?? found.find(side) ?? found.find(spokenFor) ?? this.kindSpeaker(tokens, quoteMark);
  }

  /** The kind of an organisation by its label: the world's, its name's, or the word the article referred to it by. */
  private kindOfSide(label: string): string | undefined {
    return this.world.organisationKinds.get(label) ?? organisationKind(label) ?? this.referredAs.get(label);
  }

  /**
   * '…," a company spokesperson said', '…," said a union official': the side of the kind the speaker's noun is
   * qualified by, when the article names one organisation of it.
   */
  private kindSpeaker(tokens: readonly Token[], quoteMark: (k: number) => boolean): Mention | undefined {
    for (let k = 2; k < tokens.length; k++) {
      if (!SPEAKER_NOUNS.test(tokens[k]!.lower) || !/^(a|an|the)$/.test(tokens[k - 2]!.lower)) continue;
      const opening = k - 2;
      if (!(quoteMark(opening - 1) && isReportingVerb(tokens[k + 1])) && !(isReportingVerb(tokens[opening - 1]) && quoteMark(opening - 2))) continue;
      const kind = lexicon().organisationKinds.get(tokens[k - 1]!.lemma);
      if (kind === undefined) continue;
      const ofKind = this.organisations.filter((label) => this.kindOfSide(label) === kind);
      if (ofKind.length === 1) return this.mention(tokens, k - 1, k, 'Party', ofKind[0]!, 'description', ofKind[0]!);
    }
    return undefined;
  }

  /** The person named with a reporting verb right after or before them ('X said', 'said negotiator X'). */
  private quotingPerson(tokens: readonly Token[], found: readonly Mention[]): Mention | undefined {
    return found.find((m) => {
      if (m.type !== 'Person') return false;
      if (isReportingVerb(tokens[m.tokenEnd])) return true;
      // '…," the Saudi delegate, X, told the plenary': a name in apposition, its verb after the comma that closes it.
      if (tokens[m.tokenEnd]?.text === ',' && isReportingVerb(tokens[m.tokenEnd + 1]) && tokens.slice(0, m.tokenStart).some((t) => /^["”]$/.test(t.text))) return true;
      // '…," said Greek Cypriot negotiator X': the office and its side may stand between the verb and the name.
      let k = m.tokenStart - 1;
      while (k > 0 && m.tokenStart - k <= 5 && !isReportingVerb(tokens[k]) && (/^\p{Lu}/u.test(tokens[k]!.text) || tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ')) k--;
      if (isReportingVerb(tokens[k])) return true;
      // '"We …," Kestrel's operating chief X, who leads the team, said': the name right after the quotation, with
      // its office, and a reporting verb after an aside.
      let q = m.tokenStart - 1;
      while (q > 0 && m.tokenStart - q <= 6 && /^[\p{L}'’-]+$/u.test(tokens[q]!.text)) q--;
      const closed = /^["”]$/.test(tokens[q]?.text ?? '') || (tokens[q]?.text === ',' && /^["”]$/.test(tokens[q - 1]?.text ?? ''));
      return closed && tokens.slice(m.tokenEnd, m.tokenEnd + 16).some((t) => isReportingVerb(t));
    });
  }

  private partiesBefore(tokens: readonly Token[], sameSentence: readonly Mention[]): Mention[] {
    // "Under UK takeover rules it has …": a side that only qualifies a thing ("UK rules") is not what a pronoun stands
    // for; one that qualifies people ("Hamas officials") is.
    const qualifiesThing = (m: Mention): boolean => {
      const next = tokens[m.tokenEnd];
      // People, or the side itself: a delegation, sources, holders of an office, a leadership ("Hamas officials").
      const word = next?.lower ?? '';
      const people = DELEGATION_NOUNS.has(word) || SOURCE_NOUNS.has(word) || GOVERNMENT_NOUNS.has(word) || this.world.offices.heads.has(next?.lemma ?? '');
      return next?.pos === 'NOUN' && next.text === next.lower && !people;
    };
    const here = sameSentence.filter((m) => (m.type === 'Party' || m.type === 'Delegation') && !qualifiesThing(m));
    // The nearest before the pronoun: references resolved in this sentence come after the names in the list.
    const last = here.reduce<Mention | undefined>((nearest, m) => (nearest === undefined || m.tokenEnd > nearest.tokenEnd ? m : nearest), undefined);
    // "the two sides met in London, where they agreed": a group mention stands for each of its parties.
    return last ? here.filter((m) => m.tokenStart === last.tokenStart && m.tokenEnd === last.tokenEnd) : this.lastParties;
  }
}

/** "The government said …", "the ministry told reporters …": a body the text does not name, with "the", is the subject of a verb of saying. */
function unnamedBodySpeaks(tokens: readonly Token[], mentions: readonly Mention[]): boolean {
  return tokens.some((t, k) => t.pos === 'VERB' && isReportingVerb(t) && tokens[k - 2]?.lower === 'the' && tokens[k - 1]?.text === tokens[k - 1]?.lower && isBodyNoun(tokens[k - 1]!.lower) && !mentions.some((m) => m.tokenStart <= k - 1 && k - 1 < m.tokenEnd));
}

/**
 * The sides named with `last` in one subject joined by "and", before it: "Chile, Peru and Ecuador", "the Liberal Party
 * (LP), the centrist Forward (F) and the Farmers' Movement". Each side's short name in brackets, articles, adjectives
 * and commas may stand between them; none without an "and".
 */
function sidesJoinedBefore(tokens: readonly Token[], mentions: readonly Mention[], last: Mention): Mention[] {
  const sides: Mention[] = [];
  let joined = false;
  // (The speaker may be the short name itself, "… Movement (FM) said".)
  let at = tokens[last.tokenStart - 1]?.text === '(' && tokens[last.tokenEnd]?.text === ')' ? last.tokenStart - 2 : last.tokenStart - 1;
  while (at >= 0) {
    const t = tokens[at]!;
    // ("… Movement (FM)": the short name in brackets after a side is that side.)
    const short = t.text === ')' ? mentions.find((m) => m.tokenEnd === at && tokens[m.tokenStart - 1]?.text === '(') : undefined;
    if (short !== undefined) {
      at = short.tokenStart - 2;
      continue;
    }
    const side = mentions.find((m) => m.tokenEnd === at + 1 && (m.type === 'Party' || m.type === 'Delegation'));
    if (side !== undefined) {
      if ((side.party ?? side.canonical) !== (last.party ?? last.canonical) && joined) sides.push(side);
      at = side.tokenStart - 1;
      continue;
    }
    if (t.lower === 'and') joined = true;
    else if (t.text !== ',' && t.lower !== 'the' && t.pos !== 'ADJ') break;
    at--;
  }
  return sides;
}

/** A side named by a common noun in the plural: "kidnappers", "the rebels", "gunmen". */
function namedInPlural(m: Mention): boolean {
  const last = m.text.split(/\s+/).at(-1) ?? '';
  return last === last.toLowerCase() && /(?:[^s]s|men)$/.test(last);
}

/**
 * The verb of saying that reports the pronoun at k ("said it", "said that they", "said in a statement on Monday that
 * it"), and the last word of its subject before any auxiliary ("The government has said it": "government"), past a
 * clause or an apposition set off by commas ("The committee, which includes …, said it": "committee").
 */
function reportingVerbBefore(tokens: readonly Token[], k: number): { verb: number; head: number } | undefined {
  let verb = tokens[k - 1]?.lower === 'that' ? k - 2 : k - 1;
  // (Up to two phrases of a preposition and its noun: "in a statement", "on Monday", "to reporters".)
  for (let phrases = 0; phrases < 2 && !isReportingVerb(tokens[verb]); phrases++) {
    let from = verb;
    while (from > verb - 4 && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[from]?.pos ?? '')) from--;
    if (from === verb || tokens[from]?.pos !== 'ADP') return undefined;
    verb = from - 1;
  }
  if (!isReportingVerb(tokens[verb])) return undefined;
  // "The union rejected the offer, saying it wanted more": a participle after a comma reports what the main clause's
  // subject says, not what the side named last says.
  if (tokens[verb - 1]?.text === ',' && tokens[verb]!.lower.endsWith('ing')) {
    const main = tokens.findIndex((t, j) => j > 0 && j < verb - 1 && t.pos === 'VERB');
    let head = main - 1;
    while (head > 0 && /^(AUX|ADV)$/.test(tokens[head]!.pos)) head--;
    if (main > 0 && /^(NOUN|PROPN)$/.test(tokens[head]?.pos ?? '')) return { verb, head };
  }
  let head = verb - 1;
  while (head > 0 && tokens[head]!.pos === 'AUX') head--;
  if (tokens[head]?.text === ',') {
    let open = head - 1;
    while (open > head - 25 && open > 0 && !/^[,;:"“”]$/.test(tokens[open]!.text)) open--;
    if (tokens[open]?.text === ',' && open > 0) head = open - 1;
  }
  return { verb, head };
}

/**
 * Whether a person named after a description, later in its sentence, is whom it describes: set off by a comma past titles
 * of office ("…, Ana Ruiz", "…, the Minister of Defence Ana Ruiz"), or named after no verb or preposition ("… at the end
 * of the meeting Ana Ruiz"). Not one met or spoken to ("The governor met union President Tom Vale"), nor one of names
 * listed ("the co-chairs, Ana Lind and Tom Vale").
 */
function describedLater(tokens: readonly Token[], person: Mention, descriptionEnd: number, world: WorldKnowledge): boolean {
  // (Within a clause or two: a name at the end of a long sentence is another's.)
  if (person.tokenStart - descriptionEnd > 20) return false;
  const capitalised = (t: Token | undefined): boolean => /^\p{Lu}/u.test(t?.text ?? '');
  let opens = person.tokenStart;
  while (opens > person.tokenStart - 4 && capitalised(tokens[opens - 1])) opens--;
  if ((tokens[person.tokenEnd]?.lower === 'and' && capitalised(tokens[person.tokenEnd + 1])) || (tokens[opens - 1]?.lower === 'and' && capitalised(tokens[opens - 2]))) return false;
  let k = person.tokenStart - 1;
  while (k > person.tokenStart - 8 && tokens[k] !== undefined && tokens[k]!.text !== ',' && (tokens[k]!.lower === 'the' || capitalised(tokens[k]) || tokens[k]!.lower === 'of')) k--;
  // ("The minister had a deal with the chair of the committee, Ana Ruiz": set off after another office, the name is
  // that office's holder.)
  if (tokens[k]?.text === ',') return !tokens.slice(descriptionEnd, k).some((t) => world.offices.heads.has(t.lower));
  // (Past the title and its qualifiers: "met union President Tom Vale".)
  k = person.tokenStart - 1;
  while (k > person.tokenStart - 5 && (capitalised(tokens[k]) || /^(NOUN|ADJ|PROPN)$/.test(tokens[k]?.pos ?? ''))) k--;
  return !/^(VERB|AUX|ADP)$/.test(tokens[k]?.pos ?? '');
}
