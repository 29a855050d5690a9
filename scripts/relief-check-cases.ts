/**
 * `npm run relief-check:cases`: the relief check's rules and every case of
 * the table (tests/fixtures/relief-check-cases.yaml) in plain words, as
 * markdown, for an attorney's review. Exits 1 when a case fails.
 * `npm run relief-check:cases -- other-table.yaml` prints another table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCases, runCase } from '@/lib/relief-check/cases';
import { ruleFingerprints } from '@/lib/relief-check/fingerprint';
import { casesReport } from '@/lib/relief-check/report';

const file = process.argv[2] ?? path.join(process.cwd(), 'tests/fixtures/relief-check-cases.yaml');
const table = parseCases(fs.readFileSync(file, 'utf8'));
console.log(casesReport(table, ruleFingerprints()));
process.exitCode = table.cases.some((reliefCase) => runCase(reliefCase, table.today).failures.length > 0) ? 1 : 0;
