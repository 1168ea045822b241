import * as assert from 'node:assert/strict';
import { analyseDocument, Corpus, type Entity } from '../../server/src/engine';
import { EXAMPLES, readCorpus, requireSeeds, SEEDS } from '../paths';
import { matchSnapshot } from '../snapshot';

const names = (text: string) => analyseDocument('t', text).names.map((m) => m.text);

function corpusOf(docs: Record<string, string>): Corpus {
  const c = new Corpus();
  for (const [id, text] of Object.entries(docs)) c.set(id, text);
  return c;
}

function entityOf(c: Corpus, doc: string, text: string, nth = 0): Entity {
  const d = c.get(doc)!;
  let at = -1;
  for (let i = 0; i <= nth; i++) at = d.text.indexOf(text, at + 1);
  const hit = c.entities().at(doc, at);
  assert.ok(hit, `no entity at '${text}' in ${doc}`);
  return hit!.entity;
}

describe('names: recognition', () => {
  it('does not take sentence-initial words, headings or section words for names', () => {
    const text = [
      'Looking Ahead',
      'Table of Contents',
      'Despite the rain, the talks went on. Share prices rose. Diplomats met in Geneva.',
      'Share.',
      'However, Thursday was calm.',
    ].join('\n');
    assert.deepEqual(names(text), ['Geneva']);
  });

  it('keeps a sentence-initial name when the text confirms it', () => {
    assert.deepEqual(names('Minister Sergey Lavrov spoke. Lavrov also stated that talks will go on.'), ['Sergey Lavrov', 'Lavrov']);
    assert.deepEqual(names('Kremlin spokesman Dmitry Peskov agreed.'), ['Kremlin', 'Dmitry Peskov']);
  });

  it('separates titles and honorifics from names, also in "Dr.Emma"', () => {
    const d = analyseDocument('t', 'Mr. Trump met Dr. Emma Hartley. Later Dr.Emma Hartley: We agree.');
    assert.deepEqual(
      d.names.map((m) => [m.text, m.kind]),
      [
        ['Trump', 'person'],
        ['Emma Hartley', 'person'],
        ['Emma Hartley', 'person'],
      ],
    );
  });

  it('separates a capitalised descriptor from the name it stands before, only where the text writes it in lower case', () => {
    const text = 'Actress Nola Brandt left. The actress was tired. Sixteen-year-old Kemal Arslan ran. Central Election Commission met.';
    assert.deepEqual(names(text), ['Nola Brandt', 'Kemal Arslan', 'Central Election Commission']);
    // Counter-example: a word the text never writes in lower case stays part of the name.
    assert.deepEqual(names('Westerly Nola Brandt left.'), ['Westerly Nola Brandt']);
  });

  it('leaves a weekday and a repeated page title out of the name', () => {
    assert.deepEqual(names('Police charged Brian Noles Saturday.'), ['Brian Noles']);
    assert.deepEqual(names('Esther Wilkins-Esther Wilkins: a life in water\n\nShe swam for Esther Wilkins Ltd.'), ['Esther Wilkins', 'Esther Wilkins Ltd']);
  });

  it('keeps a product’s number in its name, but not a score’s or a numbered part’s', () => {
    assert.deepEqual(names('The new Orbit 4 is thin. Orbit 4, the fourth model, ships soon. It replaces the Orbit 3.'), ['Orbit 4', 'Orbit 4', 'Orbit 3']);
    assert.deepEqual(names('It ended Castlemere 2, Ravnholm 1 on Sunday.'), ['Castlemere', 'Ravnholm']);
    assert.ok(!names('The talks covered Article 60 of the Constitution.').some((n) => /\d/.test(n)));
  });

  it('keeps names that only look like a descriptor, a weekday, a score or a repeated title as they are (review of the rules above)', () => {
    assert.deepEqual(names('The new coach of the New Orleans Saints spoke.'), ['New Orleans Saints']);
    assert.deepEqual(names('On Black Friday, as Super Tuesday neared, shops opened early.'), ['Black Friday', 'Super Tuesday']);
    assert.ok(!names('The summit was held in Baden-Baden.').includes('Baden'));
    assert.ok(!names('A poll put Labour 42 per cent ahead, and it ended Arsenal 2 Chelsea 1.').some((n) => /\d/.test(n)));
    const c = corpusOf({ a: 'Ken Griffey Sr. watched his son. Ken Griffey Jr. hit a home run.' });
    assert.equal(new Set(c.entities().inDoc('a').map((x) => x.entity.id)).size, 2);
  });

  it('reads a person and an organisation joined by "of the" apart, but not an organisation named so', () => {
    assert.ok(!names('They beat the Charlotte Hornets of the NBA.').includes('Charlotte Hornets'));
    assert.deepEqual(names('We spoke to Tom Tanner of the Elmbury Police Department and the Bank of England.'), ['Tom Tanner', 'Elmbury Police Department', 'Bank of England']);
  });

  it('finds a surname that is a role word after a title ("General Manager Billy Prince")', () => {
    const d = analyseDocument('t', 'The club said General Manager Billy Prince announced the move.');
    assert.deepEqual(d.names.map((m) => [m.text, m.kind]), [['Billy Prince', 'person']]);
  });

  it('reads a headline in sentence case as prose, and one in title case by known names only', () => {
    const d = analyseDocument('t', 'Hugh Jaxon will present the awards this year\n\nThe show is in March. Jaxon said yes.');
    assert.deepEqual(d.names.map((m) => m.text), ['Hugh Jaxon', 'Jaxon']);
    const t = analyseDocument('t', 'Lena Lohman Checks Into Clinic Again\n\nOn Friday, Lohman said she was well.');
    assert.deepEqual(t.names.map((m) => m.text), ['Lena Lohman', 'Lohman']);
    // Counter-example: a team named by one word is no surname ("Manning Passes Colts").
    assert.deepEqual(analyseDocument('t', 'Manning Passes Colts Into Playoffs Again\n\nOn Sunday the Colts won.').names.map((m) => m.text), ['Colts', 'Colts']);
    // Counter-example: the first word of a sentence-case headline needs the corpus to know it.
    const c = corpusOf({ a: 'Bridge crash: what we know\n\nThe Tolbrook Bridge was shut.' });
    assert.deepEqual(c.entities().all().map((e) => e.name), ['Tolbrook Bridge']);
  });

  it('handles possessives with straight and curly apostrophes, and non-ASCII names', () => {
    assert.deepEqual(names("Trump’s plan and Putin's reply. José Núñez met Öncu Keçeli, a spokesman, in Ankara."), [
      'Trump',
      'Putin',
      'José Núñez',
      'Öncu Keçeli',
      'Ankara',
    ]);
  });

  it('reads roles from appositives and from titles before the name', () => {
    const d = analyseDocument(
      't',
      'The delegation was led by Marta Velde, Deputy Assistant Secretary of Transport for Rail and Coastal Shipping. ' +
        'Kremlin spokesman Dmitry Peskov agreed. Putin’s spokesperson Dmitry Peskov said so. ' +
        'Arcadia Mining chief executive Lena Ortiz declined. Priya Raman, Wendline’s operations director, spoke.',
    );
    const roles = d.names.filter((m) => m.role).map((m) => [m.text, m.role!.text]);
    assert.deepEqual(roles, [
      ['Marta Velde', 'Deputy Assistant Secretary of Transport for Rail and Coastal Shipping'],
      ['Dmitry Peskov', 'Kremlin spokesman'],
      ['Dmitry Peskov', 'Putin’s spokesperson'],
      ['Lena Ortiz', 'Arcadia Mining chief executive'],
      ['Priya Raman', 'Wendline’s operations director'],
    ]);
  });

  it('never throws on odd text, and keeps every range inside the text', () => {
    for (const text of ['', '"', 'A.', 'U.S.', '’s', 'Mr.', 'Dr.Emma', 'The The The', '- 1.', 'X'.repeat(5000), '“Ünïcödé” Ωμέγα Дмитрий Песков said.']) {
      for (const m of analyseDocument('t', text).names) {
        assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
        assert.equal(text.slice(m.start, m.end), m.text);
      }
    }
  });
});

