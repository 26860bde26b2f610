// Finds the organisations an article names as sides (unions, companies, armed groups, blocs): names with an organisation
// head, acronyms defined in parentheses, and proper nouns that act; each becomes a known name for the rest of the article.
import { appendTo } from '../group-by.js';
import type { Token } from '../types.js';
import { ELIDED_ARTICLE, GOVERNMENT_NOUNS, NAME_PARTICLES, NEWS_OUTLET, VENUE_HEADS, isPostalService, abbreviates, currencySignAfterLetters, glued, isCapitalised, isPastParticiple, isWordToken, plainVerbInHeadline, joiningHyphen, localBranchEnd, matchOffice, pluralPossessiveAfter, possessiveAfter, spanText, speakerLabelEnd, askerLabelEnd } from './find-mentions.js';
import { cardinalWords } from './number-words.js';
import { isReportingVerb, lexicon } from './lexicon.js';
import { MAX_NAME_TOKENS, nameKey, nameHead, withLocalNames, type WorldKnowledge } from './world-knowledge.js';

/** An organisation found in an article: its label and the other names the article gives it. */
export interface ArticleOrganisation {
  readonly label: string;
  /** Names in lower case ("school board", "machinists' union") are matched in lower case too. */
  readonly names: readonly string[];
  /** The kind the text gives it beside a name that does not say it ("the union Remeros Asociados"), as the lexicon names kinds. */
  readonly kind?: string | undefined;
}

/** Heads of the names of laws, which the lexicon's texts of negotiation (`document`) leave out. */
const LAW_HEADS = /^(law|bill|code|regulation|directive|statute|budget)$/;

/** The last word of a text's name: "the Annual Fisheries Law", "the Harbour Framework Agreement" name no side. */
function isTextName(last: Token): boolean {
  return LAW_HEADS.test(last.lower) || lexicon().nouns('document').has(last.lower);
}

/**
 * The word after the bracketed parts of a text's name that follow the run ending at `end`: "Act" in "the Safe Wards
 * (Staffing) (Wales) Act", or undefined when no bracket follows.
 */
function afterBracketedParts(tokens: readonly Token[], end: number): Token | undefined {
  let k = end;
  while (tokens[k]?.text === '(') {
    const close = tokens.findIndex((t, n) => n > k && t.text === ')');
    if (close < 0 || close > k + 5) return undefined;
    k = close + 1;
  }
  return k > end ? tokens[k] : undefined;
}

/** Words that qualify a state's government in its formal name: "the Federal Government of …", "the Transitional Government of …". */
export const GOVERNMENT_QUALIFIERS = /^(federal|national|central|transitional|interim|provisional|royal|union|military)$/;

/**
 * Lower-case words that may join the words of a name: "Transit Drivers Guild of Chile", "Alliance of … and … Operators";
 * and those of names in other languages that news keeps as they are: "Bund für Mieter", "Sindicato dos Estivadores",
 * "Federación de Pescadores y Armadores", "Vereniging van Huurders", "Moviment per Varden".
 */
const NAME_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'de', 'des', 'du', 'la', '&', 'für', 'der', 'von', 'und', 'van', 'voor', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'y', 'et', 'per']);

/**
 * From the comma at k after a ministry's first portfolio, the end of the rest of its list, ", Industry and Fisheries":
 * capitalised words separated by commas, the last after "and"; undefined when the words after the comma are no such list.
 */
function portfolioListEnd(tokens: readonly Token[], k: number, world: WorldKnowledge): number | undefined {
  // (Words of a portfolio, not names the world knows: "the Ministry of Trade, Norway and Iceland" lists sides.)
  const portfolioWord = (n: number): boolean => isCapitalised(tokens[n]) && isWordToken(tokens[n]) && !world.names.has(nameKey(tokens[n]!.text));
  let j = k;
  while (tokens[j]?.text === ',' && portfolioWord(j + 1)) {
    j += 2;
    while (portfolioWord(j)) j++;
  }
  if (tokens[j]?.lower !== 'and' || !portfolioWord(j + 1)) return undefined;
  j += 2;
  while (portfolioWord(j)) j++;
  return j;
}

/** Heads of bodies whose name may go on with their remit after "on": "Committee on Foreign Relations". */
const COMMITTEE_HEADS = /^(committee|subcommittee|commission|council|conference|panel|forum|board|taskforce|force)$/;
/** Capitalised words that open no run of a name: "Negotiators from …", "But the union …". */
const NOT_NAME_OPENERS = new Set([
  'negotiators', 'delegates', 'representatives', 'envoys', 'mediators', 'officials', 'talks', 'negotiations',
  'shares', 'stocks', 'thousands', 'hundreds', 'dozens', 'millions', 'billions', 'members', 'residents', 'supporters',
  'but', 'and', 'or', 'nor', 'yet', 'so', 'if', 'when', 'while', 'after', 'before', 'because', 'although', 'though', 'since', 'until', 'unless',
  'how', 'why', 'what', 'where', 'who', 'whom', 'whose', 'which',
  // "Both the Farmers Federation and …", "Had the union insisted …": words that open a sentence before a name.
  'a', 'an', 'about', 'both', 'either', 'for', 'neither', 'had', 'should', 'were', 'did', 'does', 'was', 'are', 'would', 'could',
  // ("Outside Kestrel Transit headquarters, drivers rallied": a place's preposition the tagger may read as an adverb.)
  'outside', 'inside', 'near', 'amid', 'despite', 'beyond', 'behind', 'across',
]);

/** Services whose district is a body that negotiates (with its teachers, its workers): "School District". */
const SERVICE_DISTRICTS = /^(school|unified|water|irrigation|sanitation|fire|transit|hospital|park|library|utility)$/;

/** The legal form after a company's name: "Ltd", "Inc.", "plc", "S.A.". */
export const LEGAL_FORM = /,? (?:Ltd|Limited|Inc|Corp|Co|LLC|Plc|PLC|plc|S\.A|SA|AG|NV|N\.V|BV|B\.V|GmbH|LLP|SpA|S\.p\.A|AB|ASA|Oyj|Oy|A\/S|ApS|SE|KGaA|SAS|SARL|Srl|SL|S\.L|Pty|Bhd|Tbk|E\.S\.P|ESP)\.?$/;

/** A company's name without the legal forms that end it: "Aguas del Valle SA ESP" → "Aguas del Valle". */
export function withoutLegalForm(label: string): string {
  let bare = label;
  for (let next = bare.replace(LEGAL_FORM, ''); next !== bare && /\p{L}{2}/u.test(next); next = bare.replace(LEGAL_FORM, '')) bare = next;
  return bare;
}

/** An acronym as news writes it: capitals and digits, two to eight characters ("TDG", "G20", "K12"), or their plural ("LDCs"). */
const ACRONYM = /^(?=.*\p{Lu}.*\p{Lu}|\p{Lu}\d)[\p{Lu}\d][\p{Lu}\d&-]{1,7}s?$/u;

/**
 * The organisations of an article. `sentences` are the article's token arrays in order. Names the world already knows
 * (states, blocs, cities) are left to it; so are people, whose names are runs of proper nouns without a head.
 */
