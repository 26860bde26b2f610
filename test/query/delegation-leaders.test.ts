// ontology/queries/delegation-leaders.rq: a leader of a delegation comes with the delegation's party; a leader of a party
// itself comes with that party and no delegation, never as a delegation without a party.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/package-root.js';
import { createSparqlStore, evaluateSparql } from '../../src/query/sparql.js';

const GRAPH = `
@prefix parley: <https://w3id.org/parley/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix party: <https://w3id.org/parley/id/party/> .
@prefix delegation: <https://w3id.org/parley/id/delegation/> .
@prefix office: <https://w3id.org/parley/id/office/> .
@prefix person: <https://w3id.org/parley/id/person/> .
party:Atlantis a parley:Party ; rdfs:label "Atlantis" .
party:Lemuria a parley:Party ; rdfs:label "Lemuria" .
delegation:Atlantean_delegation a parley:Delegation ; rdfs:label "Atlantean delegation" ; parley:party party:Atlantis .
office:envoy a parley:Office ; rdfs:label "envoy" .
office:king a parley:Office ; rdfs:label "king" .
person:Ana_Tide a parley:Person ; rdfs:label "Ana Tide" ; parley:leads delegation:Atlantean_delegation ; parley:role office:envoy .
person:Kel_Reef a parley:Person ; rdfs:label "Kel Reef" ; parley:leads party:Lemuria ; parley:role office:king .
`;

describe('delegation-leaders.rq', () => {
  it('lists each delegation with its party, and a party its leader heads directly with no delegation', async () => {
    const query = await readFile(packagePath('ontology', 'queries', 'delegation-leaders.rq'), 'utf8');
    const answer = evaluateSparql(createSparqlStore(GRAPH), query);
    if (answer.kind !== 'select') throw new Error(`expected a SELECT answer, got ${answer.kind}`);
    const rows = answer.rows.map((row) => [row.partyLabel?.value, row.delegationLabel?.value, row.leaderLabel?.value, row.roleLabel?.value]);
    expect(rows).toEqual([
      ['Atlantis', 'Atlantean delegation', 'Ana Tide', 'envoy'],
      ['Lemuria', undefined, 'Kel Reef', 'king'],
    ]);
  });
});