describe('names: linking across sources', () => {
  it('links full names and surnames, honorifics and possessives across documents', () => {
    const c = corpusOf({
      a: 'Kremlin spokesman Dmitry Peskov said talks went well.',
      b: 'Peskov’s remarks were brief. Mr. Peskov left.',
    });
    const e = entityOf(c, 'b', 'Peskov');
    assert.equal(e.name, 'Dmitry Peskov');
    assert.equal(e.kind, 'person');
    assert.deepEqual([...e.byDoc.keys()], ['a', 'b']);
    assert.equal(e.byDoc.get('b')!.length, 2);
  });

  it('gives a surname alone to the name the corpus uses far more often, and keeps it apart between two named alike', () => {
    const many = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`s${i}`, 'Reggie Bushell ran for two scores.']));
    const c = corpusOf({ ...many, x: 'Team RB Bushell also ran.', y: 'After the game Bushell was tired.' });
    assert.equal(entityOf(c, 'y', 'Bushell').name, 'Reggie Bushell');
    // Counter-example: two names as often as each other keep the surname alone apart from both.
    const d = corpusOf({ a: 'Reggie Bushell ran.', b: 'Dawa Bushell ran.', y: 'After the game Bushell was tired.' });
    assert.equal(entityOf(d, 'y', 'Bushell').name, 'Bushell');
  });

  it('joins a longer form ending in the one full name of a surname ("Saints RB Pierre Thoma"), and shows the usual form', () => {
    const c = corpusOf({ a: 'Pierre Thoma said he was hurt.', b: 'Pierre Thoma left. Saints RB Pierre Thoma was placed on the list.', d: 'Pierre Thoma is out.' });
    const e = entityOf(c, 'b', 'Saints RB Pierre Thoma');
    assert.equal(e.name, 'Pierre Thoma');
    assert.deepEqual([...e.byDoc.keys()], ['a', 'b', 'd']);
  });

  it('gives a first word alone to the organisation it starts far more often than any other, a company word aside, and a given name to its one person', () => {
    const c = corpusOf({
      a: 'Castlemere United signed him. Castlemere United will pay. Castlemere United said so. Manager Graham Tully agreed.',
      b: 'Castlemere United Women won too. Castlemere Women play on Sunday. Castlemere United paid.',
      r: 'In the studio, a caller said Castlemere paid a lot. Graham told him so.',
      h: 'Analysts at Harlan Row Research agree.',
      k: 'Sales rose, said Harlan Row analyst Priya Dossett.',
    });
    assert.equal(entityOf(c, 'r', 'Castlemere').name, 'Castlemere United');
    assert.equal(entityOf(c, 'r', 'Graham').name, 'Graham Tully');
    assert.equal(entityOf(c, 'h', 'Harlan Row Research').name, entityOf(c, 'k', 'Harlan Row').name);
    // Counter-example: a given name two people share stays apart.
    const d = corpusOf({ a: 'Manager Graham Tully agreed.', b: 'Coach Graham Lowe agreed.', r: 'In the studio, Graham said no.' });
    assert.equal(entityOf(d, 'r', 'Graham').name, 'Graham');
  });

  it('does not give a one-word name to a long name it only starts', () => {
    const c = corpusOf({ a: 'The Zarkistan Helsinki Foundation for Human Rights spoke.', b: 'Voters in Zarkistan went to the polls.' });
    assert.notEqual(entityOf(c, 'b', 'Zarkistan').name, 'Zarkistan Helsinki Foundation for Human Rights');
  });

  it('links abbreviations and aliases: U.S. / US / United States, and U.S. State Department / State Department', () => {
    const c = corpusOf({
      a: 'The U.S. State Department said the U.S. would attend.',
      b: 'A State Department spokesperson said the US agreed.',
      c: 'Officials of the United States met.',
    });
    assert.deepEqual([...entityOf(c, 'c', 'United States').byDoc.keys()], ['a', 'b', 'c']);
    const sd = entityOf(c, 'b', 'State Department');
    assert.deepEqual([...sd.byDoc.keys()], ['a', 'b']);
    assert.equal(sd.kind, 'organization');
  });

  it('keeps two people who share a surname apart, unless the context agrees', () => {
    const c = corpusOf({
      a: 'Mayor Helen Achebe said the town was safe.',
      b: 'A passenger, Daniel Achebe, was hurt. Mayor Achebe visited him.',
    });
    const helen = entityOf(c, 'a', 'Helen Achebe');
    const daniel = entityOf(c, 'b', 'Daniel Achebe');
    assert.notEqual(helen.id, daniel.id);
    // "Mayor Achebe" in b: the document names Daniel Achebe, but its title agrees with Helen's.
    assert.deepEqual([...helen.byDoc.keys()].sort(), ['a']);
    const bare = corpusOf({ a: 'Mayor Helen Achebe spoke.', b: 'Passenger Daniel Achebe spoke.', c: 'Officials said Achebe was not available.' });
    const e = entityOf(bare, 'c', 'Achebe');
    assert.equal(e.byDoc.size, 1, 'a bare shared surname joins neither person');
  });

  it('keeps a sentence-initial surname when the corpus knows the person, and drops other initial words', () => {
    const c = corpusOf({ a: 'Kremlin spokesman Dmitry Peskov spoke.', b: 'Peskov told reporters little. Tensions rose.' });
    assert.equal(entityOf(c, 'b', 'Peskov').name, 'Dmitry Peskov');
    assert.equal(c.entities().at('b', c.get('b')!.text.indexOf('Tensions')), undefined);
  });

  it('links an organisation named by its first word, and an acronym to its expansion', () => {
    const c = corpusOf({
      a: 'Wendline Ferries chief executive Priya Raman spoke.',
      b: 'Wendline’s boats stopped. The National Transportation Safety Board was there.',
      c: 'The NTSB said nothing.',
    });
    assert.deepEqual([...entityOf(c, 'b', 'Wendline').byDoc.keys()], ['a', 'b']);
    assert.deepEqual([...entityOf(c, 'c', 'NTSB').byDoc.keys()], ['b', 'c']);
  });
});

