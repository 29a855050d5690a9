import { messagesFor } from '@/lib/i18n/messages';
import { expectedWords, runCase, type ReliefCheckCase } from './cases';
import { RULES, WIDENING_EXCEPTIONS, type TopicId } from './rules';
import { answerLines } from './summary';

/**
 * The relief check in plain words, for an attorney to review without
 * reading code (`npm run relief-check:cases`): each rule with its sources
 * and fingerprint, the exceptions to "I don't know widens", then every case
 * of the table with the answers, what the check shows, and whether it does
 * what the case expects.
 */

const ENGLISH = messagesFor('en').reliefCheck;

export function casesReport(
  table: { today: string; cases: readonly ReliefCheckCase[] },
  fingerprints: Readonly<Record<TopicId, string>>,
): string {
  const results = table.cases.map((reliefCase) => ({ reliefCase, result: runCase(reliefCase, table.today) }));
  const failing = results.filter(({ result }) => result.failures.length > 0).length;
  const lines: string[] = [
    '# The relief check, case by case',
    '',
    `${table.cases.length} cases, counted from ${table.today} unless a case says otherwise; ${failing === 0 ? 'every case passes' : `${failing} case${failing === 1 ? '' : 's'} FAIL`}.`,
    '',
    '## The rules',
    '',
    'Most urgent first. The fingerprint changes when a rule, its words or what it shows change; a review records it (content/relief-check-review.yaml).',
    '',
  ];
  for (const rule of RULES) {
    lines.push(
      `### ${ENGLISH.topics[rule.id].title}`,
      '',
      `- id: \`${rule.id}\`, urgency: ${rule.urgency}, fingerprint: \`"${fingerprints[rule.id]}"\``,
      ...rule.source.map((source) => `- source: ${source}`),
      '',
    );
  }
  lines.push('## Where "I don\'t know" shows less, on purpose', '');
  for (const exception of WIDENING_EXCEPTIONS) {
    lines.push(`- ${exception.question}, ${exception.topic}: ${exception.why}`);
  }
  lines.push('');
  lines.push('## The cases', '');
  results.forEach(({ reliefCase, result }, index) => {
    const verdict = result.failures.length === 0 ? 'passes' : 'FAILS';
    lines.push(`### ${index + 1}. ${reliefCase.name} (${verdict})`, '');
    if (reliefCase.today) lines.push(`Counted from ${result.today}.`, '');
    lines.push('**Answers**', '');
    for (const { label, value } of answerLines(result.answers, ENGLISH, 'en')) lines.push(`- ${label} ${value}`);
    lines.push('', '**What the check shows**', '');
    if (result.topics.length === 0) lines.push(`${ENGLISH.result.none}`);
    result.words.en.forEach((topic, position) => {
      const shown = result.topics[position];
      lines.push(`${position + 1}. **${topic.title}** (${shown?.urgency ?? ''}): ${topic.paragraphs.join(' ')}`);
    });
    lines.push(
      '',
      `Urgent for the email: ${result.reasons.length > 0 ? result.reasons.join(', ') : 'no'}.`,
      '',
      `**The case expects**: ${expectations(reliefCase, result.today)}`,
      '',
    );
    for (const failure of result.failures) lines.push(`- FAILS: ${failure}`);
    if (result.failures.length > 0) lines.push('');
  });
  return lines.join('\n');
}

function expectations(reliefCase: ReliefCheckCase, today: string): string {
  const parts = [
    reliefCase.shows.length > 0 ? `shows ${reliefCase.shows.join(', ')}` : '',
    reliefCase.hides.length > 0 ? `does not show ${reliefCase.hides.join(', ')}` : '',
    reliefCase.urgency ? `most urgent: ${reliefCase.urgency}` : '',
    ...reliefCase.says.map((words) => `says "${expectedWords(words, today, 'en')}"`),
    ...reliefCase.dice.map((words) => `dice "${expectedWords(words, today, 'es')}"`),
    ...reliefCase.never.map((words) => `never says "${expectedWords(words, today, 'en')}"`),
    reliefCase.reasons ? `urgent for: ${reliefCase.reasons.join(', ') || 'nothing'}` : '',
  ].filter(Boolean);
  return parts.join('; ');
}
