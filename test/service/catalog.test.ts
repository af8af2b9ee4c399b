import assert from 'node:assert/strict';
import { test } from 'node:test';
import Ajv from 'ajv';
import schema from '../../schemas/catalog.schema.json';
import { bundledCatalogFiles, defaultCatalog, teamCatalog } from '../../server/src/service/catalog/default';
import type { CatalogEntry } from '../../server/src/service/catalog/types';

const catalog = defaultCatalog();
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

test('every bundled data file validates against schemas/catalog.schema.json', () => {
  for (const f of bundledCatalogFiles) {
    const ok = validate(f.data);
    assert.ok(ok, `${f.name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  }
});

test('the bundled catalog is whole: counts, unique ids across files, known sources and kinds', () => {
  const ids = bundledCatalogFiles.flatMap((f) =>
    ((f.data as { entries?: { id: string }[] }).entries ?? []).map((e) => e.id),
  );
  assert.equal(
    new Set(ids).size,
    ids.length,
    'no id appears in two bundled files (one would silently replace the other)',
  );
  assert.equal(catalog.entries.length, ids.length);
  assert.ok(catalog.entries.length >= 193 + 100, `entries: ${catalog.entries.length}`);
  const sources = new Set(catalog.editions.map((e) => e.source));
  const kinds = new Set(catalog.treatmentKinds.map((k) => k.kind));
  for (const e of catalog.entries) {
    assert.ok(sources.has(e.source), `${e.id}: unknown source ${e.source}`);
    for (const k of e.treatments) assert.ok(kinds.has(k), `${e.id}: unknown treatment kind ${k}`);
    for (const r of e.related) assert.ok(catalog.entry(r), `${e.id}: related ${r} is not an entry`);
  }
  for (const c of catalog.chapters) assert.ok(sources.has(c.source), `${c.id}: unknown source`);
  for (const k of [
    'MTUS-CPMTG-2009',
    'MTUS-CPMTG-2016',
    'MTUS-ACOEM-2004',
    'MTUS-ACUPUNCTURE-2007',
    'MTUS-PSTG-2009',
    'MTUS-OPIOIDS-2016',
    'MTUS-ACOEM-2017',
    'MTUS-FORMULARY-2018',
    'ODG',
  ])
    assert.ok(sources.has(k), k);
});

test('the 193 researched entries are kept', () => {
  const researched = catalog.entries.filter((e) =>
    e.provenance.sources[0]?.startsWith('shared/domain/catalog.json'),
  );
  assert.equal(researched.length, 193);
});

test('every fact carries provenance; nothing unconfirmed passes for confirmed', () => {
  const withFacts = catalog.entries.filter((e) => e.pages.length > 0 || e.sections.length > 0);
  assert.ok(withFacts.length > 150);
  for (const e of catalog.entries) {
    assert.ok(e.provenance.sources.length > 0 && e.provenance.sources.every((s) => s.trim() !== ''), e.id);
    // Confirmed means checked in two independent public places: a letter's citation alone is not that.
    if (e.provenance.confirmed)
      assert.ok(e.provenance.sources.length >= 2, `${e.id} is confirmed on one source`);
  }
  const fromLetters = catalog.entries.filter((e) =>
    e.provenance.sources.some((s) => /cited in (CM1\d-\d{7}|seed letter)/.test(s)),
  );
  assert.ok(fromLetters.length >= 40, `entries citing letters: ${fromLetters.length}`);
  for (const e of fromLetters.filter(onlyFromLetters)) assert.equal(e.provenance.confirmed, false, e.id);
});

function onlyFromLetters(e: CatalogEntry): boolean {
  return e.provenance.sources.every((s) => s.includes('cited in'));
}

test('editions: dates are ISO, ordered, and follow the MTUS timeline', () => {
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  for (const e of catalog.editions) {
    for (const d of [e.inForceFrom, e.inForceUntil])
      if (d !== null) assert.ok(iso.test(d) && !Number.isNaN(Date.parse(d)), `${e.source}: ${d}`);
    if (e.inForceFrom && e.inForceUntil) assert.ok(e.inForceFrom < e.inForceUntil, e.source);
    if (e.edition !== null && e.inForceFrom)
      assert.ok(
        e.edition <= Number(e.inForceFrom.slice(0, 4)),
        `${e.source}: in force before its edition year`,
      );
    assert.ok(e.names.length > 0 && e.citedBy.length > 0, e.source);
  }
  const ed = (s: string) => catalog.edition(s)!;
  const dayAfter = (d: string) => new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10);
  assert.equal(
    dayAfter(ed('MTUS-CPMTG-2009').inForceUntil!),
    ed('MTUS-CPMTG-2016').inForceFrom,
    'the 2016 CPMTG replaces the 2009 text',
  );
  assert.equal(
    dayAfter(ed('MTUS-ACOEM-2004').inForceUntil!),
    ed('MTUS-ACOEM-2017').inForceFrom,
    'ACOEM current guidelines from 12/1/2017',
  );
  assert.equal(ed('MTUS-FORMULARY-2018').inForceFrom, '2018-01-01');
});

test('lookups: edition in force on a date, editions and chapters by the names letters use', () => {
  const mtus = (d: Parameters<typeof catalog.editionsInForce>[0]) =>
    catalog.editionsInForce(d, 'MTUS').map((e) => e.source);
  assert.ok(mtus('2015-03-01').includes('MTUS-CPMTG-2009'));
  assert.ok(!mtus('2017-01-09').includes('MTUS-CPMTG-2009'));
  assert.ok(mtus({ year: 2017, month: 1, day: 9 }).includes('MTUS-CPMTG-2016'));
  assert.ok(mtus('2018-02-01').includes('MTUS-ACOEM-2017'));
  assert.deepEqual(
    catalog.editionsNamed('Chronic Pain Treatment Guidelines').map((e) => e.source),
    ['MTUS-CPMTG-2009', 'MTUS-CPMTG-2016'],
  );
  assert.deepEqual(
    catalog.editionsNamed('Official Disability Guidelines (ODG)').map((e) => e.source),
    ['ODG'],
  );
  assert.equal(catalog.chaptersNamed('Low Back Complaints')[0]?.number, 12);
  assert.equal(catalog.chaptersNamed('Pain (Chronic)', 'ODG')[0]?.id, 'odg-pain');
});

test('lookups: sections, pages, fuzzy topics, entries for a treatment', () => {
  assert.ok(catalog.entriesForSection('MTUS-CPMTG-2016', 'Manual therapy & manipulation').length > 0);
  assert.ok(
    catalog.entriesForSection('MTUS-ACOEM-2004', 'Special Studies', 12).every((e) => e.chapterNumber === 12),
  );
  assert.ok(catalog.entriesForPage('MTUS-CPMTG-2009', 24).some((e) => e.id === 'cpmtg-benzodiazepines'));
  assert.equal(
    catalog.findEntries('Benzodiazepenes', { source: 'MTUS-CPMTG-2009' })[0]?.entry.id,
    'cpmtg-benzodiazepines',
  );
  assert.deepEqual(catalog.findEntries('no such topic at all'), []);
  assert.ok(catalog.entriesForTreatment('epidural-steroid-injection').length >= 3);
});

test('team files: add entries, override by id, later file wins, team over bundled', () => {
  const provenance = { sources: ['team policy 2026-11'], confirmed: false, confidence: 'medium' as const };
  const newEntry = {
    id: 'team-ketamine-infusion',
    source: 'ODG',
    chapter: 'Pain (Chronic)',
    topic: 'Ketamine infusion',
    pages: [],
    sections: [],
    aliases: ['ketamine infusion'],
    treatments: ['injection-other'],
    summary: 'Team note.',
    criteria: [],
    citationForm: '',
    provenance,
    related: [],
  };
  const { catalog: merged, problems } = teamCatalog([
    {
      name: 'a.json',
      data: { version: 'team-a', entries: [newEntry, { id: 'cpmtg-benzodiazepines', pages: [24, 25] }] },
    },
    {
      name: 'b.json',
      data: {
        version: 'team-b',
        entries: [{ id: 'cpmtg-benzodiazepines', pages: [24, 99], aliases: ['Valium'] }],
      },
    },
  ]);
  assert.deepEqual(problems, []);
  assert.equal(merged.entry('team-ketamine-infusion')?.topic, 'Ketamine infusion');
  const benzo = merged.entry('cpmtg-benzodiazepines')!;
  assert.deepEqual(benzo.pages, [24, 99], 'the later file wins');
  assert.deepEqual(benzo.aliases, ['Valium']);
  assert.equal(benzo.topic, 'Benzodiazepines', 'fields a file does not give are kept');
  assert.match(merged.version, /team-a\+team-b$/);
  assert.deepEqual(catalog.entry('cpmtg-benzodiazepines')?.pages, [24], 'the bundled catalog is untouched');
});

test('team files: an invalid file is skipped whole and reported; an incomplete new entry is reported', () => {
  const { catalog: merged, problems } = teamCatalog([
    { name: 'bad.json', data: { entries: [{ id: 'cpmtg-benzodiazepines', pages: ['twenty'] }] } },
    { name: 'partial.json', data: { entries: [{ id: 'team-new', topic: 'x' }] } },
  ]);
  assert.deepEqual(merged.entry('cpmtg-benzodiazepines')?.pages, [24]);
  assert.equal(merged.entry('team-new'), undefined);
  assert.ok(problems.some((p) => p.file === 'bad.json' && p.path.startsWith('/entries/0/pages')));
  assert.ok(problems.some((p) => p.file === 'partial.json' && /lacks/.test(p.message)));
});