export function findOrganisations(sentences: readonly (readonly Token[])[], world: WorldKnowledge): ArticleOrganisation[] {
  const heads = lexicon().organisationHeads;
  const byLabel = new Map<string, Set<string>>();
  const add = (label: string, ...names: string[]): void => {
    if (world.names.has(nameKey(label)) || isOfficeOrTime(label, world) || (NEWS_OUTLET.test(label) && !isPostalService(label, world))) return;
    // "Provincial Government of Varden", "the Varden provincial government" and "Varden" acting are one side.
    const region = governedRegion(label) ?? label;
    const known = [...byLabel.entries()].find(([l, set]) => l === label || set.has(label) || names.some((n) => set.has(n) || n === l) || (governedRegion(l) ?? l) === region);
    const set = known?.[1] ?? new Set<string>();
    if (!known) byLabel.set(label, set);
    for (const name of [label, ...names]) if (!world.names.has(nameKey(name))) set.add(name);
  };
  // The kind noun the text puts beside a name that holds none: "the union Remeros Asociados".
  const givenKindWords = new Map<string, string>();
  const acronymsUsed = new Map<string, number>();
  const terms = new Set<string>();
  // "the Least Developed Countries (LDCs)": an acronym defined for a side world knowledge already names.
  const knownAcronyms = new Map<string, string>();
  // Single proper nouns: how often each acts, and how often it stands inside a sentence, where capitals mean a name.
  // `officer`: an organisation's office is held in it ("Bayline's general counsel", "Bayline chief executive X").
  // `staffed`: people speak or negotiate for it ("Marvex representatives", "Marvex spokesperson X").
  const singles = new Map<string, { acting: number; inside: number; definite: number; definiteAlone: number; modifying: number; uses: number; officer: number; staffed: number; listedWithPlaces: number; located: number }>();
  const surnames = new Set<string>();
  // (With whether a title of office stands before the run: "Prime Minister Tarvo Lind" is a person's name.)
  const personRuns: [string, string[], boolean][] = [];
  // Those of the runs that act somewhere ("Peru Post rejected …", "Chile Power's offer").
  const actingRuns = new Set<string>();
  // Runs of names a relative clause follows: "which" for a thing, "who" for a person.
  const thingRuns = new Set<string>();
  const personWhoRuns = new Set<string>();
  // Words the article writes as a region's name ("the Amazon region", "the northern Amazon", "Peru's Amazon").
  const regionWords = new Set<string>();
  // Names the article writes as places ("in Ontario", "talks in the city of Toronto"): no city or region so written
  // acts as a side by its government.
  const placesWritten = new Set<string>();
  for (const tokens of sentences) {
    for (let k = 0; k < tokens.length; k++) {
      if (!isCapitalised(tokens[k])) continue;
      if (isRegionWord(tokens, k, world)) regionWords.add(tokens[k]!.text);
      const place = tokens[k - 1]?.lower === 'of' && MUNICIPAL.test(tokens[k - 2]?.lower ?? '') && tokens[k - 3]?.lower === 'the' ? k - 4 : k - 1;
      if (LOCATIVE.test(tokens[place]?.lower ?? '')) placesWritten.add(tokens[k]!.text);
    }
  }
  // "Kestrel Games, Tarvo Arts and Varden Character Voices were among the companies": names listed as
  // members of a kind are organisations of it.
  for (const tokens of sentences) {
    for (const [label, kind] of [...listedAmongKind(tokens, world), ...listedAfterKind(tokens, world)]) {
      add(label);
      givenKindWords.set(label, kind);
    }
  }
  // "The kidnappers, who call themselves the Varden Creek Defenders", "a group calling itself Mothers for Peace said …": a
  // name a group gives itself is an organisation's, whatever its words, and the plural it was called before is that name
  // too.
  for (const tokens of sentences) {
    for (const [label, called] of selfNamed(tokens, world)) {
      add(label, ...called);
      if (called.length > 0) givenKindWords.set(label, called[0]!);
    }
  }
  // "Ontario and the union reached a deal … The province had offered 2 percent": a region that acts, in an article
  // that speaks of "the province" (or "the state government"), negotiates by its government.
  const level = regionalLevelSpoken(sentences);
  const actingRegions = new Map<string, string>();
  for (const tokens of sentences) {
    // "FISHERS AND PORT OWNERS SIGN PACT": in a line written in capitals, a word in capitals is no acronym.
    const words = tokens.filter((t) => /^\p{L}{2,}$/u.test(t.text));
    const inCapitals = words.length >= 2 && words.every((t) => t.text === t.text.toUpperCase());
    const speakerLabel = Math.max(0, speakerLabelEnd(tokens));
    const askerLabel = askerLabelEnd(tokens);
    // ("Q: Polls suggest …": the words after a transcript's label open its sentence.)
    const lineStart = speakerLabelEnd(tokens) + 1;
    const shouted = inCapitals && words.length >= 4;
    // The last run of this sentence read as a person's name.
    let lastPersonRun: { end: number; words: string[] } | undefined;
    for (let i = askerLabel + 1; i < tokens.length; i++) {
      // Only capitalised words start a name, and "of" after an office; most tokens are neither.
      if (tokens[i]!.lower !== 'of' && !isCapitalised(tokens[i])) continue;
      // "Local 512 of the Harbour Federation of Bus Employees", "Local 512 wants …": a union's local named by its
      // number first is a side of its own, the union's name after "of the" one of its names.
      // (Not after the union's name or acronym: "HFBE Local 512", "… Bus Employees (HFBE) Local 512".)
      const beforeLocal = tokens[i - 1];
      if (/^(Local|Lodge)$/.test(tokens[i]!.text) && localBranchEnd(tokens, i) === i + 2 && (beforeLocal === undefined || (beforeLocal.text === beforeLocal.lower && beforeLocal.text !== ')'))) {
        const local = spanText(tokens, i, i + 2);
        const union = tokens[i + 2]?.lower === 'of' && tokens[i + 3]?.lower === 'the' ? capitalisedRun(tokens, i + 4, world) : i + 4;
        add(local, ...(union > i + 4 ? [spanText(tokens, i, union)] : []));
        givenKindWords.set(local, 'union');
        i = Math.max(i + 1, union - 1);
        continue;
      }
      // ("Miner Varden said …": a kind noun opening the sentence is read with the name after it, not as a name's word.)
      if (i === lineStart && kindBefore(tokens, i + 1) && isCapitalised(tokens[i + 1])) continue;
      const run = listedNameEnd(tokens, i, world) ?? capitalisedRun(tokens, i, world);
      // "the MV Aurora Star": a ship's name, however it acts, is no side.
      if (lexicon().vesselPrefixes.has(tokens[i]!.lower) && run > i + 1) {
        i = run - 1;
        continue;
      }
      // "MEDIA RELEASE", "DOCKERS WIN PAY DEAL": a line in capitals is a heading, whose runs of words name nothing
      // the body does not name again.
      if (run > i + 1 && inCapitals) {
        i = run - 1;
        continue;
      }
      // "The city of Toronto and Swiftly agreed …": a city that acts negotiates as a side, by its government, unless the
      // article also writes it as a place ("talks in the city of Toronto"). ("the City of Tacoma": the capitalised
      // word of the municipality opens the run; its place is read after "of", the longest known place there: "the City
      // of Saskatoon and Local 418" names two sides.)
      if (MUNICIPAL.test(tokens[i]!.lower) && tokens[i + 1]?.lower === 'of' && isCapitalised(tokens[i + 2])) {
        let placeEnd = capitalisedRun(tokens, i + 2, world);
        while (placeEnd > i + 3 && municipalityAt(tokens, i + 2, placeEnd, world) === undefined) placeEnd--;
        if (municipalityAt(tokens, i + 2, placeEnd, world) !== undefined && !placesWritten.has(tokens[i + 2]!.text)) {
          add(spanText(tokens, i, placeEnd), spanText(tokens, i, placeEnd));
          i = placeEnd - 1;
          continue;
        }
      }
      // "Harbour Carers Local 1187", "HWU Local 57": a run that ends in a branch's word and its number names a union by
      // its local.
      const localEnd = run > i + 1 && /^(local|lodge)$/.test(tokens[run - 1]!.lower) ? localBranchEnd(tokens, run - 1) : undefined;
      // "Harbour District Council 41": a council's number is part of its name, which no shorter name stands for.
      // ("the Harbour Council's 15 members", "the Varden Harbour Council 15 members": a count is no number of a name.)
      const councilNumber = run > i + 1 && tokens[run - 1]!.lower === 'council' && tokens[run]?.pos === 'NUM' && /^\d+$/.test(tokens[run]!.text) && tokens[run + 1]?.pos !== 'NOUN';
      if (councilNumber && localEnd === undefined && !inCapitals && !world.names.has(nameKey(spanText(tokens, i, run)))) {
        add(spanText(tokens, i, run + 1));
        givenKindWords.set(spanText(tokens, i, run + 1), 'union');
        i = run;
        continue;
      }
      if (localEnd !== undefined && !inCapitals) {
        const union = spanText(tokens, i, run - 1);
        add(union, spanText(tokens, i, localEnd), spanText(tokens, run - 1, localEnd));
        givenKindWords.set(union, 'union');
        i = localEnd - 1;
        continue;
      }
      // "the Varden State government", "the Ontario provincial government": the government of a state or province within
      // a country negotiates as a side of its own.
      const regional = regionalGovernmentEnd(tokens, i, run, world);
      if (regional !== undefined) {
        add(spanText(tokens, i, regional));
        givenKindWords.set(spanText(tokens, i, regional), 'government');
        i = regional - 1;
        continue;
      }
      const region = level === undefined ? undefined : actingRegionAt(tokens, i, run, world);
      if (region !== undefined) {
        actingRegions.set(region, `${region} ${level} government`);
        i = run - 1;
        continue;
      }
      const municipality = municipalityAt(tokens, i, run, world);
      if (municipality !== undefined && !placesWritten.has(tokens[i]!.text)) {
        add(`${municipality[0]!.toUpperCase()}${municipality.slice(1)}`, municipality);
        i = run - 1;
        continue;
      }
      // ("told Nordstal and Ferrovia that …": two single words joined by "and" are two names, each read on its own.)
      // (Not before a kind noun of both: "the Tana and Barre clans".)
      const joinedSingles = run === i + 3 && tokens[i + 1]!.lower === 'and' && !world.names.has(nameKey(spanText(tokens, i, run))) && ![tokens[i]!, tokens[i + 2]!].some((t) => heads.has(t.lower)) && !kindAfter(tokens, run - 1, true);
      if (run > i + 1 && !joinedSingles) {
        const words = tokens.slice(i, run);
        const known = world.names.get(nameKey(spanText(tokens, i, run)));
        // "LIMA, PERU (AP)" names a news agency after a dateline: the acronym must be the name's initials.
        const defined = known?.kind === 'party' ? acronymAfter(tokens, run) : undefined;
        const definedForKnown = defined !== undefined && initialsMatch(defined, words) ? defined : undefined;
        if (known?.kind === 'party' && definedForKnown && !world.names.has(nameKey(definedForKnown))) knownAcronyms.set(definedForKnown, known.party);
        // "the Annual Fisheries Law (AFL)": a text's name, and the acronym defined for it, name no side.
        // ("the Institute for Maritime Law": after a head and "for" or "of", the law is what the body studies.)
        // ("the Safe Wards (Staffing) (Wales) Act": so does a name whose text's head follows bracketed parts.)
        const bracketedTail = afterBracketedParts(tokens, run);
        if ((isTextName(words[words.length - 1]!) || (bracketedTail !== undefined && isCapitalised(bracketedTail) && isTextName(bracketedTail))) && !words.some((t, n) => heads.has(t.lower) && /^(for|of)$/.test(words[n + 1]?.lower ?? ''))) {
          i = run - 1;
          continue;
        }
        const proper = words.filter((t) => isCapitalised(t));
        // A run of two or more proper nouns without an organisation head is a person: its last word is a surname.
        // "Coordination of Tarvo Movements", "Federation of Trade Unions": a head may be plural.
        // "Halvorsen AG", "Pellucid Holdings plc": a legal form ends a company's name.
        // ("Defence Minister Sadio Camara": after a title, a word of another language's names of bodies is a surname.)
        const afterTitle = isCapitalised(tokens[i - 1]) && world.offices.heads.has(tokens[i - 1]!.lower);
        const headWord = (t: Token): boolean => ((heads.has(t.lower) || heads.has(lexicon().inEnglish(t.lower))) && !(afterTitle && lexicon().inEnglish(t.lower) !== t.lower)) || (isCapitalised(t) && /[^s]s$/.test(t.lower) && heads.has(t.lower.slice(0, -1)));
        const hasHead =
          words.some((t, n) => headWord(t) && (n > 0 || words.length > 1)) ||
          // ("Centre for Port Studies": a centre for something is a body; a centre alone may be a building.)
          words.some((t, n) => /^(centre|center)$/.test(t.lower) && words[n + 1]?.lower === 'for') ||
          // ("Varden School District", "Kestrel Water District": a district that runs a service is a body; a district alone
          // is a place.)
          words.some((t, n) => t.lower === 'district' && SERVICE_DISTRICTS.test(words[n - 1]?.lower ?? '')) ||
          // ("Tolley & Voss", "Procter & Gamble": names joined by an ampersand are a firm's.)
          words.some((t, n) => t.text === '&' && n > 0 && /^\p{Lu}\p{Ll}+$/u.test(words[n - 1]!.text) && /^\p{Lu}\p{Ll}+$/u.test(words[n + 1]?.text ?? '')) ||
          LEGAL_FORM.test(spanText(tokens, i, run));
        // "the Saudi Foreign Ministry", "Iran's Foreign Ministry": the state itself, read as such by the mention finder.
        const qualifiers = words.slice(0, -1);
        // "Chile's Ministry of Health", "the Chilean Ministry of Health": a ministry a state owns in the possessive, or
        // that its demonym qualifies, is the state's too.
        const owner = tokens[i - 1]?.lower === "'s" ? world.names.get(nameKey(tokens[i - 2]?.text ?? ''))?.party : isCapitalised(tokens[i - 1]) ? world.demonyms.get(tokens[i - 1]!.lower) : undefined;
        const ownedByState = world.states.has(owner ?? '') && /^(ministry|department)$/.test(words[0]!.lower);
        const stateBody =
          ownedByState ||
          (GOVERNMENT_NOUNS.has(words[words.length - 1]!.lower) &&
            qualifiers.every((t, n) => (n === 0 && world.demonyms.has(t.lower)) || world.offices.modifiers.has(t.lower) || world.offices.ministries.has(t.lower)));
        // "the Minister of Energy and Water Resources of Peru": after an office and "of", a name ending in a state is
        // its ministry.
        // "the Government of Mexico", "the Federal Government of Peru" are the state.
        const government = GOVERNMENT_NOUNS.has(words[0]!.lower) || (GOVERNMENT_QUALIFIERS.test(words[0]!.lower) && GOVERNMENT_NOUNS.has(words[1]?.lower ?? ''));
        const ministry = (afterOfficeOf(tokens, i, world) || government) && endsInState(tokens, run, world);
        // "the minister of Ports and Fisheries": a minister's portfolio right after "of" is no organisation.
        const portfolio = tokens[i - 1]?.lower === 'of' && /(minister|secretary)$/.test(tokens[i - 2]?.lower ?? '');
        // ("the Harwick Administration Building" is where the students sat in, no side.)
        const venue = VENUE_HEADS.has(words[words.length - 1]!.lower);
        // "VR Klangrecht", "SC Varden": initials that open a run of names open an organisation's, never a person's
        // ("HWU Yorkshire Branch Secretary X" is the union's office).
        const initialsOpen = ACRONYM.test(words[0]!.text) && !shouted && localBranchEnd(tokens, i + 1) === undefined && !world.names.has(nameKey(words[0]!.text)) && words.slice(1).every((t) => isCapitalised(t) && t.text !== t.text.toUpperCase() && !world.demonyms.has(t.lower)) && !world.offices.heads.has(tokens[run]?.lower ?? '') && !world.offices.modifiers.has(tokens[run]?.lower ?? '');
        // "the Tana Dabo militia", "the Tana Dabo and Barre Halvo clan militias": a lower-case kind noun after the run.
        // ("the HWU's Bayline company council": a possessive inside makes the run an owner and what it owns.)
        // ("the Varden health post": a kind's word before another noun only qualifies it.)
        // ("the liberal Onward Latvia party": words in lower case may qualify it after "the".)
        let the = i - 1;
        while (the > i - 5 && the >= 0 && tokens[the]!.text === tokens[the]!.lower && (/^(ADJ|NOUN)$/.test(tokens[the]!.pos) || (tokens[the]!.text === '-' && glued(tokens, the - 1, the)))) the--;
        const kindFollows = !hasHead && !known && tokens[the]?.lower === 'the' && !words.some((t) => t.lower === "'s") && kindAfter(tokens, run - 1, true) && !(tokens[run + 1]?.pos === 'NOUN' && tokens[run + 1]!.text === tokens[run + 1]!.lower && !kindAfter(tokens, run, true));
        // ("Harbour Vernieuwing (HVN), the Flemish liberal party": also past the acronym defined after the name.)
        const afterAcronym = tokens[run]?.text === '(' && tokens[run + 2]?.text === ')' ? run + 3 : run;
        const kindApposed = !hasHead && !known ? kindInApposition(tokens, afterAcronym, world) : undefined;
        const employer = !known && employerAfterOccupation(tokens, i, world);
        if ((hasHead || kindBefore(tokens, i) || kindFollows || kindApposed !== undefined || ownedBefore(tokens, i) || initialsOpen || employer || ledBy(tokens, run - 1)) && proper.length >= 2 && !stateBody && !ministry && !venue && !portfolio) {
          // ("the al-Nasr Battalion": an Arabic article glued before the name opens it.)
          const opens = tokens[i - 1]?.text === '-' && ARABIC_ARTICLE.test(tokens[i - 2]?.lower ?? '') && glued(tokens, i - 2, i - 1) && glued(tokens, i - 1, i) ? i - 2 : i;
          const label = spanText(tokens, opens, run);
          if (!hasHead && kindBefore(tokens, i)) givenKindWords.set(label, tokens[i - 1]!.lemma);
          else if (kindApposed !== undefined) givenKindWords.set(label, kindApposed);
          if (kindFollows) {
            // ("the Tana and Dabo clan militias": a plural kind after names joined by "and" is of each.)
            let last = run;
            while (kindAfter(tokens, last, true)) last++;
            const each = tokens[last]!.lower !== tokens[last]!.lemma ? label.split(' and ') : [label];
            for (const name of each) {
              // ("the Newen Kurra community": a community's noun, of no kind the lexicon knows, stays in its name, which
              // "the community" refers back to.)
              if (tokens[run]!.lower === 'community') add(`${name} community`, name);
              else {
                givenKindWords.set(name, tokens[run]!.lemma);
                add(name);
              }
            }
            i = run - 1;
            continue;
          }
          const defined = acronymAfter(tokens, run) ?? shortNameAfter(tokens, run, world);
          add(label, ...(defined ? [defined] : []), ...quotedNamesAfter(tokens, run));
        } else if (!hasHead && !known && isLowerCaseOffice(tokens, run, world) && isCapitalised(tokens[run + 1]) && !world.demonyms.has(words[0]!.lower)) {
          // "Green Harvest leader Tom Vale": a name before a lower-case leader's office and its holder is what the office heads.
          add(spanText(tokens, i, run));
        } else if (!hasHead && proper.length >= 2 && words.every((t) => t.pos === 'PROPN' || isCapitalised(t) || NAME_PARTICLES.has(t.lower) || t.text === '-' || ARABIC_ARTICLE.test(t.text))) {
          // "Presidents Ana Silva and Joao Costa": every word of a run of names is part of a person's name, unless the
          // article names an organisation so elsewhere ("dairy group Nyberg Dairy").
          personRuns.push([spanText(tokens, i, run), proper.map((word) => word.text), afterTitle]);
          if ((acts(tokens, run - 1) && tokens[run]?.lower !== "'s") || holdsStance(tokens, run - 1)) actingRuns.add(spanText(tokens, i, run));
          // ("Tarvo Quay, which handles …": "which", not "who", follows no person's name.)
          if (tokens[run]?.text === ',' && tokens[run + 1]?.lower === 'which') {
            // (Acting after the clause: "…, has offered 15 percent"; its commas may list places first: "…, which speaks for
            // growers in Leeds, Hull and York, wants …".)
            const closes = tokens.flatMap((t, n) => (n > run + 1 && n <= run + RELATIVE_CLAUSE_REACH && t.text === ',' ? [n] : []));
            // ("Landlocked Malawi, which moves …, wants …": not a known name after a word that opens the sentence.)
            const knownAfterOpening = i === 0 && run > i + 1 && world.names.has(nameKey(spanText(tokens, i + 1, run)));
            if (!knownAfterOpening && closes.some((close) => takesStance(tokens, close))) thingRuns.add(spanText(tokens, i, run));
          }
          else if (tokens[run]?.text === ',' && tokens[run + 1]?.lower === 'who') personWhoRuns.add(spanText(tokens, i, run));
          // ("Tarvo Quay said on Monday it would appeal", "Tarvo Quay and its dockers": "it", never "he" or "she",
          // stands for a thing.)
          const pronoun = pronounAfterName(tokens, run);
          if (pronoun === 'thing') thingRuns.add(spanText(tokens, i, run));
          else if (pronoun === 'person') personWhoRuns.add(spanText(tokens, i, run));
          lastPersonRun = { end: run, words: proper.map((word) => word.text) };
          // "Northern Patriotic Forces (NPF)" has a head; a defined acronym names an organisation even without one.
          const defined = acronymAfter(tokens, run);
          if (defined && initialsMatch(defined, words)) add(spanText(tokens, i, run), defined);
        }
        i = run - 1;
        continue;
      }
      const t = tokens[i]!;
      // "president of FNPL", "head of the Coastal Growers Council": what someone heads is an organisation.
      // ("vice minister of Rural Affairs": a minister's portfolio, not a body of its own.)
      if (t.lower === 'of' && officeEndsAt(tokens, i, world) && !isCapitalised(tokens[i - 1]) && !/(minister|secretary)$/.test(tokens[i - 1]!.lower)) {
        const start = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
        // ("director of the KHL Players Association": initials that open a name ending in a head are part of it.)
        const run = capitalisedRun(tokens, start, world);
        const headed = run > start + 1 && lexicon().organisationHeads.has(tokens[run - 1]!.lower);
        const end = ACRONYM.test(tokens[start]?.text ?? '') && !headed ? start + 1 : run;
        const name = spanText(tokens, start, end);
        if (end > start && !endsInState(tokens, end, world) && !world.offices.ministries.has(name.toLowerCase()) && !world.demonyms.has(name.toLowerCase())) {
          // ("head of the Council of Tarvo Dam Households (CTH)": with the short name defined after it. "president of the
          // Huari peasant community": with the head of a side that has no proper name.)
          const defined = end > start + 1 ? acronymAfter(tokens, end) : undefined;
          const head = end === start + 1 ? unnamedHeadAfter(tokens, start) : undefined;
          if (head !== undefined) add(spanText(tokens, start, head + 1), name);
          else add(name, ...(defined ? [defined] : []));
          i = head ?? end - 1;
          continue;
        }
      }
      // "the Malian army": a state's armed forces are a side of their own in talks with an armed group.
      const army = world.demonyms.get(t.lower) !== undefined && isCapitalised(t) ? armyAfter(tokens, i + 1) : undefined;
      if (army !== undefined) {
        add(spanText(tokens, i, army));
        i = army - 1;
        continue;
      }
      // "President Silva", "van der Berg", "al-Amin": a word after a title or a name particle is a surname.
      const before = tokens[i - 1];
      if (before && (world.offices.heads.has(before.lower) || NAME_PARTICLES.has(before.lower) || (before.text === '-' && before.end === t.start) || /^(mr|mrs|ms|dr)\.?$/.test(before.lower))) surnames.add(t.text);
      // "the near-field communication (NFC) technology": an acronym defined for lower-case words names a thing.
      // So does one defined for a text's name: "the Annual Budget Law (ABL)", "the Fisheries Framework Agreement (FFA)".
      const named = tokens[i - 2];
      if (ACRONYM.test(t.text) && before?.text === '(' && tokens[i + 1]?.text === ')' && named !== undefined && /\p{L}/u.test(named.text) && (named.text === named.lower || isTextName(named))) terms.add(t.text);
      // "KPA-VGU": two acronyms joined by a hyphen are one name.
      // "DELACOURT:", "BATISTE-HALDANE:": a speaker's name labelling a transcript's line is no acronym.
      if (i < speakerLabel) continue;
      // ("the ACV-Transcom union": so are an acronym and a name joined by a hyphen, before a kind noun.)
      const acronymFirst = ACRONYM.test(t.text) && joiningHyphen(tokens, i + 1);
      const kindNamed = acronymFirst && isCapitalised(tokens[i + 2]) && kindAfter(tokens, i + 2, true);
      if (acronymFirst && (ACRONYM.test(tokens[i + 2]?.text ?? '') || kindNamed)) {
        const joined = spanText(tokens, i, i + 3);
        // ("KPA-VGU, the union representing 16,000 performers,": the kind of an apposition after it, also after the
        // bracket it is defined in: "… (CSP-DPA), an alliance of …".)
        const apposed = kindNamed ? tokens[i + 3]!.lemma : kindInApposition(tokens, tokens[i + 3]?.text === ')' ? i + 4 : i + 3, world);
        if (apposed !== undefined && !givenKindWords.has(joined)) givenKindWords.set(joined, apposed);
        if (!world.names.has(nameKey(joined))) acronymsUsed.set(joined, (acronymsUsed.get(joined) ?? 0) + (acts(tokens, i + 2) || apposed !== undefined ? 2 : 1));
        i += 2;
        continue;
      }
      // ("NZ$32", "HK$5": letters glued to a currency's sign are part of its symbol.)
      if (ACRONYM.test(t.text) && !world.names.has(nameKey(t.text)) && !world.currencyCodes.has(t.text) && !shouted && !currencySignAfterLetters(tokens, i + 1)) {
        // "dairy groups FNPL and …": a group noun before an acronym names it an organisation.
        // "KDU leader X", "KPU president Y": an acronym before an office names the body the office heads.
        const named =
          acts(tokens, i) ||
          (before !== undefined && heads.has(before.lemma)) ||
          // ("the crane drivers' union, CDRA,": a kind noun before the acronym set off by commas.)
          (before?.text === ',' && kindBefore(tokens, i)) ||
          localBranchEnd(tokens, i + 1) !== undefined ||
          world.offices.heads.has(tokens[i + 1]?.lower ?? '') ||
          // "Luis Fenn (MDA)": the party a politician's name is written with, when its letters are not the name's
          // own ("Transmisora Electrica Andina (TRANSELEC)" is a name without a head).
          (before?.text === '(' && lastPersonRun?.end === i - 1 && tokens[i + 1]?.text === ')' && !abbreviates(t.text, lastPersonRun.words)) ||
          // "the KPV party", "the KAW union": a lower-case head after the acronym.
          (tokens[i + 1]?.text === tokens[i + 1]?.lower && heads.has(tokens[i + 1]?.lemma ?? '')) ||
          ledBy(tokens, i);
        // ("the FNTV, the largest farmers' union,": the kind of an apposition after it; "seamen's union PNO": of a kind
        // noun before it.)
        // ("Miner Varden": opening the sentence, with its capital.)
        const apposed = kindInApposition(tokens, i + 1, world) ?? (before !== undefined && before.text === before.lower && lexicon().organisationKinds.has(before.lemma) ? before.lemma : i - 1 === lineStart && isOpeningKind(before) ? before!.lower : undefined);
        if (apposed !== undefined && !givenKindWords.has(t.text)) givenKindWords.set(t.text, apposed);
        acronymsUsed.set(t.text, (acronymsUsed.get(t.text) ?? 0) + (named || apposed !== undefined ? 2 : 1));
      } else if (unnamedHeadAfter(tokens, i) !== undefined && isCapitalised(t) && isWordToken(t) && !world.names.has(nameKey(t.text)) && !world.demonyms.has(t.lower) && !capitalisedNeighbour(tokens, i, world, true)) {
        // "the Tarvo peasant community said …", "the Varden fishing cooperative's offer": a name before the head of a
        // side that has no proper name, a word between them at most, is that side; named with its head, so that "the
        // community" refers back to it.
        const head = unnamedHeadAfter(tokens, i)!;
        add(spanText(tokens, i, head + 1), t.text);
        i = head;
      } else if (i === lineStart && isCapitalised(t) && isWordToken(t) && t.pos === 'PROPN' && !world.names.has(nameKey(t.text)) && !world.demonyms.has(t.lower) && !capitalisedNeighbour(tokens, i, world) && kindInApposition(tokens, i + 1, world) !== undefined) {
        // "Tarvex, the Lima-based platform, …": a single name opening the sentence with an apposition that says what kind
        // of body it is.
        add(t.text);
        givenKindWords.set(t.text, kindInApposition(tokens, i + 1, world)!);
      } else if ((kindAfter(tokens, i) || kindBefore(tokens, i)) && isCapitalised(t) && isWordToken(t) && !world.demonyms.has(t.lower) && !capitalisedNeighbour(tokens, i, world, kindAfter(tokens, i))) {
        // "the Unite union", "the Varden group", "carmaker Volkswagen": a name the kind noun beside it says is an organisation's.
        add(t.text);
        givenKindWords.set(t.text, tokens[kindAfter(tokens, i) ? i + 1 : i - 1]!.lemma);
      } else if (isCapitalised(t) && isWordToken(t) && (t.pos === 'PROPN' || (i > lineStart && /^(VERB|NOUN)$/.test(t.pos) && !/^["“'‘(]$/.test(before!.text))) && !capitalisedNeighbour(tokens, i, world)) {
        // A name the tagger reads as a word ("Ford had agreed") is one inside a sentence, where capitals mean a name.
        const seen = singles.get(t.text) ?? { acting: 0, inside: 0, definite: 0, definiteAlone: 0, modifying: 0, uses: 0, officer: 0, staffed: 0, listedWithPlaces: 0, located: 0 };
        seen.uses++;
        // ("Crews at Arica, Iquique and Mobile will sail …": the last of a list of places is a place.)
        if (listedAfterPlace(tokens, i, world)) seen.listedWithPlaces++;
        // ("crews gathered in Varnhaven", "our correspondent in Varnhaven reports": a word only ever after "in" or "at" is a place.)
        if (/^(in|at|near|outside|inside)$/.test(before?.lower ?? '')) seen.located++;
        // "Adriatic ports": a word before a lower-case noun qualifies it.
        const modifying = tokens[i + 1]?.pos === 'NOUN' && tokens[i + 1]!.text === tokens[i + 1]!.lower;
        if (modifying) seen.modifying++;
        // A person's name takes a possessive as often as a company's: only a verb counts here.
        // ("the royalty on cobalt produced at Varden will rise": a name after a preposition is no subject of the verb after it.)
        if ((acts(tokens, i) && tokens[i + 1]!.lower !== "'s" && before?.pos !== 'ADP') || holdsStance(tokens, i) || ledBy(tokens, i)) seen.acting++;
        // ("Guild general secretary X": a head alone is the name it ends, found as such below.)
        if (!heads.has(t.lower) && organisationOfficeAfter(tokens, i, world)) seen.officer++;
        if (STAFF_NOUNS.test(tokens[i + 1]?.lower ?? '')) seen.staffed++;
        if (before?.lower === 'the') {
          seen.definite++;
          // ("the Kariba dam" is the dam's article, not the name's.)
          if (!modifying) seen.definiteAlone++;
        }
        if (i > lineStart && tokens[i - 1]!.text !== '"') seen.inside++;
        singles.set(t.text, seen);
      }
    }
  }
  // A single name acting could be a person's; "the Northern Front", or an article that speaks of "the company", shows an organisation.
  const kinds = lexicon().organisationKinds;
  // ("the Portuguese club": a demonym may stand before the kind.)
  const speaksOfOrganisations = sentences.some((tokens) => tokens.some((t, k) => t.lower === 'the' && (kinds.has(tokens[k + 1]?.lemma ?? '') || (world.demonyms.has(tokens[k + 1]?.lower ?? '') && kinds.has(tokens[k + 2]?.lemma ?? '')))));
  for (const [run, words, titled] of personRuns) {
    if (byLabel.has(run)) continue;
    // "Halvor Brandt" beside "Halvor Brandt Entertainment": the run that opens one organisation's name, whose other
    // words are its head, is its short name, no person's.
    // ("Varden Cloud" beside "Varden Cloud Estate", whose first word acts alone: "Varden offered …".)
    const first = words[0]!;
    const actsAlone = (singles.get(first)?.acting ?? 0) > 0;
    // ("Northern Reef" beside "Northern Reef Resources Inc.": a legal form adds no word of the name.)
    // ("Blackwater Valley, which negotiates for 1,100 suppliers, is demanding …" beside "Blackwater Valley Milk Suppliers'
    // Co-operative": so does a run that acts as a thing does.)
    const actsAsThing = thingRuns.has(run) && !personWhoRuns.has(run);
    const opened = [...byLabel.keys()].filter((label) => label.startsWith(`${run} `) && (actsAlone || actsAsThing || withoutLegalForm(label).slice(run.length + 1).split(' ').every((word) => heads.has(word.toLowerCase()) || lexicon().organisationKinds.has(word.toLowerCase()))));
    if (opened.length === 1) {
      add(opened[0]!, run);
      continue;
    }
    // "Corvale Transit" … "Corvale told us", "Varden Cloud Estate" … "Varden offered": a run of two or three words whose
    // first acts alone, and whose others never stand alone as a surname would, names an organisation, not a person.
    // (Not when the first word is a known name ("Chad Morgan"), or opens another organisation's name found, nor after a
    // title of office: "Prime Minister Tarvo Lind … Tarvo said".)
    // "Tarvo Quay, which handles …, has offered …": a run of names that "which" follows, and "who" never does, is
    // an organisation's when it acts.
    if (thingRuns.has(run) && !personWhoRuns.has(run) && !titled) {
      add(run);
      continue;
    }
    if (words.length >= 2 && words.length <= 3 && actsAlone && !titled && words.slice(1).every((word) => (singles.get(word)?.acting ?? 0) === 0) && !surnames.has(first) && !world.names.has(nameKey(first)) && ![...byLabel.keys()].some((label) => label.startsWith(`${first} `))) {
      add(run);
      continue;
    }
    // "Peru Post rejected …", "Chile Power said …": a state's name before one word that never stands alone, acting, in
    // an article that speaks of "the company" or "the union", names a company of that state, no person ("Jordan Tarvo …
    // Tarvo said").
    const state = world.names.get(nameKey(first));
    if (words.length === 2 && !titled && speaksOfOrganisations && actingRuns.has(run) && state?.kind === 'party' && world.states.has(state.party) && (singles.get(words[1]!)?.uses ?? 0) === 0 && !surnames.has(words[1]!)) {
      add(run);
      continue;
    }
    for (const word of words) surnames.add(word);
  }
  // "Northcrest Minerals Ltd" and "Northcrest Minerals": a company's name with its legal form is the same name, labelled
  // without it, so that articles that write it either way name one company.
  for (const label of [...byLabel.keys()]) {
    const bare = withoutLegalForm(label);
    if (bare === label || !/\p{L}{2}/u.test(bare)) continue;
    const names = byLabel.get(bare) ?? new Set<string>();
    for (const name of [label, ...byLabel.get(label)!]) names.add(name);
    byLabel.set(bare, names);
    byLabel.delete(label);
    // (Its legal form says what it is, though the name left does not.)
    if (!givenKindWords.has(bare)) givenKindWords.set(bare, 'company');
  }
  // A word the article also writes in lower case is a word in capitals ("IT IS"), not an acronym or a name.
  const lowerWords = new Set<string>();
  for (const tokens of sentences) for (const t of tokens) if (t.text === t.lower) lowerWords.add(t.lower);
  const common = lexicon().acronymsNotSides;
  // "DELACOURT:" labelling a transcript's lines is the surname of "Owain Delacourt", not an acronym.
  const capitalSurnames = new Set([...surnames].filter((word) => word !== word.toUpperCase()).map((word) => word.toUpperCase()));
  for (const [acronym, weight] of acronymsUsed) {
    if (terms.has(acronym) || knownAcronyms.has(acronym) || capitalSurnames.has(acronym) || [...byLabel.values()].some((set) => set.has(acronym))) continue;
    // "TDG" in an article that names the Transit Drivers Guild: the initials of a name found.
    const long = [...byLabel.keys()].find((label) => label.includes(' ') && initialsMatch(acronym, label.split(' '), true));
    // ("SU" beside "Harlech Students' Union (HSU)": the initials of the words after the name's first, a place's, in the
    // one name they fit.)
    const tails = long === undefined && acronym.length >= 2 ? [...byLabel.keys()].filter((label) => label.split(' ').length > acronym.length && initialsMatch(acronym, label.split(' ').slice(1), true) && [...byLabel.get(label)!].some((name) => ACRONYM.test(name) && name.endsWith(acronym))) : [];
    if (long) add(long, acronym);
    else if (tails.length === 1) add(tails[0]!, acronym);
    // "COP31": a numbered session of what the list names. ("splitting the TACs": an acronym in the plural
    // that no name found spells out is a kind of thing, no side.)
    else if (weight >= 2 && !/\p{Lu}s$/u.test(acronym) && !common.has(acronym.toLowerCase()) && !common.has(acronym.toLowerCase().replace(/\d+$/, '')) && !lowerWords.has(acronym.toLowerCase())) add(acronym);
  }
  for (const [word, seen] of singles) {
    // "Bayline" after "Bayline Shipping": the short form of a name found.
    // "Kestrel's chairman" after "Kestrel Foods": the possessive names it too, when only one name starts with the word.
    // "the Liberals" of the "Liberal Alliance": a party named by its members, in the plural of its name's first word.
    const stem = /[^s]s$/.test(word) && word.length > 4 ? word.slice(0, -1) : undefined;
    // ("B.C." before "B.C. Treaty Commission": an abbreviation with full stops names the place the body is of.)
    // ("Tarvo" beside "two dozen Tarvo TV channels": a name only ever written before a noun in lower case qualifies it; the
    // single word is no short form of it.)
    // ("Tarvo" beside "the Walt Tarvo Company": else the name whose head the word stands right before.)
    const opening = world.demonyms.has(word.toLowerCase()) || /\p{L}\.\p{L}/u.test(word) ? [] : [...byLabel.keys()].filter((label) => (label.startsWith(`${word} `) || (stem !== undefined && label.startsWith(`${stem} `))) && !onlyQualifying(sentences, label));
    // (Only a word written with its capital inside a sentence, where capitals mean a name: "Players rejected …" opens one.)
    const headAfterWord = (label: string): boolean => {
      const head = label.split(' ').at(-1)!;
      return label.endsWith(` ${word} ${head}`) && heads.has(head.toLowerCase());
    };
    const beforeHead = opening.length > 0 || seen.inside === 0 || world.demonyms.has(word.toLowerCase()) || lowerWords.has(word.toLowerCase()) || common.has(word.toLowerCase()) ? [] : [...byLabel.keys()].filter(headAfterWord);
    const longer = opening.length > 0 ? opening : beforeHead;
    const long = longer[0];
    // ("talks in Harlech" beside "Harlech College": a word only ever after "in" or "at", never acting, is the
    // place the body is named after.)
    const placeOnly = seen.acting === 0 && seen.located === seen.uses;
    if (long && !placeOnly && (seen.acting + seen.definite > 0 || (longer.length === 1 && !surnames.has(word) && seen.modifying < seen.uses))) {
      add(long, word);
      continue;
    }
    // "the Fund" after "the Andean Development Fund": the head of the one name it ends, written alone with "the".
    // So is the rest of a name after a head that opens it ("Varden" of "SC Varden", "Veltran" of "Grupo Veltran").
    const opened = (label: string): boolean => label.endsWith(` ${word}`) && label.split(' ').length === 2 && heads.has(label.split(' ')[0]!.toLowerCase());
    // ("the Region" of "the Autonomous Region of Sardinia": the noun a name of the form "X of Y" is built on.)
    const builtOn = (label: string): boolean => seen.definite > 0 && label.includes(' of ') && label.slice(0, label.indexOf(' of ')).split(' ').at(-1) === word;
    const endingAll = [...byLabel.keys()].filter((label) => (heads.has(word.toLowerCase()) && seen.definite > 0 && label.endsWith(` ${word}`)) || opened(label) || builtOn(label));
    // ("First Nation" found beside "Sturgeon Narrows First Nation" is the end of that name, no second one.)
    const ending = endingAll.filter((label) => !endingAll.some((other) => other.endsWith(` ${label}`)));
    if (ending.length === 1) {
      add(ending[0]!, word);
      continue;
    }
    // "Dockers" beside "IDU": the members' own word for a union whose initials hold its first letter after the first.
    const initialsHold = (name: string): boolean => ACRONYM.test(name) && name.slice(1).includes(word[0]!);
    const union = kinds.get(word.toLowerCase()) === 'organisation-union' ? [...byLabel.entries()].find(([label, names]) => initialsHold(label) || [...names].some(initialsHold))?.[0] : undefined;
    if (union) {
      add(union, word);
      continue;
    }
    // "Republicans had demanded …", "the Greens said": a party named by its members, a plural head of the lexicon.
    const members = lexicon().partyMemberNouns.has(word.toLowerCase());
    // An office only organisations have shows one, wherever its name stands; so do people who speak or negotiate for
    // it, in an article that speaks of organisations ("the firm welcomed the outcome").
    const officer = seen.officer > 0 || (seen.staffed > 0 && speaksOfOrganisations);
    if ((seen.acting === 0 && !officer) || seen.listedWithPlaces > 0 || seen.located === seen.uses || GOVERNMENT_NOUNS.has(word.toLowerCase()) || (seen.definiteAlone === 0 && !speaksOfOrganisations && !members && !officer) || (seen.inside === 0 && !members && !officer) || surnames.has(word) || lowerWords.has(word.toLowerCase()) || common.has(word.toLowerCase()) || world.demonyms.has(word.toLowerCase()) || isOfficeOrTime(word, world) || regionWords.has(word) || SIDES_WORDS.test(word)) continue;
    add(word);
  }
  // "Classes in Varden State stay cancelled until the state government and the union settle": an article that speaks
  // of "the state government" and names one state of a country ("Varden State") names its government, by that name
  // too; so for "the provincial government" and one "… Province".
  const regionalFound = [...byLabel.keys()].some(isRegionalGovernment);
  for (const [level, government] of [['State', 'state'], ['Province', 'provincial']] as const) {
    if (regionalFound) break;
    const spoken = sentences.some((tokens) => tokens.some((t, k) => t.lower === government && tokens[k - 1]?.lower === 'the' && tokens[k + 1]?.lower === 'government'));
    const region = spoken ? soleRegion(sentences, level, world) : undefined;
    if (region !== undefined) add(level === 'State' ? `${region} State government` : `${region} provincial government`, `${region} ${level}`);
  }
  // "Board of Kestrel Foods" beside "Kestrel Foods": a company's board stands for the company.
  const unnamedHeads = lexicon().unnamedSideHeads;
  for (const label of [...byLabel.keys()]) {
    const [head, of, ...rest] = label.split(' ');
    const owner = rest.join(' ').replace(/^the /, '');
    if (of === 'of' && unnamedHeads.has(head!.toLowerCase()) && owner !== label && byLabel.has(owner)) {
      for (const name of byLabel.get(label)!) byLabel.get(owner)!.add(name);
      byLabel.delete(label);
    }
  }
  // "the chairwoman of KDU" beside "the Kestrel Dockers' Union": an acronym found on its own is the short name of the
  // one name found whose initials it spells.
  for (const label of [...byLabel.keys()]) {
    if (!ACRONYM.test(label)) continue;
    const long = [...byLabel.keys()].filter((other) => other.includes(' ') && initialsMatch(label, other.split(' '), true));
    if (long.length !== 1) continue;
    for (const name of byLabel.get(label)!) byLabel.get(long[0]!)!.add(name);
    byLabel.delete(label);
  }
  // "Borgernes Front (Citizens' Front)", "Havpartiet (the Sea Party)": a name in its own language and its
  // translation in brackets name one side.
  for (const tokens of sentences) {
    for (let open = 1; open < tokens.length; open++) {
      const translated = translationAfter(tokens, open, world);
      if (translated === undefined) continue;
      const { name, translation } = translated;
      const found = (label: string): boolean => byLabel.has(label) || [...byLabel.values()].some((names) => names.has(label));
      const translationHeaded = translation.split(' ').some((word, n) => n > 0 && heads.has(word.toLowerCase()));
      // (A person's party in brackets, "Ana Ruiz (Green Party)", is no translation: the name before it must be a side's
      // found, or one word the world does not know before a name with a head.)
      if (found(name) || (!name.includes(' ') && (found(translation) || translationHeaded) && !world.names.has(nameKey(name)))) {
        const label = found(name) ? name : translation;
        add(label, name, translation);
      }
    }
  }
  // "Solvane Therapeutics and Romania's Ministry of Health", "the Ministry of Health and Kestrel": two sides read as
  // one name, when either half is a side of its own (a name found, a short name of one, or a state's).
  const named = (part: string): boolean =>
    byLabel.has(part) || [...byLabel.values()].some((names) => names.has(part)) || world.names.get(nameKey(part))?.kind === 'party' || world.names.get(nameKey(part.replace(/['’]s .*$/u, '')))?.kind === 'party';
  // "Kestrel Care Group and Varden Medical Network": two names, each with a head after its first word, are two
  // organisations ("Ministry of Energy and Mines" is one: its first half has its head first).
  // ("International Association of Dockers and Harbour Workers" is one: "and" goes on after "of"; so is a name
  // that lists its trades, "Oil, Gas and Mining Workers' Union".)
  const headed = (part: string): boolean => !part.includes(' of ') && !part.includes(',') && part.split(' ').some((word, n) => n > 0 && heads.has(word.toLowerCase()));
  // ("Varden Association of Teachers and Varden Public Schools": two names that open with the same word, of a
  // place or a brand, are two.)
  const sameOpening = (parts: readonly string[]): boolean => parts.length === 2 && parts[1]!.includes(' ') && parts[0]!.split(' ')[0] === parts[1]!.split(' ')[0];
  // ("Varden Nurses and Midwives' Union" is one: people before "and", and the body they form with those after it.)
  const membersJoined = (parts: readonly string[]): boolean =>
    lexicon().collectiveSideNouns.has(parts[0]!.split(' ').at(-1)!.toLowerCase()) && MEMBERS_BODY_HEADS.test(parts[1]!.split(' ').at(-1)!.toLowerCase());
  for (const label of [...byLabel.keys()]) {
    const parts = label.split(' and ');
    // ("Harlech and District Residents' Association": a place and its area, one name, see AREA_AFTER_AND.)
    if (parts.length === 2 && AREA_AFTER_AND.test(parts[1]!.split(' ')[0]!)) continue;
    // ("the Varden Health and Transit Workers' Union (VHTWU)": one name, whose acronym spells the initials of all its words.)
    // ("the Harbour Freight and General Workers Union (Hfgwu)": news may write the acronym as a word.)
    const spellsWhole = (name: string): boolean => /^\p{Lu}(?:\p{Lu}{2,}|\p{Ll}{3,})$/u.test(name) && initialsMatch(name.toUpperCase(), label.split(' '), true);
    const spelledWhole = parts.length === 2 && [...(byLabel.get(label) ?? [])].some(spellsWhole);
    if (parts.length !== 2 || spelledWhole || !(parts.some(named) || (parts.every(headed) && !membersJoined(parts)) || sameOpening(parts))) continue;
    const joinedNames = byLabel.get(label)!;
    byLabel.delete(label);
    // The other half is a side too, unless it is a word the article also writes in lower case, or a person's name after
    // an office ("chief executive Tom Hale and Varden Airlines managing director …").
    const afterOffice = (part: string): boolean => {
      const words = part.split(' ');
      return sentences.some((tokens) => tokens.some((_, i) => i > 0 && officeEndsAt(tokens, i, world) && words.every((word, n) => tokens[i + n]?.text === word)));
    };
    for (const part of parts) if (!named(part) && !/['’]s /u.test(part) && !lowerWords.has(part.toLowerCase()) && !world.demonyms.has(part.toLowerCase()) && !afterOffice(part)) add(part);
    // ("… and Kestrel Verde Hidro SA (KVH)": the names the two were found with go to the half they name, and what
    // the last half's legal form says it is, to that half.)
    const last = parts[1]!;
    if (!byLabel.has(last)) continue;
    for (const name of joinedNames) {
      if (name.endsWith(` and ${last}`) || name.includes(` and ${last} `)) byLabel.get(last)!.add(name.slice(name.indexOf(` and ${last}`) + 5));
      else if (ACRONYM.test(name) && initialsMatch(name, last.split(' '), true)) byLabel.get(last)!.add(name);
    }
    const kind = givenKindWords.get(label);
    if (kind !== undefined && !givenKindWords.has(last)) givenKindWords.set(last, kind);
  }
  // "the First Nation" beside "the Sturgeon Narrows First Nation": the end of one name found, of two words or more, is
  // its short name; so is a head alone ("the Nation"), or one among the words before "of" ("the Concejo" of the
  // "Concejo Municipal of Cali").
  for (const label of [...byLabel.keys()]) {
    const head = !label.includes(' ');
    if (head && !heads.has(label.toLowerCase())) continue;
    const ending = [...byLabel.keys()].filter((other) => other.endsWith(` ${label}`));
    const long = ending.length > 0 || !head ? ending : [...byLabel.keys()].filter((other) => other.includes(' of ') && other.slice(0, other.indexOf(' of ')).split(' ').includes(label));
    if (long.length !== 1) continue;
    for (const name of byLabel.get(label)!) byLabel.get(long[0]!)!.add(name);
    byLabel.delete(label);
  }
  // "Council of Cali" in a headline beside "the Concejo Municipal of Cali": two names of the same head, in
  // English or another language, of the same place after "of", are one body, by its longer name.
  const byHeadAndPlace = new Map<string, string[]>();
  for (const label of byLabel.keys()) {
    const of = label.indexOf(' of ');
    const head = of < 0 ? undefined : label.slice(0, of).split(' ').find((word) => heads.has(word.toLowerCase()));
    if (head !== undefined) appendTo(byHeadAndPlace, `${lexicon().inEnglish(head.toLowerCase())}\0${label.slice(of + 4)}`, label);
  }
  for (const labels of byHeadAndPlace.values()) {
    if (labels.length < 2) continue;
    const [longest, ...others] = [...labels].sort((a, b) => b.length - a.length);
    for (const other of others) {
      for (const name of [other, ...byLabel.get(other)!]) byLabel.get(longest!)!.add(name);
      byLabel.delete(other);
    }
  }
  // "Frente Civico" beside "Frente Civico Regional": a name of two words or more that opens one longer name, whose
  // other words add no head of their own (unlike "Kestrel Foods Workers Union"), is its short name. So is one the longer
  // name ends with one head more, of no other kind ("Sado Atlético" beside "Sado Atlético Clube", not "Kestrel Foods"
  // beside "Kestrel Foods Union").
  const oneHeadMore = (label: string, other: string): boolean => {
    const rest = other.slice(label.length + 1);
    const kind = organisationKind(label);
    return !rest.includes(' ') && heads.has(rest.toLowerCase()) && (kind === undefined || kind === organisationKind(other));
  };
  // ("both Kestrel Air and its subsidiary Kestrel Air Express": not where one sentence names both apart.)
  for (const label of [...byLabel.keys()]) {
    if (!label.includes(' ')) continue;
    const long = [...byLabel.keys()].filter((other) => other.startsWith(`${label} `) && (oneHeadMore(label, other) || !other.slice(label.length + 1).split(' ').some((word) => heads.has(word.toLowerCase()) || word === 'of')) && !namedApart(label, other, sentences));
    if (long.length !== 1) continue;
    for (const name of byLabel.get(label)!) byLabel.get(long[0]!)!.add(name);
    byLabel.delete(label);
  }
  // "Marvel" found on its own and as the short name of "Marvel Living": one organisation, by its full name.
  for (const label of [...byLabel.keys()]) {
    const full = [...byLabel.entries()].find(([other, names]) => other !== label && names.has(label))?.[0];
    if (full === undefined) continue;
    for (const name of byLabel.get(label)!) byLabel.get(full)!.add(name);
    byLabel.delete(label);
  }
  // "the Fund" beside "the International Monetary Fund": a head alone, capitalised, is the one organisation world
  // knowledge names in the article whose name ends with it (for names found in the article, see the reading of single
  // words above).
  const aliasesOfKnown = new Map<string, string[]>();
  for (const label of [...byLabel.keys()]) {
    if (label.includes(' ') || !heads.has(label.toLowerCase())) continue;
    const known = new Set<string>();
    for (const tokens of sentences) {
      for (let k = 1; k < tokens.length; k++) {
        if (tokens[k]!.text !== label) continue;
        for (let n = 2; n <= 5 && k - n + 1 >= 0; n++) {
          const entry = world.names.get(nameKey(spanText(tokens, k - n + 1, k + 1)));
          if (entry?.kind === 'party') known.add(entry.party);
        }
      }
    }
    if (known.size !== 1 || [...byLabel.keys()].some((other) => other.endsWith(` ${label}`))) continue;
    for (const name of new Set([label, ...byLabel.get(label)!])) appendTo(aliasesOfKnown, [...known][0]!, name);
    byLabel.delete(label);
  }
  // "Tarvo Air And Pilots' Unions Sign Deal": words a headline in title case capitalises, which the story only writes in
  // lower case ("its pilots' unions"), describe a side; they name none.
  const body = sentences.filter((tokens) => !inTitleCase(tokens)).map((tokens) => spanText(tokens, 0, tokens.length)).join('\n');
  const bodyLower = body.toLowerCase();
  for (const [label, names] of [...byLabel]) {
    if (label.includes(' ') && bodyLower.includes(label.toLowerCase()) && ![label, ...names].some((name) => body.includes(name))) byLabel.delete(label);
  }
  const unnamed = [...unnamedSides(sentences, byLabel, givenKindWords, world), ...collectiveSides(sentences, byLabel, givenKindWords, world)];
  for (const [acronym, party] of knownAcronyms) appendTo(aliasesOfKnown, party, acronym);
  for (const [region, label] of actingRegions) {
    if (placesWritten.has(region.split(' ')[0]!)) continue;
    // ("the Government of Ontario" found too: the region acting is that government, by the name the text gives it.)
    const formal = [`Government of ${region}`, `Province of ${region}`, `State of ${region}`].find((name) => byLabel.has(name));
    if (formal !== undefined) byLabel.get(formal)!.add(region);
    else appendTo(aliasesOfKnown, label, region);
  }
  const kindOf = (label: string): string | undefined => (organisationKind(label) === undefined ? lexicon().organisationKinds.get(givenKindWords.get(label) ?? '') : undefined);
  return [...[...byLabel.entries(), ...aliasesOfKnown.entries()].map(([label, names]) => ({ label, names: [...names].filter((n) => n !== label).sort(), kind: kindOf(label) })), ...unnamed]
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** Whether every time the text writes `label` a noun in lower case follows it: "Tarvo TV channels", "Kestrel Foods products". */
function onlyQualifying(sentences: readonly (readonly Token[])[], label: string): boolean {
  const words = label.split(' ');
  let seen = 0;
  for (const tokens of sentences) {
    for (let k = 0; k + words.length <= tokens.length; k++) {
      if (tokens[k]!.text !== words[0] || spanText(tokens, k, k + words.length) !== label) continue;
      const next = tokens[k + words.length];
      if (next === undefined || next.pos !== 'NOUN' || next.text !== next.lower) return false;
      seen++;
    }
  }
  return seen > 0;
}

/** "the Parties", "the Sides" of a treaty's text: the sides themselves, capitalised as legal texts write them. */
const SIDES_WORDS = /^(Parties|Sides|Signatories|Contracting)$/;

/** The Arabic article as names write it before a hyphen: "al-", "el-", "ash-". */
const ARABIC_ARTICLE = /^(al|el|ad|ar|as|ash|at|az|an|ul)$/;

/** Whether token i follows a known place in a list: "Houston, New Orleans and Mobile". */
function listedAfterPlace(tokens: readonly Token[], i: number, world: WorldKnowledge): boolean {
  if (!/^(and|,)$/.test(tokens[i - 1]?.lower ?? '')) return false;
  for (let n = 1; n <= 3 && i - 1 - n >= 0; n++) {
    const known = world.names.get(nameKey(spanText(tokens, i - 1 - n, i - 1)));
    if (known?.kind === 'place' || known?.kind === 'capital') return true;
  }
  return false;
}

/** The people who speak or negotiate for a body, named after it: "Marvex representatives", "Kestrel spokesperson X". */
const STAFF_NOUNS = /^(representatives|negotiators|spokesperson|spokesman|spokeswoman|executives|management|bosses)$/;

/** Nouns after a name that make it a region's: "the Amazon region", "the Ruhr valley". */
const REGION_NOUNS = /^(region|regions|basin|valley|highlands|lowlands|rainforest|delta|coast|plateau|river)$/;
/** Adjectives before a name that make it a region's: "the northern Amazon", "the upper Nile". */
const REGION_ADJECTIVES = /^(northern|southern|eastern|western|central|upper|lower|north-eastern|north-western|south-eastern|south-western)$/;

/** The capitalised word at k is written as a region: before a region's noun, after a compass adjective, or a state's. */
function isRegionWord(tokens: readonly Token[], k: number, world: WorldKnowledge): boolean {
  if (REGION_NOUNS.test(tokens[k + 1]?.lower ?? '') && tokens[k + 1]!.text === tokens[k + 1]!.lower) return true;
  if (REGION_ADJECTIVES.test(tokens[k - 1]?.text ?? '')) return true;
  // "Peru's Amazon has been …": a state's, and no noun after it.
  const owner = tokens[k - 1]?.lower === "'s" ? world.names.get(nameKey(tokens[k - 2]?.text ?? '')) : undefined;
  return owner?.kind === 'party' && world.states.has(owner.party) && !/^(NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? '');
}

/** Token i follows an office and "of", past the capitalised words of a ministry: "Minister of Energy and ". */
function afterOfficeOf(tokens: readonly Token[], i: number, world: WorldKnowledge): boolean {
  for (let j = i - 1; j >= Math.max(1, i - 8); j--) {
    const t = tokens[j]!;
    if (t.lower === 'of' && world.offices.heads.has(tokens[j - 1]!.lower)) return true;
    if (!isCapitalised(t) && !/^(and|of|the|&)$/.test(t.lower)) return false;
  }
  return false;
}

/**
 * The one region an article names with its level after it ("Varden State", "Tarvo Province"): its name, one
 * capitalised word that names no state; undefined when it names none or several.
 */
function soleRegion(sentences: readonly (readonly Token[])[], level: string, world: WorldKnowledge): string | undefined {
  const regions = new Set<string>();
  for (const tokens of sentences) {
    for (let k = 1; k < tokens.length; k++) {
      // ("the Varden State Port Authority" names a body of the state, not the state.)
      if (tokens[k]!.text !== level || !isCapitalised(tokens[k - 1]) || isCapitalised(tokens[k - 2]) || isCapitalised(tokens[k + 1])) continue;
      const named = world.names.get(nameKey(tokens[k - 1]!.text));
      if (named === undefined || named.kind === 'place') regions.add(tokens[k - 1]!.text);
    }
  }
  return regions.size === 1 ? [...regions][0] : undefined;
}

/** Words that make a region's name the name of a level of government: "Lagos State", "Ontario provincial". */
export const REGION_LEVELS = /^(state|province|provincial|regional|county|municipal|prefectural)$/;

/** Whether a side's label names a region's government: "Varden State government", "Ontario provincial government". */
export function isRegionalGovernment(label: string): boolean {
  return governedRegion(label) !== undefined;
}

/** "Provincial Government of Varden", "State Government of Varden State": a region's government, its level first. */
const LEVEL_FIRST_GOVERNMENT = /^(?:the )?(?:Provincial|State|Regional|Territorial|Prefectural) (?:Government|Administration) of (?:the )?(\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)*?)(?: (?:State|Province|Region))?$/u;

/**
 * The region whose government a side's label names, in either order: "Varden" of "Varden provincial government",
 * "Varden State government" and "Provincial Government of Varden"; undefined for any other label.
 */
function governedRegion(label: string): string | undefined {
  const levelFirst = LEVEL_FIRST_GOVERNMENT.exec(label);
  if (levelFirst !== null) return levelFirst[1];
  const words = label.split(' ');
  if (words.length < 3 || !/^(government|administration)$/i.test(words.at(-1)!) || !REGION_LEVELS.test(words.at(-2)!.toLowerCase())) return undefined;
  return words.slice(0, -2).join(' ');
}

/** Whether a side's label names a town's, city's or county's government: "City of Arica", "Arica City Council". */
export function isLocalGovernment(label: string): boolean {
  return /^(?:city|town|county|borough|municipality|district) of \p{Lu}/iu.test(label) || isLocalGovernmentNoun(label.split(' ').at(-1)!.toLowerCase());
}

/**
 * The end of "<region> State government", "<region> provincial government", "<region> County administration" at
 * the run of names from i to `run`: a place the world knows that is no state, or a name whose last word is the level,
 * then the level's word, then "government" or "administration"; or of a town's council ("Arica city council");
 * undefined otherwise.
 */
function regionalGovernmentEnd(tokens: readonly Token[], i: number, run: number, world: WorldKnowledge): number | undefined {
  let k = run;
  const named = world.names.get(nameKey(spanText(tokens, i, run)));
  const place = named !== undefined && named.kind === 'place';
  // ("Lagos State" may be one run of names, its level inside it.)
  const levelInRun = run - i >= 2 && REGION_LEVELS.test(tokens[run - 1]!.lower);
  // "the Arica city council", "the Lima council": a town's council, in lower case after its name (a capital's too).
  const town = place || named?.kind === 'capital';
  const council = town && /^(city|town|municipal|county|district)$/.test(tokens[k]?.lower ?? '') ? k + 1 : k;
  if (town && !levelInRun && tokens[council]?.text === 'council') return council + 1;
  if (!levelInRun) {
    if (!place || !REGION_LEVELS.test(tokens[k]?.lower ?? '')) return undefined;
    k++;
  }
  return /^(government|administration)$/.test(tokens[k]?.lower ?? '') ? k + 1 : undefined;
}

/**
 * The level of a region's government the article speaks of: "provincial" where it says "the province" or "the
 * provincial government", "State" where it says "the state government"; else undefined.
 */
function regionalLevelSpoken(sentences: readonly (readonly Token[])[]): 'provincial' | 'State' | undefined {
  let level: 'provincial' | 'State' | undefined;
  for (const tokens of sentences) {
    for (let k = 0; k + 1 < tokens.length; k++) {
      if (tokens[k]!.lower !== 'the') continue;
      const next = tokens[k + 1]!.lower;
      if (next === 'province' || (next === 'provincial' && tokens[k + 2]?.lower === 'government')) return 'provincial';
      if (next === 'state' && tokens[k + 2]?.lower === 'government') level = 'State';
    }
  }
  return level;
}

/**
 * A region of a state the world knows (no city) that acts from i to `run`: it opens a clause, after
 * the sentence's start, a dash, a comma or "between", and a verb or "and" follows it ("Ontario and the union reached
 * …", "Ontario offered …"). The region's name, else undefined.
 */
function actingRegionAt(tokens: readonly Token[], i: number, run: number, world: WorldKnowledge): string | undefined {
  const name = spanText(tokens, i, run);
  const known = world.names.get(nameKey(name));
  if (known?.kind !== 'place' || !world.regionNames.has(known.place)) return undefined;
  const opens = i === 0 || /^(—|–|,|between)$/.test(tokens[i - 1]!.lower);
  const acts = (tokens[run]?.lower === 'and' && tokens[run + 1]?.lower === 'the') || /^(VERB|AUX)$/.test(tokens[run]?.pos ?? '');
  return opens && acts ? name : undefined;
}

/**
 * Words of a municipality, a canton or a region before "of" and its name: "the city of Toronto", "the canton of Geneva",
 * "the Province of Ontario".
 */
const MUNICIPAL = /^(city|town|municipality|canton|province|state)$/;

/** The names of a city's government as a side: "City of Tacoma", "… Metropolitan Municipality", "Harlow City Council". */
const CITY_GOVERNMENT = /^City of |(?:^| )(?:Municipality|City Council|Town Council)$/;
/** Prepositions after which a city or a region is a place ("in Ontario", "in the city of Toronto"). */
const LOCATIVE = /^(in|at|to|from|near|across|outside|around|inside|into|throughout|within)$/;

/**
 * "the city of Toronto" when the run from i to `run` is a known place after "the city of": the name of that
 * municipality as written ("city of Toronto"); else undefined.
 */
function municipalityAt(tokens: readonly Token[], i: number, run: number, world: WorldKnowledge): string | undefined {
  // ("the City of Tacoma", "City of Toronto officials": the corporation's own name, capitalised, needs no article.)
  if (tokens[i - 1]?.lower !== 'of' || !MUNICIPAL.test(tokens[i - 2]?.lower ?? '') || (tokens[i - 3]?.lower !== 'the' && !isCapitalised(tokens[i - 2]))) return undefined;
  return world.names.get(nameKey(spanText(tokens, i, run)))?.kind === 'place' ? `${tokens[i - 2]!.lower} of ${spanText(tokens, i, run)}` : undefined;
}

/** The words before `end` end in "of" and a state: "… of Peru". */
function endsInState(tokens: readonly Token[], end: number, world: WorldKnowledge): boolean {
  return tokens[end - 2]?.lower === 'of' && world.states.has(world.names.get(nameKey(tokens[end - 1]!.text))?.party ?? '');
}

/** The run at i follows a name and a comma, as the second of a list of names: "Harbour Alliance, Bayline Digital and …". */
function listedAfterName(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.text === ',' && isCapitalised(tokens[i - 2]) && isWordToken(tokens[i - 2]);
}

/**
 * The capitalised words from i, through those that run on from k, end right before an acronym in brackets whose letters
 * begin the first of them and the last, and abbreviate them all ("NICE" for "National Institute for Health and Care
 * Excellence").
 */
function abbreviatedThrough(tokens: readonly Token[], i: number, k: number): boolean {
  const { end, acronym: defined } = wordsToAcronym(tokens, k, 6);
  // ("the Harbour Freight and General Workers Union (Hfgwu)": news may write the acronym as a word, in capitals only at its start.)
  const word = tokens[end]?.text === '(' && tokens[end + 2]?.text === ')' && /^\p{Lu}\p{Ll}{2,7}$/u.test(tokens[end + 1]?.text ?? '') ? tokens[end + 1]!.text.toUpperCase() : undefined;
  const acronym = defined ?? word;
  const words = tokens.slice(i, end).filter((t) => isCapitalised(t)).map((t) => t.text);
  return acronym !== undefined && words.length > 1 && acronym[0] === words[0]![0] && acronym.at(-1) === words.at(-1)![0] && abbreviates(acronym, words);
}

/** Prepositions a name may hold between its capitalised words: "… Pilots in Training", "… Workers on Contract". */
const INNER_PREPOSITIONS = /^(in|on|at|to|against|with|without|under|from)$/;

/** The capitalised words from i, through those that run on from k, are spelled by the acronym defined right after. */
function spelledThrough(tokens: readonly Token[], i: number, k: number): boolean {
  // ("… for Mediation, Conciliation and Review (KMCR)": a list of the name's words.)
  const { end, acronym } = wordsToAcronym(tokens, k, 8, LIST_JOINERS);
  return acronym !== undefined && initialsMatch(acronym, tokens.slice(i, end), true);
}

/** What joins the words of a name listed up to its acronym. */
const LIST_JOINERS: ReadonlySet<string> = new Set([',', 'and', '&']);

/**
 * Capitalised words from k, that name no organisation of their own (no head ends them: "Viewers of the Andean
 * Hockey League (AHL)" defines the league's acronym), run up to an acronym defined right after them.
 */
function acronymDefinedAfterWords(tokens: readonly Token[], k: number): boolean {
  // ("… for the Defence of the Tarvo and Dabo Peoples (JDTP)": small words of a name may join its capitalised words.)
  const { end, acronym } = wordsToAcronym(tokens, k, 10, NAME_CONNECTORS);
  return end > k && !lexicon().organisationHeads.has(tokens[end - 1]!.lower) && acronym !== undefined;
}

/**
 * The capitalised words from k, up to `limit` tokens, each pair perhaps joined by one or two of the `joiners` ("of
 * the", ", and"): where they end, and the acronym defined right after them, if any.
 */
function wordsToAcronym(tokens: readonly Token[], k: number, limit: number, joiners?: ReadonlySet<string>): { end: number; acronym: string | undefined } {
  const wordAt = (n: number): boolean => isCapitalised(tokens[n]) && isWordToken(tokens[n]!);
  const joinerAt = (n: number): boolean => n > k && joiners !== undefined && joiners.has(tokens[n]?.lower ?? '');
  // ("Transit Workers' Union (VHTWU)": a plural's apostrophe inside the words.)
  const apostropheAt = (n: number): boolean => n > k && /^['’]$/.test(tokens[n]?.text ?? '') && wordAt(n - 1) && wordAt(n + 1);
  let j = k;
  while (j < k + limit && (wordAt(j) || apostropheAt(j) || (joinerAt(j) && (wordAt(j + 1) || (joinerAt(j + 1) && wordAt(j + 2)))))) j++;
  return { end: j, acronym: acronymAfter(tokens, j) };
}

/**
 * The head of a side's leadership written in lower case at k ("leader", "president"): what it heads is a side, where
 * a "director" or "chief" may head an agency of a state ("Tarvo Guard director").
 */
function isLowerCaseOffice(tokens: readonly Token[], k: number, world: WorldKnowledge): boolean {
  const t = tokens[k];
  return t !== undefined && t.text === t.lower && (world.offices.leaderHeads.has(t.lower) || /^(chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson)$/.test(t.lower));
}

/** An office ends right before token k, in one word or more ("president", "chief executive"). */
function officeEndsAt(tokens: readonly Token[], k: number, world: WorldKnowledge): boolean {
  const { heads, maxTokens } = world.offices;
  let phrase = '';
  for (let j = k - 1; j >= Math.max(0, k - maxTokens); j--) {
    phrase = phrase === '' ? tokens[j]!.lower : `${tokens[j]!.lower} ${phrase}`;
    if (heads.has(phrase)) return true;
  }
  return false;
}

/**
 * "Bayline's general counsel", "Bayline chief executive Tom Marrick": an office only organisations have, written in
 * lower case after the word at i or its possessive.
 */
function organisationOfficeAfter(tokens: readonly Token[], i: number, world: WorldKnowledge): boolean {
  const from = tokens[i + 1]?.lower === "'s" ? i + 2 : i + 1;
  const first = tokens[from];
  // ("Kestrel CEO Ana Lind": an office's initials in capitals.)
  if (first === undefined || (first.text !== first.lower && !/^C[A-Z]O$/.test(first.text))) return false;
  const { organisationOffices, maxTokens } = world.offices;
  let phrase = '';
  for (let j = from; j < Math.min(tokens.length, from + maxTokens); j++) {
    phrase = phrase === '' ? tokens[j]!.lower : `${phrase} ${tokens[j]!.lower}`;
    if (organisationOffices.has(phrase)) return true;
  }
  return false;
}

/** "an offer for Nyberg Dairy", "a stake in Kestrel Foods", "the takeover of …": what is bid for or owned is a company. */
function ownedBefore(tokens: readonly Token[], i: number): boolean {
  const at = tokens[i - 1]?.lower === 'the' ? i - 2 : i - 1;
  const noun = tokens[at - 1];
  return /^(for|of|in)$/.test(tokens[at]?.lower ?? '') && noun !== undefined && /^(offer|bid|takeover|acquisition|stake|merger|buyout)$/.test(noun.lemma);
}

/**
 * "an analyst at Vantage Ratings", "a hydrologist with the Varden Water Institute": after what a person does and "at" or
 * "with", a run of names is where they work, whatever its words: a person is not worked at.
 */
function employerAfterOccupation(tokens: readonly Token[], i: number, world: WorldKnowledge): boolean {
  const at = tokens[i - 1]?.lower === 'the' ? i - 2 : i - 1;
  const work = tokens[at - 1];
  if (!/^(at|with)$/.test(tokens[at]?.lower ?? '') || work === undefined || work.text !== work.lower) return false;
  const { occupations } = world.offices;
  return occupations.has(work.lower) || occupations.has(work.lemma) || occupations.has(`${tokens[at - 2]?.lower ?? ''} ${work.lower}`);
}

/** A kind of organisation written with its capital, as where it opens a sentence ("Miner Varden …"); not a head that may open a name ("Union Pacific"). */
function isOpeningKind(t: Token | undefined): boolean {
  return t !== undefined && t.text !== t.lower && !lexicon().organisationHeads.has(t.lower) && lexicon().organisationKinds.has(t.lower);
}

/** A lower-case kind noun right before token i: "Canadian miner Kestrel Gold", "the rebel group K12". */
function kindBefore(tokens: readonly Token[], i: number): boolean {
  // ("the dockers' union, Remeros,": the name may stand between commas after it.)
  const at = tokens[i - 1]?.text === ',' && tokens[i + 1]?.text === ',' ? i - 2 : i - 1;
  const t = tokens[at];
  // ("the Catalan separatist party Varden": a head of organisations' names in lower case names the kind too.)
  // ("the conciliation service Arbo": so does "service" after the word that says what it does.)
  const service = t?.lower === 'service' && tokens[at - 1]?.text === tokens[at - 1]?.lower && /^(NOUN|ADJ)$/.test(tokens[at - 1]?.pos ?? '');
  // ("Miner Varden said …", "Carmaker Tarvo agreed …": the kind noun opening the sentence has its capital.)
  const opening = at === 0 && isOpeningKind(t);
  if (t === undefined || (t.text !== t.lower && !opening) || !(lexicon().organisationKinds.has(t.lemma) || opening || (t.pos === 'NOUN' && POLITICAL_KINDS.test(t.lower)) || service)) return false;
  // "shipping firm Nordhavn Lines": the tagger may read the kind noun as an adverb or adjective; after a verb other
  // than a participle of a modifier ("stood firm"), it is one.
  const before = tokens[at - 1];
  return t.pos === 'NOUN' || !(before !== undefined && /^(VERB|AUX)$/.test(before.pos) && !before.lower.endsWith('ing'));
}

/**
 * "A, B and C were among the companies represented": each run of capitalised words of a list that opens the sentence,
 * before "were among the" or "are among the" and the plural of an organisation's kind, with that kind's noun.
 */
function listedAmongKind(tokens: readonly Token[], world: WorldKnowledge): [string, string][] {
  const among = tokens.findIndex((t, k) => t.lower === 'among' && /^(were|are)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k + 1]?.lower === 'the');
  const kind = tokens[among + 2];
  if (among < 0 || kind === undefined || kind.lower === kind.lemma || !lexicon().organisationKinds.has(kind.lemma)) return [];
  const labels: [string, string][] = [];
  let k = 0;
  while (k < among - 1) {
    const end = capitalisedRun(tokens, k, world);
    if (end === k || !isCapitalised(tokens[k])) return [];
    labels.push([spanText(tokens, k, end), kind.lemma]);
    if (end === among - 1) return labels;
    if (!/^(,|and)$/.test(tokens[end]!.lower)) return [];
    k = tokens[end]!.text === ',' && tokens[end + 1]?.lower === 'and' ? end + 2 : end + 1;
  }
  return [];
}

/**
 * "the three parties - A, B and C -", "the two unions, A and B,", "the groups: A, B and C": each run of capitalised
 * words of a list set off after "the" and the plural of an organisation's kind, with that kind's noun.
 */
function listedAfterKind(tokens: readonly Token[], world: WorldKnowledge): [string, string][] {
  const found: [string, string][] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const kind = tokens[i]!;
    const plural = kind.text === kind.lower && kind.lower !== kind.lemma && (lexicon().organisationKinds.has(kind.lemma) || kind.lemma === 'party');
    const the = tokens[i - 1]?.lower === 'the' || (tokens[i - 2]?.lower === 'the' && (tokens[i - 1]?.pos === 'NUM' || cardinalWords().has(tokens[i - 1]!.lower)));
    if (!plural || !the) continue;
    // ("the two unions that jointly speak for the crews - A and B -": a relative clause may stand before the dash.)
    const dash = /^(that|which|who)$/.test(tokens[i + 1]!.lower) ? tokens.findIndex((t, j) => j > i + 2 && j <= i + 16 && /^(—|–|-)$/.test(t.text)) : -1;
    const open = dash > 0 ? dash : i + 1;
    if (!/^(—|–|-|:|,)$/.test(tokens[open]!.text)) continue;
    const labels: string[] = [];
    let k = open + 1;
    if (tokens[k]?.lower === 'the') k++;
    for (;;) {
      const run = capitalisedRun(tokens, k, world);
      if (run === k || !isCapitalised(tokens[k])) break;
      // (A name's run may take "and" inside it: "Harbour Voice and Kestrel Now" in a list of names is two, though
      // "Nurses and Midwives Union", ending in a head, is one.)
      const and = lexicon().organisationHeads.has(tokens[run - 1]!.lower) ? -1 : tokens.findIndex((t, j) => j > k && j < run && t.lower === 'and');
      const end = and > 0 ? and : run;
      labels.push(spanText(tokens, k, end));
      const next = tokens[end];
      const item = (at: number): boolean => isCapitalised(tokens[at]) || (tokens[at]?.lower === 'the' && isCapitalised(tokens[at + 1]));
      if (next?.text === ',' && tokens[end + 1]?.lower === 'and') k = end + 2;
      else if ((next?.text === ',' && item(end + 1)) || next?.lower === 'and') k = end + 1;
      else {
        // The list ends where the apposition does: a dash, a comma or the end of the sentence.
        // (States and bodies the world knows are sides already.)
        if (labels.length >= 2 && (next === undefined || /^(—|–|-|,|\.|;|\))$/.test(next.text))) for (const label of labels) if (!world.names.has(nameKey(label))) found.push([label, kind.lemma]);
        break;
      }
      if (tokens[k]?.lower === 'the') k++;
    }
  }
  return found;
}

/**
 * "Baltic Terminals, the port operator,", "…, a Polish shipping firm,", "…, a smaller and more radical union,": the kind
 * noun of an apposition after the name that ends at k, past up to five tokens that qualify it; its lemma, or undefined.
 */
function kindInApposition(tokens: readonly Token[], k: number, world: WorldKnowledge): string | undefined {
  // ("…, France's largest farmers' union,": a state's possessive may stand for the article.)
  const known = world.names.get(nameKey(tokens[k + 1]?.text ?? ''));
  const stateOwner = known?.kind === 'party' && world.states.has(known.party) && /^['’]s$/.test(tokens[k + 2]?.lower ?? '');
  if (tokens[k]?.text !== ',' || !(/^(the|a|an)$/.test(tokens[k + 1]?.lower ?? '') || stateOwner)) return undefined;
  for (let j = stateOwner ? k + 3 : k + 2; j < k + 9; j++) {
    const t = tokens[j];
    if (t === undefined) return undefined;
    // ("…, the union representing 160,000 performers,": a participle or a relative clause may follow the kind.)
    const after = tokens[j + 1];
    // ("…, an alliance of the main rebel groups,": what it is made of.)
    const closes = /^[,.;:—–]$/.test(after?.text ?? '') || /^(which|that|who|of)$/.test(after?.lower ?? '') || (after?.pos === 'VERB' && /(ing|ed)$/.test(after.lower));
    // ("…, the militant group that …": a kind's word may qualify the noun of another after it.)
    // ("…, the Flemish liberal party led by …": a head of organisations' names says it is one, of no kind.)
    const kindWord = (x: Token | undefined): boolean => x !== undefined && x.text === x.lower && (lexicon().organisationKinds.has(x.lemma) || (x.lemma === 'party' && x.pos === 'NOUN'));
    if (kindWord(t) && !(after !== undefined && kindWord(after))) return closes || (after?.lower === 'led' && tokens[j + 2]?.lower === 'by') ? t.lemma : undefined;
    // ("the largest farmers' union": a plural's possessive may qualify it too; "centre-right": so may a word joined by a
    // hyphen.)
    const possessive = /^['’]s?$/.test(t.lower) && tokens[j - 1]?.pos === 'NOUN';
    // ("…, a Lima-based mining group,": so may a place joined by a hyphen to the word after it.)
    if (joiningHyphen(tokens, j) || (isCapitalised(t) && joiningHyphen(tokens, j + 1))) continue;
    // ("the Flemish party": a capitalised word of a people or a region right before the kind qualifies it.)
    if (!(t.text === t.lower || world.demonyms.has(t.lower) || (/^(ADJ|PROPN)$/.test(t.pos) && kindWord(after))) || !(/^(NOUN|ADJ|VERB|PROPN|ADV)$/.test(t.pos) || /^(and|or)$/.test(t.lower) || possessive)) return undefined;
  }
  return undefined;
}

/**
 * After "the" and a name at i, the head of a side with no proper name ("community", "cooperative", "council"), past one
 * lower-case word at most ("the Tarvo peasant community"); its index, or undefined.
 */
function unnamedHeadAfter(tokens: readonly Token[], i: number): number | undefined {
  // ("fighting in the Tarvo district": after a preposition of place, the words name an area, no side.)
  if (tokens[i - 1]?.lower !== 'the' || /^(in|into|inside|across|throughout|within|near|around)$/.test(tokens[i - 2]?.lower ?? '')) return undefined;
  const heads = lexicon().unnamedSideHeads;
  const head = (t: Token | undefined): boolean => t !== undefined && t.text === t.lower && heads.has(t.lower) && !lexicon().organisationKinds.has(t.lemma);
  for (const k of [i + 1, i + 2]) {
    const t = tokens[k];
    if (t === undefined || t.text !== t.lower) return undefined;
    // ("the Tarvo district council": the last of two heads is the body's.)
    // ("the Parkhollow community centre": a building is no side.)
    if (head(t) && VENUE_HEADS.has(tokens[k + 1]?.text ?? '')) return undefined;
    if (head(t)) return head(tokens[k + 1]) ? k + 1 : k;
    if (!/^(NOUN|ADJ)$/.test(t.pos)) return undefined;
  }
  return undefined;
}

/**
 * "the Unite union", "the Varden group": "the", token i, then a lower-case kind noun ("the Syrian capital" is a city's);
 * `anyBefore` when the caller has checked what stands before the name.
 */
function kindAfter(tokens: readonly Token[], i: number, anyBefore = false): boolean {
  const t = tokens[i + 1];
  // ("the opposition Azimio coalition": a word in lower case may stand between "the" and the name.)
  const the = tokens[i - 1]?.lower === 'the' || (tokens[i - 2]?.lower === 'the' && /^(NOUN|ADJ)$/.test(tokens[i - 1]?.pos ?? '') && tokens[i - 1]!.text === tokens[i - 1]!.lower);
  // ("the Ruiz administration" is a government, named after its leader: "administration" names no organisation.)
  // ("the Onward Latvia party", "the Tarvo coalition": a political party's or a coalition's noun, as kindBefore reads it.)
  // ("the Newen Kurra community": so does a community's, after its own name; "the international community" has none.)
  const community = t?.lower === 'community' && isCapitalised(tokens[i]) && isCapitalised(tokens[i - 1]) && tokens[i - 1]!.lower !== 'the';
  return (anyBefore || the) && t !== undefined && t.text === t.lower && !/^(capital|administration)$/.test(t.lower) && (lexicon().organisationKinds.has(t.lemma) || (t.pos === 'NOUN' && POLITICAL_KINDS.test(t.lower)) || community);
}

/** Nouns of political bodies, which say no kind of union, firm or armed group: "the Varden party", "party Varden". */
const POLITICAL_KINDS = /^(party|coalition|bloc)$/;

/**
 * "Oil, Gas and Mining Workers Union", "Port, Dock and Harbour Workers' Union": a name that lists single words, set off by
 * commas, before "and" and a name with an organisation's head; the end of the whole name, or undefined. No word listed
 * may be a name world knowledge has ("Chile, Peru and the Andean Community" are three sides).
 */
function listedNameEnd(tokens: readonly Token[], i: number, world: WorldKnowledge): number | undefined {
  let k = i;
  const listedWord = (n: number): boolean => isCapitalised(tokens[n]) && isWordToken(tokens[n]!) && /^(NOUN|PROPN|ADJ)$/.test(tokens[n]!.pos) && !world.names.has(nameKey(tokens[n]!.text));
  // ("Varden Nurses, Midwives and Carers Union (VNMCU)": a first item of several words, when the
  // acronym after the name begins with its initial.)
  const nameWord = (n: number): boolean => isCapitalised(tokens[n]) && isWordToken(tokens[n]!) && /^(NOUN|PROPN|ADJ)$/.test(tokens[n]!.pos);
  let first = k;
  while (first < k + 3 && nameWord(first)) first++;
  const longFirst = first > k + 1;
  if (!longFirst) first = listedWord(k) ? k + 1 : k;
  if (first === k || tokens[first]?.text !== ',') return undefined;
  k = first - 1;
  while (listedWord(k) && tokens[k + 1]?.text === ',') k += 2;
  // The last item and "and" may open the run of the name's last part ("Tram and Signal Workers' Union").
  const start = tokens[k]?.lower === 'and' ? k + 1 : listedWord(k) && tokens[k + 1]?.lower === 'and' ? k + 2 : k;
  const end = capitalisedRun(tokens, start, world);
  const joined = start > k || tokens.slice(start, end).some((t) => t.lower === 'and');
  if (longFirst && acronymAfter(tokens, end)?.[0] !== tokens[i]!.text[0]) return undefined;
  return joined && end > start && endsInHead(tokens, start, end) && !world.names.has(nameKey(spanText(tokens, start, end))) ? end : undefined;
}

/** End of a run of capitalised words from i, joined by connectors ("Alliance of Regional Bus and Tram Operators"). */
function capitalisedRun(tokens: readonly Token[], i: number, world: WorldKnowledge): number {
  // "General Command", "President X": a title opens no organisation's name.
  // "General Foods", "General Mills": a title before an organisation's head is a word of its name.
  // ("the Official Lenders Committee": after "the", a word of office two words before the head is one too.)
  const headAt = (k: number): boolean => isCapitalised(tokens[k]) && lexicon().organisationHeads.has(tokens[k]!.lower);
  const titleOfName = world.offices.heads.has(tokens[i]?.lower ?? '') && (headAt(i + 1) || (tokens[i - 1]?.lower === 'the' && isCapitalised(tokens[i + 1]) && headAt(i + 2)));
  if (!isCapitalised(tokens[i]) || !isWordToken(tokens[i]) || tokens[i]!.lower === 'the' || (world.offices.heads.has(tokens[i]!.lower) && !titleOfName)) return i;
  // "Negotiators for Kestrel Airlines …", "Shares of Kestrel Airlines rose …": people at the table, and counts of
  // people or things, capitalised at a sentence's start, open no name.
  if (NOT_NAME_OPENERS.has(tokens[i]!.lower)) return i;
  // (Nor the verb of a headline in title case after a name: "… Union Rejects Offer From Kestrel Airlines".)
  if (headlineVerbAt(tokens, i) || HEADLINE_PREPOSITIONS.test(tokens[i]!.text)) return i;
  // "Minister for Health Ana Ruiz", "Minister of Public Service and Administration Ana Ruiz": a minister's portfolio,
  // and the name after it, are no organisation.
  if (inPortfolio(tokens, i)) return i;
  // "Patients of Northwell Valley Health will …": a plural opening the sentence before "of" and a whole name is the
  // people of that body, capitalised for its place ("Friends of the Earth" names no body after "of").
  if (i === 0 && /[^s]s$/.test(tokens[i]!.lower) && !lexicon().organisationHeads.has(tokens[i]!.lower) && tokens[i + 1]?.lower === 'of' && namedBodyAfter(tokens, i + 2)) return i;
  // "Even the Sardinian Civic Union", "In the Regional Council": a word of grammar capitalised at a sentence's start.
  if (/^(ADP|ADV|SCONJ|CCONJ|PRON|AUX)$/.test(tokens[i]!.pos) && (i === 0 || /^["“'‘(]$/.test(tokens[i - 1]!.text))) return i;
  // "On Friday the Harbour Workers Union …": a day or a month joins no name by a small word after it.
  if (lexicon().timeWords.has(tokens[i]!.lower) && NAME_CONNECTORS.has(tokens[i + 1]?.lower ?? '')) return i;
  let end = i;
  let k = i;
  const heads = lexicon().organisationHeads;
  const nameWord = (n: number): boolean => isNameWord(tokens[n]);
  while (k < tokens.length && k - i < MAX_NAME_TOKENS) {
    const t = tokens[k]!;
    // "Regional Council President X": a title ends the name before it. ("Harbour Premier League", "Harbour Premier
    // Football League": not one before an organisation's head, or one word before it, which it qualifies.)
    if (k > i && ((world.offices.heads.has(t.lower) && !headAt(k + 1) && !(isCapitalised(tokens[k + 1]) && headAt(k + 2))) || lexicon().timeWords.has(t.lower))) break;
    // "… the Andean Boundary Commission AGREED": a word in capitals after words that are not is the sentence's, shouted.
    const shouted = k > i && /^\p{Lu}{5,}$/u.test(t.text) && tokens[k - 1]!.text !== tokens[k - 1]!.text.toUpperCase();
    // ("… and Tarvo Lake First Nation Sign Accord": in a headline in title case, a verb of making a deal or of
    // taking a stance after a name's head starts the headline's predicate.)
    // (Nor is a preposition a headline capitalises: "… Offer From Kestrel Airlines".)
    // ("Dock Unions Cut Wage Demands By Half": nor is any verb inside a headline in title case.)
    // ("Tarvo Air And Pilots' Unions Sign Deal": nor a conjunction it capitalises.)
    const headlineVerb = (k > i && (headlineVerbAt(tokens, k) || (/^(VERB|CCONJ)$/.test(t.pos) && !heads.has(t.lower) && inTitleCase(tokens)))) || HEADLINE_PREPOSITIONS.test(t.text);
    if (isCapitalised(t) && isWordToken(t) && !shouted && !headlineVerb) {
      end = ++k;
      // "Water Resources Minister X": the words before a minister name a portfolio, not an organisation.
      // ("Human Resources Director X": nor do a portfolio's words before any office.)
      if (/^(minister|ministry)$/.test(tokens[k]?.lower ?? '') || (world.offices.heads.has(tokens[k]?.lower ?? '') && world.offices.ministries.has(spanText(tokens, i, k).toLowerCase()))) return i;
      // "the Andean Water Council Ana Ruiz Vidal": after the name's head, two or three words that end the run are a
      // person's name.
      const nameEnd = nameWord(k) && nameWord(k + 1) ? (nameWord(k + 2) ? k + 3 : k + 2) : undefined;
      // ("… Water Ferry Owners' Council": words before a plural possessive are the name's own.)
      // ("Ferry Workers United Local 88": so are words that end in a union's local and its number.)
      // ("Organization of the Kestrel Petroleum Exporting Countries": not inside a name built on "of", whose words go on.)
      if (k - 1 > i && heads.has(t.lower) && nameEnd !== undefined && !isCapitalised(tokens[nameEnd]) && !/^(?:'s|'|’)$/.test(tokens[nameEnd]?.text ?? '') && localBranchEnd(tokens, nameEnd - 1) === undefined && !tokens.slice(i, k).some((w) => w.lower === 'of')) break;
      // "Minister of Water Resources of Chile Ana Rojas Vidal": a state after "of" ends a name; a person's may follow.
      // ("Committee of Chile Bondholders initialled …": one word after the state, no person's name, is the name's, and so
      // are words that end in a body's head or in a plural of people who act together: "… of Chile Sovereign Noteholders".)
      if (isCapitalised(tokens[k]) && endsInState(tokens, k, world) && isCapitalised(tokens[k + 1])) {
        let last = k;
        while (last < k + 4 && isCapitalised(tokens[last + 1]) && isWordToken(tokens[last + 1])) last++;
        const word = tokens[last]!.lower;
        if (!heads.has(word) && !lexicon().collectiveSideNouns.has(word)) break;
      }
    }
    // "Coastal Fishermen's League": a possessive inside a name.
    // "Iran's Foreign Ministry" is the state's; only a name the world does not know takes a possessive inside.
    // "National Hockey League Players' Association": a plural possessive too.
    // (Not after a whole name before a person's: "Calder Asset Management's Ana Ruiz" is the firm's person.)
    // (Nor before an office: "the Company's Vice President" is the company's officer; nor before a city the body has an
    // office in: "the Authority's Sydney office"; nor before words of no head, as a headline in title case writes
    // what a side did: "… Reject Kestrel Airlines' Pay Offer".)
    else if (k > i && (t.lower === "'s" || ((t.text === "'" || t.text === '’') && tokens[k - 1]!.lower.endsWith('s'))) && isCapitalised(tokens[k + 1]) && isWordToken(tokens[k + 1]) && !world.names.has(nameKey(spanText(tokens, i, k))) && !(t.lower === "'s" && endsInHead(tokens, i, k) && personAfter(tokens, k + 1)) && matchOffice(tokens, k + 1, world) === undefined && !cityOffice(tokens, k + 1, world) && headAmongCapitalised(tokens, k + 1)) k++;
    // "Port Blue-Water Ferries": a hyphen written inside a word joins two capitalised words of one name (two acronyms
    // so joined, "KPA-VGU", are read as one acronym below).
    else if (k > i && joiningHyphen(tokens, k) && isCapitalised(tokens[k + 1]) && isWordToken(tokens[k + 1]) && !ACRONYM.test(tokens[k - 1]!.text)) k++;
    // ("Saraya Ansar al-Tarvi": an Arabic article joined by a hyphen to the capitalised word after it is part of the name.)
    else if (k > i && ARABIC_ARTICLE.test(t.text) && tokens[k + 1]?.text === '-' && glued(tokens, k, k + 1) && glued(tokens, k + 1, k + 2) && isCapitalised(tokens[k + 2])) k += 2;
    // "Varden Pharma A/S": a slash between two capitals is a legal form's.
    else if (k > i && t.text === '/' && glued(tokens, k - 1, k) && glued(tokens, k, k + 1) && /^\p{Lu}$/u.test(tokens[k - 1]!.text) && /^\p{Lu}$/u.test(tokens[k + 1]?.text ?? '')) k++;
    // "the European Union and Chile": "and" after a name the world knows joins two names, not two words of one.
    // "the Kestrel Pilots Union and Kestrel Airlines": nor does "and" after a name that ends in its head, unless it joins
    // what an "of" names ("International Association of Dockers and Marine Workers").
    // Nor in a list of names ("between the Harbour Alliance, Bayline Digital and the Arica Council"), after a comma.
    // ("Pedro Lago of Tarvo Securities": nor does "of" after two or three words of no head, a person's name, before a
    // name that ends in its head.)
    // ("Piotr Mazur-Kent of …": a hyphen inside a surname joins two of its words.)
    else if (k > i && t.lower === 'of' && personNameBefore(tokens, i, k) && !world.names.has(nameKey(spanText(tokens, i, k))) && namedBodyAfter(tokens, k + 1)) break;
    // "University of the Andes", "Bank of the South": "of the" after a head, before a capitalised word.
    // (Not a government's: "the Government of the Republic of X" is the state.)
    else if (k > i && t.lower === 'of' && tokens[k + 1]?.lower === 'the' && heads.has(tokens[k - 1]!.lower) && !GOVERNMENT_NOUNS.has(tokens[k - 1]!.lower) && isCapitalised(tokens[k + 2]) && isWordToken(tokens[k + 2]!)) k += 2;
    // ("National Institute for Health and Care Excellence (NICE)": unless the acronym defined after the words that follow
    // abbreviates them all, from the first to the last.)
    // ("Chief Ana Ruiz and Council of the Tallgrass Nation": a name after a title is a person's, whom "and" joins to no name.)
    // ("the Harlech and District Residents' Association": "and" before a word of an area joins it, as British names do.)
    // ("Kestrel Signs Deal with National Drug Fund for Velora Vaccine": in a headline in title case, "for"
    // after a name's head starts what the headline says, no part of the name.)
    else if (k > i && t.lower === 'and' && AREA_AFTER_AND.test(tokens[k + 1]?.text ?? '') && isCapitalised(tokens[k + 2])) k++;
    else if (k > i && t.lower === 'for' && endsInHead(tokens, i, k) && inTitleCase(tokens)) break;
    else if (k > i && NAME_CONNECTORS.has(t.lower) && isCapitalised(tokens[k + 1]) && !(t.lower === 'and' && (world.names.has(nameKey(spanText(tokens, i, k))) || (endsInHead(tokens, i, k) && !abbreviatedThrough(tokens, i, k + 1) && !membersJoinedBefore(tokens, k)) || listedAfterName(tokens, i) || officeEndsAt(tokens, i, world)))) k++;
    // "Parti de la Justice Sociale": a preposition and an article of another language ("Fans of the X" are no
    // name of their own), or "of the" when the words after it end where the name's acronym is defined ("Federation of
    // River Villages of the Upper Tambo (FERVUT)").
    // ("Collectif Paysan de l'Ouest", "Chambre d'Agriculture": a French article or preposition elided before a capital.)
    else if (k > i && ELIDED_ARTICLE.test(t.text)) end = ++k;
    else if (k > i && /^(de|du|des)$/.test(t.lower) && ELIDED_ARTICLE.test(tokens[k + 1]?.text ?? '')) end = k += 2;
    else if (k > i && t.lower !== 'and' && NAME_CONNECTORS.has(t.lower) && isCapitalised(tokens[k + 2]) && (/^(la|le|les|los|las|el)$/.test(tokens[k + 1]?.lower ?? '') || (tokens[k + 1]?.lower === 'the' && acronymDefinedAfterWords(tokens, k + 2)))) k += 2;
    // "Association of Harbour Pilots in Training (AHPT)": a preposition inside a name whose acronym, defined right
    // after it, spells the initials of all its capitalised words.
    // ("Commission for Mediation, Conciliation and Review (KMCR)": so may a comma, listing its words.)
    else if (k > i && (INNER_PREPOSITIONS.test(t.lower) || t.text === ',') && isCapitalised(tokens[k + 1]) && spelledThrough(tokens, i, k + 1)) k++;
    // ("Ministry of Energy, Mines and Water": a ministry's portfolios listed with commas, the last after "and".)
    else if (k > i + 2 && t.text === ',' && /^(Ministry|Department)$/.test(tokens[i]!.text) && tokens[i + 1]?.lower === 'of' && portfolioListEnd(tokens, k, world) !== undefined) end = k = portfolioListEnd(tokens, k, world)!;
    // "Senate Committee on Coastal Fisheries", "Conference on Trade and Development": "on" after a committee's head
    // opens its remit, part of its name (not a day: "the Harbour Commission on Monday").
    else if (k > i && t.lower === 'on' && COMMITTEE_HEADS.test(tokens[k - 1]!.lower) && isCapitalised(tokens[k + 1]) && isWordToken(tokens[k + 1]) && !lexicon().timeWords.has(tokens[k + 1]!.lower)) k++;
    // "Committee of Villages Flooded by the Varden Reservoir": "by" after a capitalised participle of the name.
    else if (k > i + 1 && t.lower === 'by' && /ed$/.test(tokens[k - 1]!.lower) && isCapitalised(tokens[k - 1]) && (isCapitalised(tokens[k + 1]) || (tokens[k + 1]?.lower === 'the' && isCapitalised(tokens[k + 2])))) k += tokens[k + 1]!.lower === 'the' ? 2 : 1;
    else break;
  }
  // "FISHERS AND PORT OWNERS SIGN PACT ON QUOTAS": a shouted headline, not a name.
  if (end - i > 3 && tokens.slice(i, end).every((t) => !isWordToken(t) || t.text === t.text.toUpperCase())) return i;
  return end;
}

/**
 * "… who call themselves the Varden Creek Defenders", "… calling itself Tarvo Mothers for Peace": the names groups give
 * themselves in a sentence, each with the plural noun that called them before the relative clause ("the kidnappers, who
 * call themselves …").
 */
function selfNamed(tokens: readonly Token[], world: WorldKnowledge): [string, string[]][] {
  const found: [string, string[]][] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!/^(call|calls|calling|called|style|styles|styling)$/.test(tokens[k]!.lower) || !/^(itself|themselves)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    const from = tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
    let end = capitalisedRun(tokens, from, world);
    // ("… Parents for Kids": small words of the name join its capitalised words.)
    while (NAME_CONNECTORS.has(tokens[end]?.lower ?? '') && isCapitalised(tokens[end + 1]) && isWordToken(tokens[end + 1]!)) end = capitalisedRun(tokens, end + 1, world);
    if (end <= from || world.names.has(nameKey(spanText(tokens, from, end)))) continue;
    const who = tokens[k - 1]?.lower === 'who' && tokens[k - 2]?.text === ',' ? tokens[k - 3] : undefined;
    const called = who !== undefined && who.pos === 'NOUN' && who.text === who.lower && /[^s]s$/.test(who.lower) ? [who.lower] : [];
    // (A group that only looks on, "a group calling itself … has organized a rally", is no side: it must act.)
    if (called.length > 0 || takesStance(tokens, end - 1)) found.push([spanText(tokens, from, end), called]);
  }
  return found;
}

/** Whether token i stands in the portfolio of a minister's or a secretary's title, after "of" or "for". */
function inPortfolio(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j > 0 && j >= i - 8; j--) {
    const word = tokens[j]!.lower;
    // (Not "general secretary of the Harbour Pilots Union": an officer of a body.)
    const title = tokens[j - 1]!.lower === 'minister' || (tokens[j - 1]!.lower === 'secretary' && !/^(general|executive)$/.test(tokens[j - 2]?.lower ?? '') && tokens[j + 1]!.lower !== 'the');
    if (/^(of|for)$/.test(word) && title) return word === 'for' || j < i - 1;
    if (!(isCapitalised(tokens[j]) && isWordToken(tokens[j]!)) && !/^(and|,|the|&)$/.test(word)) return false;
  }
  return false;
}

/** Tokens i to k are two or three name words, those a hyphen joins counted as one: a person's name ("Ana Vidal-Ruiz"). */
function personNameBefore(tokens: readonly Token[], i: number, k: number): boolean {
  let words = 0;
  for (let n = i; n < k; n++) {
    if (joiningHyphen(tokens, n) && n > i && n + 1 < k) continue;
    if (!isNameWord(tokens[n])) return false;
    if (!joiningHyphen(tokens, n - 1) || n === i) words++;
  }
  return words >= 2 && words <= 3;
}

/** A capitalised word that is no organisation's head: a word of a person's or a place's name. */
function isNameWord(token: Token | undefined): boolean {
  return isCapitalised(token) && isWordToken(token) && !lexicon().organisationHeads.has(token!.lower);
}

/** From k, two or three capitalised words with no organisation's head among them, then a word that is not: a person's name. */
function personAfter(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < k + 4 && isNameWord(tokens[j])) j++;
  return j - k >= 2 && j - k <= 3 && !isCapitalised(tokens[j]);
}

/** From k (past "the"), capitalised words that end in an organisation's head: "Tarvo Securities", "the Varden Institute". */
function namedBodyAfter(tokens: readonly Token[], k: number): boolean {
  let j = tokens[k]?.lower === 'the' ? k + 1 : k;
  const start = j;
  while (j < start + 5 && isCapitalised(tokens[j]) && isWordToken(tokens[j]!)) j++;
  return j > start + 1 && endsInHead(tokens, start, j);
}

/** The words of an area that "and" joins to a place inside a name: "Parkhollow and District …". */
const AREA_AFTER_AND = /^(District|Districts|Area|Region|Counties|County|Borough|Suburbs)$/;

/** Sentences already judged by inTitleCase. */
const titleCaseMemo = new WeakMap<readonly Token[], boolean>();

/**
 * A headline in title case: no full stop at its end, at most one word of four letters or more in lower case, and a verb
 * capitalised inside it ("… Reaches Agreement with …"), which a sentence of names ("X met the Y Institute for Z.") lacks.
 */
function inTitleCase(tokens: readonly Token[]): boolean {
  let judged = titleCaseMemo.get(tokens);
  if (judged === undefined) {
    const long = tokens.filter((t) => isWordToken(t) && t.text.length >= 4);
    const verb = tokens.some((t, k) => k > 0 && isCapitalised(t) && /^(VERB|AUX)$/.test(t.pos));
    judged = tokens.at(-1)?.text !== '.' && verb && long.length >= 4 && long.filter((t) => t.text === t.lower).length <= 1;
    titleCaseMemo.set(tokens, judged);
  }
  return judged;
}

/** Verbs a headline in title case puts after the sides: "… Sign Agreement", "… Reject Offer". */
const HEADLINE_VERB_CLASSES = ['sign', 'reach-deal', 'reject', 'agree', 'propose', 'demand'] as const;

/** A city world knowledge knows at k, before a noun of a body's seat: "Melbourne office", "Geneva headquarters". */
function cityOffice(tokens: readonly Token[], k: number, world: WorldKnowledge): boolean {
  const known = world.names.get(nameKey(tokens[k]?.text ?? ''));
  return (known?.kind === 'place' || known?.kind === 'capital') && /^(office|offices|headquarters|bureau)$/.test(tokens[k + 1]?.lower ?? '');
}

/** Whether one of the capitalised words from k, four at most, is an organisation's head: "… Fishermen's League", "… Fishermen's Organisations". */
function headAmongCapitalised(tokens: readonly Token[], k: number): boolean {
  const heads = lexicon().organisationHeads;
  for (let n = k; n < k + 4 && isCapitalised(tokens[n]); n++) if (heads.has(tokens[n]!.lower) || heads.has(tokens[n]!.lower.replace(/s$/, ''))) return true;
  return false;
}

/** Prepositions a headline in title case capitalises, which no name holds capitalised. */
const HEADLINE_PREPOSITIONS = /^(From|With|Over|On|To|After|Amid|At|As|By|Than|Into)$/;

/**
 * The word at k is a headline's verb in title case: of making a deal or of taking a stance after a name's head ("…
 * Union Rejects Offer"), or after a comma ("…, Reject Offer"); or any verb after the people a side is made of
 * ("Graduate Workers Win Paid Leave").
 */
function headlineVerbAt(tokens: readonly Token[], k: number): boolean {
  const { lower, lemma, pos } = tokens[k]!;
  const before = tokens[k - 1];
  if (k === 0 || before === undefined) return false;
  const stanceVerb = (): boolean => HEADLINE_VERB_CLASSES.some((cls) => [lower, lemma, lower.replace(/s$/, '')].some((word) => lexicon().verbs(cls).has(word)));
  if (before.text === ',') return isCapitalised(tokens[k]) && pos === 'VERB' && isCapitalised(tokens[k + 1]) && stanceVerb();
  if (!isCapitalised(before)) return false;
  if (lexicon().organisationHeads.has(before.lower) && stanceVerb()) return true;
  return pos === 'VERB' && isCapitalised(tokens[k]) && lexicon().collectiveSideNouns.has(before.lower) && !lexicon().organisationHeads.has(lower);
}

/** Heads of the names of bodies that members form: "… Union", "… Association". */
const MEMBERS_BODY_HEADS = /^(union|association|federation|confederation|guild|syndicate|brotherhood|alliance|council|collective)$/;

/**
 * "Queensland Nurses and Midwives' Union": the plural of people before "and" at `and` is a word of one name with the
 * people after it and the body they form, not a name of its own.
 */
function membersJoinedBefore(tokens: readonly Token[], and: number): boolean {
  if (!lexicon().collectiveSideNouns.has(tokens[and - 1]!.lower)) return false;
  for (let k = and + 1; k <= and + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k > and + 1 && MEMBERS_BODY_HEADS.test(t.lower) && isCapitalised(t)) return true;
    if (!isCapitalised(t) && !/^(?:'s|'|’)$/.test(t.text)) return false;
  }
  return false;
}

/**
 * The words from i to k end in an organisation's head and hold no "of", or in a legal form, or are one acronym: a whole name ("Kestrel
 * Pilots Union", "KPU").
 */
function endsInHead(tokens: readonly Token[], i: number, k: number): boolean {
  if (k === i + 1 && /^[A-Z]{2,6}$/.test(tokens[i]!.text)) return true;
  // "Halvorsen AG and Veldhuis Groep": a legal form ends a company's name.
  if (LEGAL_FORM.test(spanText(tokens, i, k))) return true;
  // ("the Health and Social Workers' Union": a head alone before "and" qualifies the words after it.)
  return k - i > 1 && lexicon().organisationHeads.has(tokens[k - 1]!.lower) && !tokens.slice(i, k).some((t) => t.lower === 'of');
}

/**
 * "the school board said …", "the nurses' union's offer": a side with no proper name, one to three lower-case nouns,
 * possessive or not, before a head of the lexicon's `organisation-unnamed` class, that acts in the text. A named
 * organisation of the article whose name holds one of those nouns is that side ("the machinists' union" beside the
 * "Union of Machinists and Fitters"): the phrase becomes one of its names. Otherwise none whose head a named
 * organisation ends with ("the Harbour Council" makes "the council" that one).
 */
function unnamedSides(sentences: readonly (readonly Token[])[], named: Map<string, Set<string>>, givenKindWords: ReadonlyMap<string, string>, world: WorldKnowledge): ArticleOrganisation[] {
  const heads = lexicon().unnamedSideHeads;
  const namedHeads = new Set([...named.keys()].map((label) => label.split(/\s+/).at(-1)!.toLowerCase()));
  // "the rowers' union" after "the union Remeros Asociados": the one organisation the text called by that noun.
  const calledBy = new Map<string, string[]>();
  for (const [label, word] of givenKindWords) if (named.has(label)) appendTo(calledBy, word, label);
  const found = new Set<string>();
  // ("the city council" for the town's council found as such.)
  const foundNames = new Map<string, string[]>();
  const represented = representedMembers(sentences, named);
  // "The union said …" where no organisation named has that head: the one described in full ("its players' union") is
  // the side "the union" is, wherever the full description stands.
  const actingAlone = new Set(sentences.flatMap((tokens) => tokens.flatMap((t, n) => (tokens[n - 1]?.lower === 'the' && heads.has(t.lower) && t.text === t.lower && acts(tokens, n) ? [t.lower] : []))));
  let town: string | null | undefined;
  for (const tokens of sentences) {
    for (let k = 0; k + 2 < tokens.length; k++) {
      // ("made an offer to its players' union": the union of the league's players, a side of its own.)
      if (!/^(the|its|their)$/.test(tokens[k]!.lower)) continue;
      // "the employers' association": a head with a possessive may be one of the nouns before the head.
      const before: number[] = [];
      let j = k + 1;
      // "the city's school district": the owner in the singular possessive is another side; the name comes after it.
      if (tokens[j]?.pos === 'NOUN' && /^['’]s$/.test(tokens[j + 1]?.lower ?? '')) j += 2;
      const nameStart = j;
      while (before.length < 3 && tokens[j]?.pos === 'NOUN' && tokens[j]!.text === tokens[j]!.lower && (!heads.has(tokens[j]!.lower) || pluralPossessiveAfter(tokens, j))) {
        before.push(j);
        // "the nurses' union": the members in the plural possessive; "the board's offer" ends the name at "board".
        if (pluralPossessiveAfter(tokens, j)) j += 2;
        else if (possessiveAfter(tokens, j)) break;
        else j++;
      }
      // "the school board's offer": the last of them is the head.
      if (!heads.has(tokens[j]?.lower ?? '') && before.length > 1 && heads.has(tokens[before.at(-1)!]!.lower)) j = before.pop()!;
      // "the attorney general's office", "the state attorney general's office": the office of an officer is a side.
      else if (possessiveAfter(tokens, j) && tokens[j + 2]?.text === 'office') {
        const officer = [...before, j].find((n) => world.offices.heads.has(spanText(tokens, n, j + 1).toLowerCase()));
        if (officer !== undefined && (acts(tokens, j + 2) || tokens[k - 1]?.lower === 'by' || tokens[j + 3]?.pos === 'VERB')) found.add(spanText(tokens, officer, j + 3));
        continue;
      }
      const head = tokens[j];
      // "the council offered 9%" in a story of one town ("Refuse collectors in Harlow …"): the town's council, where
      // the article names no council.
      // ("the municipality" in the same story is that council, and so is "the city council".)
      const municipal = before.length === 0 || (before.length === 1 && /^(city|town|county|borough|municipal)$/.test(tokens[before[0]!]!.lower));
      // (Not where a people that governs itself by a council is a side: "the council" of a First Nation is its own.)
      const definite = tokens[k]!.lower === 'the';
      if (definite && municipal && head !== undefined && head.text === head.lower && isLocalGovernmentNoun(head.lower) && ![...named.keys()].some((label) => label.toLowerCase().split(/\s+/).some(isLocalGovernmentNoun) || isGovernedByCouncil(label)) && (acts(tokens, j) || /^(and|or)$/.test(tokens[j + 1]?.lower ?? ''))) {
        town ??= storyTown(sentences, world, [...named.keys()]) ?? null;
        if (town !== null) {
          found.add(`${town} council`);
          if (before.length > 0) appendTo(foundNames, `${town} council`, spanText(tokens, nameStart, j + 1));
        }
        continue;
      }
      // "the city's last offer", after "the City of Tacoma": the one city named as a side; so "the city has tabled …"
      // after a municipality or a city's council ("eMalahleni Local Municipality", "Harlow City Council").
      // ("the province" after "the Province of Manitoba": so the one government of another municipality named so.)
      const word = tokens[k + 1]!.text;
      const governmentOf = `${word.charAt(0).toUpperCase()}${word.slice(1)} of `;
      const city = word === 'city' ? [...named.keys()].filter((label) => CITY_GOVERNMENT.test(label)) : MUNICIPAL.test(word) ? [...named.keys()].filter((label) => label.startsWith(governmentOf)) : [];
      if (definite && city.length === 1 && (acts(tokens, k + 1) || /^(and|or)$/.test(tokens[k + 2]?.lower ?? '') || /^(for|by|with|and|between)$/.test(tokens[k - 1]?.lower ?? ''))) {
        named.get(city[0]!)!.add(word);
        continue;
      }
      if (before.length === 0 || !head || !heads.has(head.lower) || head.text !== head.lower) continue;
      // A committee or team named for bargaining or negotiating is a side's team at the table, no side of its own.
      if (/^(bargaining|negotiating|negotiation|strike)$/.test(tokens[j - 1]?.lower ?? '')) continue;
      // It acts: a finite verb or a possessive follows it ("the school board raises pay", "the school board's offer").
      const next = tokens[j + 1];
      // "rejected by the nurses' union": the agent of a passive acts too.
      // ("the teachers' union met …": any finite verb, not a gerund that describes the body.)
      if (!acts(tokens, j) && !(next?.pos === 'VERB' && !/ing$/.test(next.lower)) && tokens[k - 1]?.lower !== 'by' && !(actingAlone.has(head.lower) && !namedHeads.has(head.lower))) continue;
      const members = before.map((n) => tokens[n]!.lower);
      const phrase = spanText(tokens, nameStart, j + 1);
      // ("the players' union" for the "Hockey Players' Association": a word of the name may be in the possessive. "the
      // teachers' union" for "the Kestrel Education Association, which represents 1,400 teachers".)
      const owner = [...named.keys()].filter((label) => label.split(/\s+/).some((word) => members.includes(word.toLowerCase().replace(/['’]s?$/, ''))) || members.some((word) => represented.get(word) === label));
      const called = calledBy.get(head.lower);
      if (owner.length === 1) named.get(owner[0]!)!.add(phrase);
      else if (owner.length === 0 && called?.length === 1) named.get(called[0]!)!.add(phrase);
      else if (!namedHeads.has(head.lower)) found.add(phrase);
    }
  }
  return [...found].map((label) => ({ label, names: [...new Set(foundNames.get(label))] }));
}

/**
 * "the Kestrel Education Association, which represents 1,400 teachers": the plural of the people each named
 * organisation represents, as the text says it, to the organisation's label.
 */
function representedMembers(sentences: readonly (readonly Token[])[], named: Map<string, Set<string>>): Map<string, string> {
  const members = new Map<string, string>();
  const labels = [...named].flatMap(([label, names]) => [label, ...names].map((name) => [name.split(/\s+/), label] as const));
  for (const tokens of sentences) {
    for (let k = 2; k < tokens.length; k++) {
      if (tokens[k]!.lemma !== 'represent' || !/^(which|that|,)$/.test(tokens[k - 1]!.lower)) continue;
      const comma = tokens[k - 1]!.lower === ',' ? k - 1 : k - 2;
      if (tokens[comma]?.text !== ',') continue;
      const owner = labels.find(([words]) => words.every((word, n) => tokens[comma - words.length + n]?.text === word));
      let noun = k + 1;
      while (noun < k + 5 && (/^(NUM|ADJ|ADV)$/.test(tokens[noun]?.pos ?? '') || tokens[noun]?.text === ',')) noun++;
      const word = tokens[noun];
      if (owner !== undefined && word !== undefined && word.pos === 'NOUN' && word.lower !== word.lemma) members.set(word.lower, owner[1]);
    }
  }
  return members;
}

/** A noun for the body that governs a town, in English or another language: "council", "municipality", "câmara". */
/** A people that governs itself by its council, as a side: "Cedar Lake First Nation", "the Tarvo Tribe". */
export function isGovernedByCouncil(label: string): boolean {
  return /\b(?:First Nations?|Nation|Tribe|Band)$/.test(label);
}

export function isLocalGovernmentNoun(word: string): boolean {
  return /^(council|municipality)$/.test(lexicon().inEnglish(word));
}

/**
 * The town a local story is set in: the first place named after "in" that is no state ("Refuse collectors in Harlow",
 * "in Lima"), one or two capitalised words that are no time and no organisation's; undefined when none.
 */
function storyTown(sentences: readonly (readonly Token[])[], world: WorldKnowledge, organisations: readonly string[]): string | undefined {
  // (A place the world knows comes before a name it does not, and no word that opens an organisation's name is a town:
  // "tenants in Kestrel flats" of "Kestrel Living".)
  let unknown: string | undefined;
  for (const tokens of sentences) {
    for (let k = 1; k + 1 < tokens.length; k++) {
      if (tokens[k - 1]!.lower !== 'in' || !isCapitalised(tokens[k]) || !isWordToken(tokens[k])) continue;
      const end = isCapitalised(tokens[k + 1]) && isWordToken(tokens[k + 1]) ? k + 2 : k + 1;
      if (isCapitalised(tokens[end]) || tokens.slice(k, end).some((t) => lexicon().timeWords.has(t.lower) || lexicon().organisationHeads.has(t.lower))) continue;
      const name = spanText(tokens, k, end);
      const known = world.names.get(nameKey(name));
      // ("in Ontario": a province is no town.)
      if (known?.kind === 'place' && !world.regionNames.has(name)) return name;
      if (known === undefined && tokens[k]!.pos === 'PROPN' && !organisations.some((label) => label === name || label.startsWith(`${name} `))) unknown ??= name;
    }
  }
  return unknown;
}

/**
 * Collective words for the people who own or run the businesses across a table from their workers; after "of" in a
 * name they make it a body of employers ("Union of Greek Shipowners").
 */
const EMPLOYER_COLLECTIVES = /^(owners|bosses|employers|manufacturers|producers|shipowners|industrialists|industries)$/;
/** Plurals for the people a union represents, who act as it. */
const WORKER_COLLECTIVES = /^(workers|employees|dockers|dockworkers|longshoremen|nurses|doctors|teachers|pilots|miners|machinists|drivers|firefighters|writers|actors|players|performers|strikers|members)$/;
/** Plurals of people who grow or catch what they sell, and the bodies they form: "farmers" and a "Milk Co-operative". */
const GROWER_COLLECTIVES = /^(farmers|growers|fishermen|fishers|herders)$/;
const GROWER_BODIES = /\b(?:Co-?operative|Cooperative|Co-op|Association|Union|Federation)$/i;
/** People who hold others by force whom the lexicon gives no armed kind, since "gunmen" alone names no armed group. */
const ARMED_WITHOUT_KIND = /^gunmen$/;
/** Plurals for the people of a place, who act as its community. */
const RESIDENT_COLLECTIVES = /^(villagers|residents|peasants|inhabitants)$/;

/** Heads of the bodies that businesses form to negotiate together: "… Manufacturers' Association", "Chamber of …". */
const MEMBERSHIP_HEADS = /\b(Association|Federation|Confederation|Council|Chamber|Alliance)\b/;

/** Whether a name is a body of members ("Publishers Association", "Chamber of Shipping") rather than a firm. */
export function isMembershipBody(label: string): boolean {
  return MEMBERSHIP_HEADS.test(label);
}

/**
 * "Bondholders rejected …", "the rebels' conditions": people named by what they are, a plural of the lexicon's
 * `organisation-collective` class, that take a stance as one side. Where the article names one organisation with the
 * word in its name ("players" beside the "Hockey Players Association"), or one union or armed group when the word is
 * of that kind ("guerrillas" beside a named guerrilla army), the word is one of its names; otherwise, where no
 * organisation of its kind is named, the plural is a side of its own.
 */
function collectiveSides(sentences: readonly (readonly Token[])[], named: Map<string, Set<string>>, givenKindWords: ReadonlyMap<string, string>, world: WorldKnowledge): ArticleOrganisation[] {
  const { collectiveSideNouns, organisationKinds } = lexicon();
  const acting = new Set<string>();
  for (const tokens of sentences) {
    tokens.forEach((t, i) => {
      // "Bondholders rejected …": the tagger reads a capitalised plural opening a sentence as a name.
      const written = t.text === t.lower ? t.pos === 'NOUN' : i === 0 && !isCapitalised(tokens[1]);
      // ("the members would not accept …", "Members voted …": a union's members, never a side of their own, see below.)
      const members = t.lower === 'members' && (tokens[i - 1]?.lower === 'the' || i === 0);
      if (written && (collectiveSideNouns.has(t.lower) || members) && takesStance(tokens, i)) acting.add(t.lower);
    });
  }
  const found: ArticleOrganisation[] = [];
  if (acting.size === 0) return found;
  // "the guerrillas" beside an armed group world knowledge names are that group, which the mention finder reads as such.
  const knownKinds = new Set<string>();
  for (const tokens of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      // Only a word some known name starts with can open one.
      if (!isCapitalised(tokens[i]) || !world.nameHeads.has(nameHead(tokens[i]!.lower))) continue;
      for (let n = 1; n <= world.maxNameTokens && i + n <= tokens.length; n++) {
        const known = world.names.get(nameKey(spanText(tokens, i, i + n)));
        const kind = known?.kind === 'party' ? world.organisationKinds.get(known.party) : undefined;
        if (kind !== undefined) knownKinds.add(kind);
      }
    }
  }
  // ("Gunmen … demanded a ransom. The kidnappers rejected …": armed people of no named group, however named, are one side.)
  const armed: string[] = [];
  const unions = [...named].filter(([label, names]) => [label, ...names].some((name) => (world.organisationKinds.get(name) ?? organisationKind(name) ?? organisationKinds.get(givenKindWords.get(name) ?? '')) === 'organisation-union')).map(([label]) => label);
  for (const word of acting) {
    // ("the bondholders" beside the "Andean Bondholder Committee": the name may hold the word in the singular.)
    const holding = [...named.keys()].filter((label) => label.toLowerCase().split(/\s+/).some((w) => w.replace(/['’]s?$/, '') === word || `${w}s` === word));
    const kind = organisationKinds.get(word);
    // ("the pirates" beside the shipowner "KSRM Group": a head bodies of several kinds share says no kind here.)
    // ("the rebels" beside "the armed group Tarvo Sena": or the kind the article gave the name.)
    // ("the rebels" beside "the Ethiopian army": a state's army is the side they fight, no group of theirs.)
    const stateArmy = (label: string): boolean => world.demonyms.has(label.split(' ')[0]!.toLowerCase()) && ARMY_WORDS.test(label.toLowerCase().split(' ').slice(1).join(' '));
    const ofKind = kind === undefined ? [] : [...named].filter(([label, names]) => !stateArmy(label) && [label, ...names].some((name) => (world.organisationKinds.get(name) ?? (sharedHeadOnly(name) ? undefined : organisationKind(name)) ?? organisationKinds.get(givenKindWords.get(name) ?? '')) === kind)).map(([label]) => label);
    // "the owners", "employers" beside one employers' group ("… Manufacturers' Association"): its members, named as a side.
    // ("the owners" beside the "Continental Hockey League": a sports league's clubs are its members.)
    const employers = (kind === 'organisation-company' || EMPLOYER_COLLECTIVES.test(word)) ? [...named.keys()].filter((label) => (organisationKind(label) === 'organisation-company' && MEMBERSHIP_HEADS.test(label)) || / League$/.test(label)) : [];
    // ("the villagers" beside the "Huari peasant community": the people of a community are the community.)
    const community = RESIDENT_COLLECTIVES.test(word) ? [...named].filter(([label, names]) => [label, ...names].some((name) => / communit(y|ies)$/i.test(name))).map(([label]) => label) : [];
    // ("workers" beside the one union of the article: its members; "farmers" beside the one co-operative or association
    // of growers.)
    const union = WORKER_COLLECTIVES.test(word) ? unions : GROWER_COLLECTIVES.test(word) ? [...named.keys()].filter((label) => GROWER_BODIES.test(label)) : [];
    // ("the employers" beside one union and one other body, whatever its name says: the body across the table.)
    const across = EMPLOYER_COLLECTIVES.test(word) && unions.length === 1 && named.size === 2 ? [...named.keys()].filter((label) => label !== unions[0]) : [];
    const owner = holding.length === 1 ? holding[0] : ofKind.length === 1 && kind !== 'organisation-company' ? ofKind[0] : employers.length === 1 ? employers[0] : community.length === 1 ? community[0] : union.length === 1 ? union[0] : across.length === 1 ? across[0] : undefined;
    if (owner !== undefined) {
      const names = named.get(owner)!;
      if (![...names].some((name) => name.toLowerCase() === word)) names.add(word);
    }
    else if (holding.length === 0 && ofKind.length === 0 && (kind === undefined || !knownKinds.has(kind)) && word !== 'members') {
      if (kind === 'organisation-armed') armed.push(word);
      else found.push(qualifiedSide(word, [], sentences, world));
    }
  }
  // (Named after the word the article uses most.)
  const uses = new Map(armed.map((word) => [word, sentences.reduce((n, tokens) => n + tokens.filter((t) => t.lower === word).length, 0)]));
  armed.sort((a, b) => uses.get(b)! - uses.get(a)!);
  // ("The kidnappers refused …; later the captors cut their demand": the other words for armed people the article
  // writes with "the" are the same side, though they take no stance themselves.)
  const alsoArmed = new Set<string>();
  if (armed.length > 0) for (const tokens of sentences) tokens.forEach((t, i) => {
    if (t.text === t.lower && t.pos === 'NOUN' && tokens[i - 1]?.lower === 'the' && !armed.includes(t.lower) && collectiveSideNouns.has(t.lower) && (organisationKinds.get(t.lower) === 'organisation-armed' || ARMED_WITHOUT_KIND.test(t.lower))) alsoArmed.add(t.lower);
  });
  if (armed.length > 0) found.push(qualifiedSide(armed[0]!, [...armed.slice(1), ...alsoArmed], sentences, world));
  return found;
}

/** The word at i holds a stance: a stance or reporting verb follows, after auxiliaries ("have rejected"), or a possessive and a stance noun. */
function takesStance(tokens: readonly Token[], i: number): boolean {
  const words = lexicon();
  // ("the reinstatement of two drivers dismissed during the dispute": people counted are some of them, no side.)
  if (tokens[i - 1]?.pos === 'NUM') return false;
  if (possessiveAfter(tokens, i)) return [tokens[i + 2], tokens[i + 3]].some((t) => t !== undefined && STANCE_CLASSES.some((cls) => words.nouns(cls).has(t.lemma)));
  // ("private bondholders, who have rejected …": the verb of a relative clause on the word.)
  let k = tokens[i + 1]?.text === ',' && /^(who|which)$/.test(tokens[i + 2]?.lower ?? '') ? i + 3 : i + 1;
  while (k < i + 6 && (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART')) k++;
  const verb = tokens[k];
  // "Creditors had pushed hard for …": the first word of a stance verb's phrase.
  const stanceVerb = (t: Token | undefined): boolean => t?.pos === 'VERB' && (words.isActorVerb(t.lemma) || words.phrasesStartingWith(t.lemma).some((p) => p.part === 'verbs' && (STANCE_CLASSES as readonly string[]).includes(p.cls)));
  if (stanceVerb(verb)) return true;
  // ("… and Kidal rebels sign truce": so is one of a headline the tagger read as a noun.)
  if (verb !== undefined && plainVerbInHeadline(tokens, k) && stanceVerb({ ...verb, pos: 'VERB' })) return true;
  // ("Nurses voted 410 to 95 on Monday to return to work and ratify the offer": what the members voted to do.)
  if (verb?.lemma !== 'vote') return false;
  const to = tokens.findIndex((t, j) => j > k && j <= k + 8 && t.lower === 'to');
  return to > 0 && (stanceVerb(tokens[to + 1]) || tokens.slice(to + 1, to + 8).some((t, n) => tokens[to + n]?.lower === 'and' && stanceVerb(t)));
}

/**
 * A side named by a plural, labelled as the article qualifies it by a place or a people ("Kidal rebels", "Kurdish
 * militants", "French farmers"), the form it writes most; the bare plural and the other forms are its names.
 */
function qualifiedSide(word: string, names: readonly string[], sentences: readonly (readonly Token[])[], world: WorldKnowledge): ArticleOrganisation {
  const forms = new Map<string, number>();
  for (const tokens of sentences) {
    tokens.forEach((t, i) => {
      const before = tokens[i - 1];
      // (One word: "Kestrel School District teachers" are the district's.)
      if (t.lower !== word || before === undefined || !isCapitalised(before) || !isWordToken(before) || isCapitalised(tokens[i - 2])) return;
      // (A people's or a place's word, not one that opens the sentence: "Striking workers", "Many rebels".)
      const key = nameKey(before.text);
      const place = world.demonyms.has(before.lower) || world.names.get(key)?.kind === 'place' || world.names.get(key)?.kind === 'party' || world.regionNames.has(before.text);
      if (!place && (i === 1 || before.pos !== 'PROPN' || lexicon().organisationHeads.has(before.lower) || world.offices.heads.has(before.lower))) return;
      const form = `${before.text} ${word}`;
      forms.set(form, (forms.get(form) ?? 0) + 1);
    });
  }
  const [label] = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [word];
  return { label, names: label === word ? [...names] : [word, ...names, ...[...forms.keys()].filter((form) => form !== label)] };
}

/** Whether one sentence names both `short` and the longer name it opens, `long`, the short one on its own. */
function namedApart(short: string, long: string, sentences: readonly (readonly Token[])[]): boolean {
  const shortWords = short.split(' ');
  const longWords = long.split(' ');
  const wordsAt = (tokens: readonly Token[], k: number, words: readonly string[]): boolean => words.every((word, n) => tokens[k + n]?.text === word);
  return sentences.some((tokens) => {
    let alone = false;
    let whole = false;
    for (let k = 0; k < tokens.length; k++) {
      if (wordsAt(tokens, k, longWords)) whole = true;
      else if (wordsAt(tokens, k, shortWords)) alone = true;
    }
    return alone && whole;
  });
}


/** "army", "military", "armed forces" after a demonym: the end of the phrase, or undefined. */
function armyAfter(tokens: readonly Token[], k: number): number | undefined {
  return [1, 2].map((n) => k + n).find((end) => end <= tokens.length && ARMY_WORDS.test(tokens.slice(k, end).map((t) => t.lower).join(' ')));
}

/** The words of a state's armed forces after its demonym. */
const ARMY_WORDS = /^(?:army|military|armed forces)$/;

/**
 * Initials in brackets with a small letter for a small word of the name, more capitals than small letters: "Bund für
 * Mieter (BfM)", "Friends of the Earth (FoE)". ("(McKinsey)" is a name.)
 */
function isMixedInitials(text: string): boolean {
  const capitals = text.replace(/[^\p{Lu}]/gu, '').length;
  return /^\p{Lu}[\p{L}\d&-]{1,7}$/u.test(text) && capitals >= 2 && text.replace(/[^\p{Ll}]/gu, '').length < capitals;
}

/** "… (TDG)", "…, known as TDG": the acronym defined right after a name. */
/**
 * "Federation of Coastal Fishers (Fedepesca)": a word in brackets right after a body's name, written as
 * a name the world does not know, is its short name, often one of its own language whose letters the English name does
 * not spell.
 */
function shortNameAfter(tokens: readonly Token[], end: number, world: WorldKnowledge): string | undefined {
  const word = tokens[end + 1];
  if (tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')' || word === undefined || !/^\p{Lu}\p{Ll}{3,}$/u.test(word.text)) return undefined;
  return world.names.has(nameKey(word.text)) || lexicon().timeWords.has(word.lower) || NEWS_OUTLET.test(word.text) ? undefined : word.text;
}

/** The most words a relative clause on a name may hold before the verb of the sentence: "X, which …, is demanding". */
const RELATIVE_CLAUSE_REACH = 25;

/**
 * The pronoun that takes up a name right after it: "X said on Monday it would …", "X said that its offer …", "X and its
 * workers" speak of a thing; "X said he …", "X and her team" of a person. Undefined when no pronoun follows so.
 */
function pronounAfterName(tokens: readonly Token[], end: number): 'thing' | 'person' | undefined {
  let k = end;
  if (tokens[k]?.lower === 'and') k++;
  else {
    if (!isReportingVerb(tokens[k]) || tokens[k]!.pos !== 'VERB') return undefined;
    k++;
    // ("said on Monday", "said in a statement", "said Tuesday that": when and how it was said, before the clause.)
    for (let n = 0; n < 6 && k < tokens.length && !/^(it|its|he|she|his|her)$/.test(tokens[k]!.lower); n++, k++) {
      if (!/^(ADP|DET|NOUN|PROPN|NUM|ADV|SCONJ)$/.test(tokens[k]!.pos) || tokens[k]!.text === ',') return undefined;
    }
  }
  const word = tokens[k]?.lower;
  return word === 'it' || word === 'its' ? 'thing' : word === 'he' || word === 'she' || word === 'his' || word === 'her' ? 'person' : undefined;
}

/** The most words a translation in brackets holds. */
const MAX_TRANSLATION_WORDS = 5;

/**
 * The capitalised name right before the bracket at `open` and the capitalised words of two or more in the brackets
 * (an article aside): "Borgernes Front (Citizens' Front)", "Havpartiet (the Sea Party)". Undefined when the
 * brackets hold anything else, or a place the world knows.
 */
function translationAfter(tokens: readonly Token[], open: number, world: WorldKnowledge): { name: string; translation: string } | undefined {
  if (tokens[open]?.text !== '(' || !isCapitalised(tokens[open - 1])) return undefined;
  const close = tokens.findIndex((t, k) => k > open && t.text === ')');
  const from = tokens[open + 1]?.lower === 'the' ? open + 2 : open + 1;
  if (close < 0 || close - from < 2 || close - from > MAX_TRANSLATION_WORDS) return undefined;
  const inside = tokens.slice(from, close);
  if (!isCapitalised(inside[0]) || !isCapitalised(inside.at(-1)) || !inside.every((t) => isCapitalised(t) || /^['’]s?$/.test(t.text) || NAME_PARTICLES.has(t.lower))) return undefined;
  let start = open - 1;
  while (start > 0 && isCapitalised(tokens[start - 1]) && start > open - 1 - MAX_TRANSLATION_WORDS) start--;
  // (A name that opens the sentence loses the capital of an ordinary first word: "The Kestrel Party (…)".)
  if (tokens[start]?.lower === 'the') start++;
  const name = spanText(tokens, start, open);
  const translation = spanText(tokens, from, close);
  if (start >= open || world.names.has(nameKey(translation)) || world.names.has(nameKey(name))) return undefined;
  return { name, translation };
}

function acronymAfter(tokens: readonly Token[], end: number): string | undefined {
  if (tokens[end]?.text === '(' && tokens[end + 2]?.text === ')' && (ACRONYM.test(tokens[end + 1]?.text ?? '') || isMixedInitials(tokens[end + 1]?.text ?? ''))) return tokens[end + 1]!.text;
  // ", known by its Spanish acronym FECAM", ", known as FECAM": an acronym, perhaps of the name in its own language.
  if (tokens[end]?.text !== ',' || tokens[end + 1]?.lower !== 'known') return undefined;
  let j = end + 2;
  if (tokens[j]?.lower === 'as') j++;
  else if (tokens[j]?.lower === 'by') {
    j += /^(its|their|the)$/.test(tokens[j + 1]?.lower ?? '') ? 2 : 1;
    if (isCapitalised(tokens[j]) && /^(acronym|initials)$/.test(tokens[j + 1]?.lower ?? '')) j++;
    if (!/^(acronym|initials)$/.test(tokens[j]?.lower ?? '')) return undefined;
    j++;
  } else return undefined;
  return ACRONYM.test(tokens[j]?.text ?? '') ? tokens[j]!.text : undefined;
}

/**
 * '("Bayline" or "the Company")': the short names a press release defines in quotation marks in parentheses after a
 * name, each without its article.
 */
function quotedNamesAfter(tokens: readonly Token[], end: number): string[] {
  if (tokens[end]?.text !== '(') return [];
  const names: string[] = [];
  let k = end + 1;
  while (/^["“]$/.test(tokens[k]?.text ?? '')) {
    const close = tokens.findIndex((t, j) => j > k && /^["”]$/.test(t.text));
    if (close < 0 || close > k + 6) return [];
    const from = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    if (from < close && tokens.slice(from, close).every((t) => isCapitalised(t))) names.push(spanText(tokens, from, close));
    k = close + 1;
    if (/^(or|and|,)$/.test(tokens[k]?.lower ?? '')) k++;
  }
  return tokens[k]?.text === ')' ? names : [];
}

/** "Northern Patriotic Forces" and "NPF": the acronym's letters begin words of the name, in order. */
function initialsMatch(acronym: string, words: readonly (Token | string)[], whole = false): boolean {
  // ("l'Ouest" counts for its "O".)
  const capitals = words.map((w) => (typeof w === 'string' ? w : w.text).replace(ELIDED_ARTICLE, '')).filter((w) => /^\p{Lu}/u.test(w));
  const initials = capitals.map((w) => w[0]!).join('');
  // Against a name found elsewhere in the article, every capitalised word must be accounted for.
  if (whole) return initials === acronym.replace(/[^\p{Lu}]/gu, '');
  let j = 0;
  for (const letter of acronym.replace(/[^\p{Lu}]/gu, '')) {
    j = initials.indexOf(letter, j);
    if (j < 0) return false;
    j++;
  }
  return true;
}

/** "the VPP, led by Ana Ruiz,", "Varden, headed by Tom Vale": the word at i names a body someone leads. */
function ledBy(tokens: readonly Token[], i: number): boolean {
  return tokens[i + 1]?.text === ',' && /^(led|headed|chaired)$/.test(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower === 'by' && isCapitalised(tokens[i + 4]);
}

/** The word at i acts: a verb or a possessive follows it ("Kestrel offered", "the Front's demands"). */
function acts(tokens: readonly Token[], i: number): boolean {
  let next = tokens[i + 1];
  if (!next) return false;
  // "The Greens, whose votes are needed for any change, said …": the verb after a relative clause between commas, or
  // after a participle's or an apposition's ("Slack, now owned by Salesforce, had called …", "Kestrel, a rival, said").
  const aside = /^(who|whose|which|a|an)$/.test(tokens[i + 2]?.lower ?? '') || isPastParticiple(tokens[i + 2]) || (tokens[i + 2]?.pos === 'ADV' && isPastParticiple(tokens[i + 3]));
  if (next.text === ',' && aside) {
    const close = tokens.findIndex((t, k) => k > i + 2 && k <= i + 16 && t.text === ',');
    if (close > 0) next = tokens[close + 1]!;
    if (!next) return false;
  }
  // "Kestrel's offer", "the Greens' co-leader".
  if (possessiveAfter(tokens, i)) return true;
  // ("The KPÖ and the Varden Farmers League rejected …": initials joined by "and" to a name before their verb act with it.)
  if (next.lower === 'and' && ACRONYM.test(tokens[i]!.text)) {
    let j = tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2;
    const start = j;
    while (j < start + 4 && isCapitalised(tokens[j])) j++;
    if (j > start && tokens[j] !== undefined) next = tokens[j]!;
  }
  if (next.pos !== 'VERB' && next.pos !== 'AUX') return false;
  // "Friday saw", "Christmas is": a verb follows many words; only a stance or reporting verb makes a side.
  return lexicon().isActorVerb(next.lemma) || next.pos === 'AUX';
}

/** Nouns and verbs of taking a stance, by which a name is seen to hold one. */
const STANCE_CLASSES = ['demand', 'reject', 'propose', 'agree', 'commit', 'sign'] as const;

/** "Kestrel's offer", "offered by Kestrel": the word at i holds a stance the text names. */
function holdsStance(tokens: readonly Token[], i: number): boolean {
  const words = lexicon();
  const stance = (t: Token | undefined, part: 'verbs' | 'nouns'): boolean => t !== undefined && STANCE_CLASSES.some((cls) => words[part](cls).has(t.lemma));
  if (tokens[i + 1]?.lower === "'s") return stance(tokens[i + 2], 'nouns') || stance(tokens[i + 3], 'nouns');
  // ("rejected a second offer from Arsenal": whose offer a stance noun is, after "from".)
  if (tokens[i - 1]?.lower === 'from' && stance(tokens[i - 2], 'nouns')) return true;
  return tokens[i - 1]?.lower === 'by' && stance(tokens[i - 2], 'verbs');
}

/** A capitalised word next to another is part of a longer name, read as a run; a weekday or a title next to it is not. */
function capitalisedNeighbour(tokens: readonly Token[], i: number, world: WorldKnowledge, articleOpens = false): boolean {
  const joins = (t: Token | undefined): boolean => isCapitalised(t) && isWordToken(t) && !isOfficeOrTime(t!.text, world);
  // (`articleOpens`: "ATLANTA (AP) — The Kestrel Drivers union", an article after a dateline's dash opens the sentence as at
  // its start.)
  const opening = i - 1 === 0 || (articleOpens && tokens[i - 1]?.pos === 'DET' && tokens[i - 2]?.pos === 'PUNCT');
  return (joins(tokens[i - 1]) && !opening) || joins(tokens[i + 1]);
}

/** Offices ("President"), months and weekdays are capitalised without naming a side. */
function isOfficeOrTime(label: string, world: WorldKnowledge): boolean {
  const key = label.toLowerCase();
  // ("Senate Majority" of "Senate Majority Leader X": the words of an office before its head.)
  // ("By our Health Correspondent": what a person does, with its field, names no body.)
  const words = key.split(' ');
  return world.offices.heads.has(key) || words.every((word) => world.offices.modifiers.has(word)) || lexicon().timeWords.has(key) || (words.length > 1 && world.offices.occupations.has(words.at(-1)!));
}

/** The world knowledge with an article's organisations added as parties. */
export function withOrganisations(world: WorldKnowledge, organisations: readonly ArticleOrganisation[]): WorldKnowledge {
  if (organisations.length === 0) return world;
  // "Guild general secretary X", "the Front said": the kind word that ends the name of the article's only
  // organisation of that kind, written with its capital, names it.
  // ("Community president X" beside the "Tarvo peasant community": so does the head of a side with no proper name.)
  const { organisationHeads, unnamedSideHeads } = lexicon();
  const byKindWord = new Map<string, string[]>();
  for (const org of organisations) {
    const last = org.label.split(/\s+/).at(-1)!.toLowerCase();
    if (!org.label.includes(' ') || (!organisationHeads.has(last) && !unnamedSideHeads.has(last))) continue;
    // "Kestrel Airlines" is "the airline" too.
    for (const word of new Set([last, last.replace(/([^s])s$/, '$1')])) appendTo(byKindWord, word, org.label);
  }
  const shortNames = [...byKindWord].filter(([word, labels]) => labels.length === 1 && !world.names.has(word)).map(([word, [label]]) => [word, label!] as const);
  // "union executive director X" beside the "… Players Association": a word of its kind names the article's only
  // organisation of that kind.
  const { organisationKinds } = lexicon();
  const byKind = new Map<string, string[]>();
  for (const org of organisations) {
    const kind = org.kind ?? organisationKind(org.label);
    if (kind !== undefined) appendTo(byKind, kind, org.label);
  }
  // "the group's spokesman", "militia commander X": any noun of that kind. (Not a word firms put in their names, which
  // is a ministry's portfolio as often: "Health" of "Peru's Ministry of Health" is no company.)
  const { organisationNameWords } = lexicon();
  for (const [word, kind] of organisationKinds) {
    const labels = byKind.get(kind);
    if (labels?.length === 1 && !world.names.has(word) && !byKindWord.has(word) && !organisationNameWords.has(word)) shortNames.push([word, labels[0]!]);
  }
  const names = [...organisations.flatMap((org) => [org.label, ...org.names].map((n) => [n, org.label] as const)), ...shortNames].map(
    ([name, label]) => [name, { kind: 'party', party: label }] as const,
  );
  // Sides with no proper name are found as lower-case names, like the groups of states ("developing countries").
  // "the machinists' union" as a name of a named union is written in lower case too.
  const lowerCase = organisations.flatMap((org) => [org.label, ...org.names]).filter((name) => /^\p{Ll}/u.test(name));
  const given = organisations.filter((org) => org.kind !== undefined);
  // "the union" refers back to the organisation the text called a union.
  const kinds = given.length === 0 ? world : { ...world, organisationKinds: new Map([...world.organisationKinds, ...given.map((org) => [org.label, org.kind!] as const)]) };
  return withLocalNames(kinds, names, lowerCase);
}

/**
 * The kind of organisation a name says it is: that of its members' noun before a possessive ("employers' association"
 * is the employers'), else of its last word that has one ("Alliance of … Producers", "Harbour Workers Union").
 */
export function organisationKind(label: string): string | undefined {
  if (kindOfLabel.has(label)) return kindOfLabel.get(label);
  // Bounded: a long build meets ever new names.
  if (kindOfLabel.size >= MAX_REMEMBERED_KINDS) kindOfLabel.clear();
  const kind = kindOfWords(label.toLowerCase().split(/\s+/), lexicon().organisationKinds);
  kindOfLabel.set(label, kind);
  return kind;
}

/** Heads of the names of bodies that govern a state, a town or a public service. */
const GOVERNING_BODY_HEADS = ['government', 'ministry', 'department', 'council', 'municipality', 'administration', 'authority', 'commission', 'parliament', 'assembly'];

const GOVERNING_BODY = new RegExp(`\\b(?:${GOVERNING_BODY_HEADS.join('|')})\\b`, 'i');

/** Whether a name holds a governing body's head ("Varden State Government", "Ministry of Labour"). */
export function namesGoverningBody(label: string): boolean {
  return GOVERNING_BODY.test(label);
}

/** Heads of the names of public and intergovernmental bodies: the governing ones and those that serve or judge. */
const PUBLIC_BODY_HEADS = new Set([...GOVERNING_BODY_HEADS, 'agency', 'organization', 'organisation', 'bureau', 'directorate', 'secretariat', 'tribunal', 'court']);

/** Heads of organisations of many kinds, whose kind the other words of the name give. */
const FEDERATIONS = /^(federation|confederation)$/;

/**
 * Heads that bodies of several kinds share: "Andes Health Group" is a company, "Harbour Workers Alliance" a union,
 * "Port Employers Association" the employers', the "Federation of Agricultural Producers" the farmers'; only a name with
 * no other word of a kind ("Kestrel Liberation Front", "Harbour Association") takes its kind from them.
 */
const GENERIC_HEADS = /^(group|alliance|coalition|movement|front|association|federation|confederation)$/;

/** Whether a name says its kind by a word of one kind only ("Union", "Airlines"), not by a generic head alone ("Alliance"). */
function namesOwnKind(label: string): boolean {
  return lastKindOf(label.toLowerCase().split(/\s+/), lexicon().organisationKinds, false) !== undefined;
}

/**
 * A name whose only kind word is a head firms, parties and armed groups all use: "KSRM Group", "Varden Alliance", and
 * "Alianza Patria", where another language's head comes first.
 */
export function sharedHeadOnly(label: string): boolean {
  const first = label.slice(0, label.indexOf(' ')).toLowerCase();
  const foreignHead = first !== '' && lexicon().inEnglish(first) !== first && /^(alliance|coalition)$/.test(lexicon().inEnglish(first));
  return (/ (Group|Alliance|Coalition|Association)$/.test(label) || foreignHead) && !namesOwnKind(label);
}

/** Whether bodies of several kinds share the head `word` ("alliance", "group"): see GENERIC_HEADS. */
export function isGenericHead(word: string): boolean {
  return GENERIC_HEADS.test(lexicon().inEnglish(word));
}

/** The kind of the last word of `words` that has one, a specific head before a generic one; federations give none. */
function lastKind(words: readonly string[], kinds: ReadonlyMap<string, string>): string | undefined {
  return lastKindOf(words, kinds, false) ?? lastKindOf(words, kinds, true);
}

function lastKindOf(words: readonly string[], kinds: ReadonlyMap<string, string>, generic: boolean): string | undefined {
  // ("Terminal Operators Association": a word of a kind in the plural, as names of members write it, says it too.)
  // ("Alianza Patria": a head of another language is as generic as its English.)
  return words.map((w) => (FEDERATIONS.test(w) || isGenericHead(w) !== generic ? undefined : (kinds.get(w) ?? kinds.get(w.replace(/([^s])s$/, '$1'))))).findLast((k) => k !== undefined);
}

/** Kind nouns that refer back to an organisation ("the platform's team") but give none to a name that holds them. */
const REFERENCE_ONLY_KIND_WORDS: ReadonlySet<string> = new Set(['platform']);

/** The kinds of labels already read: the same few organisations are referred back to in every sentence. */
const kindOfLabel = new Map<string, string | undefined>();
const MAX_REMEMBERED_KINDS = 4096;

function kindOfWords(named: readonly string[], kinds: ReadonlyMap<string, string>): string | undefined {
  // ("Civic Unity Platform": a word that refers back to a firm, "the platform", says nothing of a name's kind.)
  // ("Kestrel Air Group", "Varden Group": a name that ends in "Group" is a firm's as often as an armed group's; "the
  // group" still refers back to it by its head. "Group for the Support of …" is a body named for its cause.)
  const words = named.filter((word, n) => !REFERENCE_ONLY_KIND_WORDS.has(word) && !(word === 'group' && n === named.length - 1));
  // "Operators' Association": the members' noun is listed in the singular too.
  const kindOf = (word: string): string | undefined => kinds.get(word) ?? kinds.get(word.replace(/([^s])s$/, '$1'));
  const members = words.findIndex((w) => /['’]s?$/.test(w));
  if (members < 0) {
    // "International Ice Hockey Federation": a federation is a union's only when its members say so ("Federation of
    // Teachers"); sports bodies and employers federate too.
    const kinded = words.filter((w) => kinds.has(w) && !FEDERATIONS.test(w));
    if (kinded.length === 0 && words.some((w) => FEDERATIONS.test(w))) return undefined;
    // "Union of Airline Mechanics": a head before "of" says what the body is; the words after it, what it is of.
    const of = words.indexOf('of');
    // ("Alliance of Film and Radio Producers": a generic head before "of" gives way to a specific word after it.
    // "Union of Greek Shipowners": a body of employers is theirs, whatever its head.)
    if (of > 0 && words.slice(of + 1).some((w) => EMPLOYER_COLLECTIVES.test(w))) return kinds.get('company');
    const head = of > 0 ? lastKindOf(words.slice(0, of), kinds, false) : undefined;
    const kind = head ?? lastKind(words, kinds) ?? words.map((w) => kinds.get(w)).findLast((k) => k !== undefined);
    // ("Ministry of Health", "Pan-Andean Health Assembly", "Metropolitan Transit Authority": the trade of a public body's name
    // says what it oversees; the body is no firm.)
    return kind === kinds.get('company') && head === undefined && PUBLIC_BODY_HEADS.has(words[of > 0 ? of - 1 : words.length - 1] ?? '') ? undefined : kind;
  }
  // "Public Transport Users' Voice": the words before the members' noun say what the members use, not what the body is.
  return kindOf(words[members]!.replace(/['’]s?$/, '')) ?? words.slice(members + 1).map((w) => kinds.get(w)).findLast((k) => k !== undefined);
}
