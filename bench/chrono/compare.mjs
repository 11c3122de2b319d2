// Runs tests/time/expressions.tsv through chrono-node (publication date as reference,
// forwardDate false) and prints its accuracy beside sitrep's.
//   node compare.mjs PATH/TO/sitrep_time_dump [--verbose]
// The dump binary is the bench target sitrep_time_dump (bench/chrono/CMakeLists.txt).
// Scoring, the same for both: the LAST expression found in the row decides; "none" rows need
// no expression at all; "future" rows need a day after publication (chrono) or future=true
// (sitrep); "historic" rows a day more than 366 days before publication (chrono) or
// historic=true (sitrep); "open:DAY" rows need DAY (chrono has no notion of an open span, so its start day
// counts). sitrep's strict score also checks the ACLED precision; chrono has none.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, '..', '..');
const dump = process.argv[2];
const verbose = process.argv.includes('--verbose');
if (!dump) {
  console.error('usage: node compare.mjs PATH/TO/sitrep_time_dump [--verbose]');
  process.exit(2);
}

const rows = [];
for (const line of readFileSync(join(source, 'tests/time/expressions.tsv'), 'utf8').split('\n')) {
  if (line.trim() === '' || line.startsWith('#')) continue;
  const [sentence, published, expected, precision] = line.split('\t');
  rows.push({ sentence: sentence.replaceAll('\\n', '\n\n'), published, expected, precision });
}

const iso = (d) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

function chronoAnswer(row) {
  const [y, m, d] = row.published.split('-').map(Number);
  const reference = new Date(y, m - 1, d, 12, 0, 0);
  const results = chrono.parse(row.sentence, reference, { forwardDate: false });
  if (results.length === 0) return 'none';
  return iso(results[results.length - 1].start.date());
}

function chronoCorrect(row, answer) {
  if (row.expected === 'none') return answer === 'none';
  if (answer === 'none') return false;
  if (row.expected === 'future') return answer > row.published;
  if (row.expected === 'historic') {
    const days = (isoDay) => Date.parse(`${isoDay}T00:00:00Z`) / 86400000;
    return days(answer) < days(row.published) - 366;
  }
  if (row.expected.startsWith('open:')) return answer === row.expected.slice(5);
  return answer === row.expected;
}

const sitrep = new Map();
for (const line of execFileSync(dump, [source], { encoding: 'utf8' }).split('\n')) {
  if (!line) continue;
  const [index, expected, answer, precision, ok] = line.split('\t');
  sitrep.set(Number(index), { expected, answer, precision: Number(precision), ok: ok === '1' });
}

let chronoOk = 0;
let sitrepDayOk = 0;
let sitrepStrictOk = 0;
rows.forEach((row, k) => {
  const c = chronoAnswer(row);
  const cOk = chronoCorrect(row, c);
  const s = sitrep.get(k + 1);
  const sDayOk = s !== undefined && s.answer === row.expected;
  chronoOk += cOk ? 1 : 0;
  sitrepDayOk += sDayOk ? 1 : 0;
  sitrepStrictOk += s?.ok ? 1 : 0;
  if (verbose && (!cOk || !sDayOk)) {
    console.log(`${k + 1}\t${row.published}\texpected ${row.expected}\tchrono ${c}${cOk ? '' : ' X'}` +
                `\tsitrep ${s?.answer}${sDayOk ? '' : ' X'}\t${row.sentence.replaceAll('\n', ' ')}`);
  }
});

const pct = (n) => ((100 * n) / rows.length).toFixed(1);
console.log(`rows\t${rows.length}`);
console.log(`chrono-node 2.10.3 (day)\t${chronoOk}/${rows.length}\t${pct(chronoOk)}%`);
console.log(`sitrep (day)\t${sitrepDayOk}/${rows.length}\t${pct(sitrepDayOk)}%`);
console.log(`sitrep (day + precision)\t${sitrepStrictOk}/${rows.length}\t${pct(sitrepStrictOk)}%`);
