// Every common name of a state, of its capital or seat of government, stands for the same party, from the packages' data.
import { describe, expect, it } from 'vitest';
import { lexicon } from '../../src/nlp/lexicon.js';
import { partyOfName, worldKnowledge, nameKey } from '../../src/nlp/world-knowledge.js';

describe('partyOfName', () => {
  it.each([
    ['Ukraine', ['Ukraine', 'Kyiv', 'Kiev', 'Ukrayina']],
    ['Myanmar', ['Myanmar', 'Burma', 'Naypyidaw', 'Republic of the Union of Myanmar']],
    ['Ivory Coast', ["Côte d'Ivoire", "Cote d'Ivoire", 'Ivory Coast', 'Yamoussoukro']],
    ['Czechia', ['Czechia', 'Czech Republic', 'Prague']],
    ['Turkey', ['Türkiye', 'Turkiye', 'Turkey', 'Republic of Turkey', 'Ankara']],
    ['Eswatini', ['eSwatini', 'Eswatini', 'Swaziland', 'Kingdom of Eswatini']],
    ['United States', ['United States', 'USA', 'U.S.', 'America', 'Washington', 'the White House']],
    ['United Kingdom', ['United Kingdom', 'UK', 'Britain', 'Great Britain', 'London', 'Downing Street']],
    ['United Arab Emirates', ['United Arab Emirates', 'UAE', 'Emirates', 'Abu Dhabi']],
    ['Democratic Republic of the Congo', ['DRC', 'DR Congo', 'Congo', 'Kinshasa']],
    ['Netherlands', ['Netherlands', 'Holland', 'Amsterdam', 'The Hague']],
    // A seat of government beside the constitutional capital.
    ['Bolivia', ['Bolivia', 'Sucre', 'La Paz']],
    ['Malaysia', ['Malaysia', 'Kuala Lumpur', 'Putrajaya']],
    ['Colombia', ['Colombia', 'Bogotá', 'Bogota']],
    ['Russia', ['Russia', 'Russian Federation', 'Moscow', 'the Kremlin']],
  ])('%s: every name stands for it', (party, names) => {
    expect(Object.fromEntries(names.map((name) => [name, partyOfName(name)]))).toEqual(Object.fromEntries(names.map((name) => [name, party])));
  });

  // Regions of states from the city list, and no region named by generic words only.
  it.each([['Rangoon'], ['Geneva'], ['Istanbul'], ['Northern Ireland'], ['Ontario'], ['Ohio'], ['British Columbia']])('%s is a place, not a party', (name) => {
    expect(partyOfName(name)).toBeUndefined();
    expect(worldKnowledge().names.get(nameKey(name))?.kind).toBe('place');
  });

  // A town with a particle inside its name is known wherever it stands; its first word is still the capital it names.
  it('knows "Santiago de Compostela" as a town of Spain, and "Santiago" as the capital of Chile', () => {
    expect(worldKnowledge().names.get(nameKey('Santiago de Compostela'))).toMatchObject({ kind: 'place', party: 'Spain' });
    expect(worldKnowledge().names.get(nameKey('Santiago'))).toMatchObject({ kind: 'capital', party: 'Chile' });
  });

  it.each([['Central'], ['Western'], ['Maritime'], ['Rivers']])('the region %s, a word of English, is no name', (name) => {
    expect(worldKnowledge().names.get(nameKey(name))).toBeUndefined();
  });

  // Regions of federations and devolved states by their English names, from CLDR (data/regions.json).
  it.each([
    ['New Brunswick', 'Canada'],
    ['Nova Scotia', 'Canada'],
    ['Newfoundland and Labrador', 'Canada'],
    ['Bavaria', 'Germany'],
    ['Lower Saxony', 'Germany'],
    ['Tasmania', 'Australia'],
    ['Khyber Pakhtunkhwa', 'Pakistan'],
    ['Odisha', 'India'],
    ['Chhattisgarh', 'India'],
    ['Tigray', 'Ethiopia'],
    ['Kurdistan', 'Iraq'],
    ['Maine', 'United States'],
  ])('%s is a region of %s', (name, party) => {
    const knowledge = worldKnowledge();
    expect(knowledge.names.get(nameKey(name))).toMatchObject({ kind: 'place', party });
    expect([...knowledge.regionNames].map(nameKey)).toContain(nameKey(name));
  });

  it.each([
    ['Georgia', { kind: 'party', party: 'Georgia' }],
    ['Victoria', { kind: 'capital', party: 'Seychelles' }],
  ])('a region named like a state or a capital stays what it was: %s', (name, known) => {
    expect(worldKnowledge().names.get(nameKey(name))).toMatchObject(known);
    expect(worldKnowledge().regionNames.has(name)).toBe(false);
  });

  it('a region named by a demonym is no place: "Somali" stays Somalia\'s people', () => {
    expect(worldKnowledge().names.get('somali')).toBeUndefined();
    expect(worldKnowledge().demonyms.get('somali')).toBe('Somalia');
  });

  it('knows the capital of a state by its label', () => {
    expect(worldKnowledge().capitalOf.get('Ecuador')).toBe('Quito');
    expect(worldKnowledge().capitalOf.get('Bolivia')).toBe('Sucre');
  });

  it.each([['IN'], ['TO'], ['AM']])('the two-letter code %s is not a name', (code) => {
    expect(partyOfName(code)).toBeUndefined();
  });
});

describe('organisation kinds', () => {
  it('gives known armed groups a kind the lexicon names, and states none', () => {
    const { organisationKinds, states } = worldKnowledge();
    const kinds = new Set(lexicon().organisationKinds.values());
    expect(organisationKinds.get('Taliban')).toBe('organisation-armed');
    for (const [label, kind] of organisationKinds) {
      expect(kinds.has(kind), `${label}: ${kind}`).toBe(true);
      expect(states.has(label)).toBe(false);
    }
  });
});

describe('demonyms', () => {
  it.each([
    ['Iceland', 'Icelandic'],
    ['Uzbekistan', 'Uzbek'],
    ['Turkey', 'Turkish'],
    ['Norway', 'Norwegian'],
    // The spelling English news uses, where the package's is rarer.
    ['Ecuador', 'Ecuadorian'],
    ['Montenegro', 'Montenegrin'],
    ['Slovenia', 'Slovenian'],
  ])('names the people of %s "%s", and reads both the adjective and the package\'s noun', (state, adjective) => {
    const world = worldKnowledge();
    expect(world.demonymOf.get(state)).toBe(adjective);
    expect(world.demonyms.get(adjective.toLowerCase())).toBe(state);
  });

  it('still reads the noun the package gives', () => {
    expect(worldKnowledge().demonyms.get('icelander')).toBe('Iceland');
  });

  it.each([
    ['indian', 'India'],
    ['norwegian', 'Norway'],
    ['dominican', 'Dominican Republic'],
  ])('gives "%s" to the sovereign state news means, %s, not a territory', (demonym, state) => {
    expect(worldKnowledge().demonyms.get(demonym)).toBe(state);
  });
});
