/**
 * Prints what the engine reads in files: every claim with its value, slot classes, event anchor and
 * frame. For developing and judging claim kinds: `node out/test/eval/show.js FILE... [--grep TEXT]`.
 */
import { readFileSync } from 'node:fs';
import { analyseDocument } from '../../server/src/engine';

const args = process.argv.slice(2);
const grep = args.flatMap((a, i) => (args[i - 1] === '--grep' ? [a] : []))[0];
for (const file of args.filter((a, i) => a !== '--grep' && args[i - 1] !== '--grep')) {
  const doc = analyseDocument(file, readFileSync(file, 'utf8'));
  console.log(`== ${file}${doc.date ? ` (dated ${doc.date.iso})` : ''}`);
  for (const c of doc.claims) {
    const s = doc.sentences[c.sentence]!;
    const sentence = doc.text.slice(s.start, s.end).replace(/\s+/g, ' ');
    if (grep && !sentence.includes(grep) && !c.text.includes(grep)) continue;
    const f = c.frame ? Object.entries(c.frame).map(([k, v]) => `${k}=${v}`).join(' ') : '';
    console.log(`  [${c.kind}] ${JSON.stringify(c.text)} = ${c.display}  classes=${c.classes.join(',')}${c.noun ? ` noun=${c.noun}` : ''}${c.event ? ` event=${c.event}` : ''}${f ? `  {${f}}` : ''}`);
    console.log(`      ${sentence.slice(0, 200)}`);
  }
}
