// Writes docs/rules/<id>.md and docs/rules/README.md from the rule registry.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderRuleDoc, renderRuleIndex } from '../server/src/service/rules/docs';
import { allRules } from '../server/src/service/rules/index';

const dir = path.resolve(__dirname, '..', 'docs', 'rules');
mkdirSync(dir, { recursive: true });
const wanted = new Set(allRules.map((r) => `${r.id}.md`).concat('README.md'));
for (const f of readdirSync(dir)) if (!wanted.has(f)) rmSync(path.join(dir, f));
for (const rule of allRules) writeFileSync(path.join(dir, `${rule.id}.md`), renderRuleDoc(rule));
writeFileSync(path.join(dir, 'README.md'), renderRuleIndex(allRules));
process.stdout.write(`wrote ${allRules.length} rule pages to docs/rules\n`);