/** Every cluster of a corpus, one per line: name, kind, sources, written forms, roles. */
function clusters(c: Corpus): string {
  const short = (id: string) => id.replace(/_.*$/, '').replace(/\..*$/, '');
  return (
    c
      .entities()
      .all()
      .map((e) => {
        const forms = [...new Set(e.mentions.map((m) => m.mention.text))].sort().join(' / ');
        const roles = [...e.roles].map(([d, r]) => `${short(d)}: ${r.map((x) => x.text).join('; ')}`).join(' · ');
        return `${e.name} [${e.kind}] ${e.mentions.length}× in ${[...e.byDoc.keys()].map(short).join(',')} | ${forms}${roles ? ' | ' + roles : ''}`;
      })
      .join('\n') + '\n'
  );
}

describe('names: snapshots over real prose', () => {
  it('finds these entity clusters in the examples', () => {
    const c = new Corpus();
    for (const [n, t] of readCorpus(EXAMPLES)) c.set(n, t);
    matchSnapshot('entities-examples.txt', clusters(c));
  });

  it('finds these entity clusters in the seeds', function () {
    requireSeeds(this);
    const c = new Corpus();
    for (const [n, t] of readCorpus(SEEDS)) c.set(n, t);
    matchSnapshot('entities-seeds.txt', clusters(c));
  });
});
