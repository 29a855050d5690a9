import { describe, expect, it } from 'vitest';
import { browserResults, slowest, unitResults } from '../../scripts/support/test-report.mts';

/** What `npm test` reads back from the runners' reports for its ten slowest tests and its closing line. */
describe('the test run report', () => {
  const unit = {
    testResults: [
      {
        name: '/repo/tests/unit/a.test.ts',
        assertionResults: [
          { fullName: 'a adds', status: 'passed', duration: 1200 },
          { fullName: 'a fails', status: 'failed', duration: 30 },
          { fullName: 'a skips', status: 'skipped', duration: null },
        ],
      },
    ],
  };
  const browser = {
    suites: [
      {
        title: 'b.spec.ts',
        specs: [{ title: 'top', tests: [{ projectName: 'mobile', results: [{ duration: 4000, status: 'passed' }] }] }],
        suites: [
          {
            title: 'with JavaScript off',
            specs: [
              {
                title: 'retried',
                tests: [
                  {
                    projectName: 'mobile',
                    results: [
                      { duration: 9000, status: 'failed' },
                      { duration: 2000, status: 'failed' },
                    ],
                  },
                ],
              },
              {
                title: 'flaky',
                tests: [
                  {
                    projectName: 'mobile',
                    results: [
                      { duration: 15000, status: 'timedOut' },
                      { duration: 3000, status: 'passed' },
                    ],
                  },
                ],
              },
              { title: 'skipped', tests: [{ projectName: 'desktop', results: [] }] },
            ],
          },
        ],
      },
    ],
  };

  it('counts passed, failed and skipped tests in both reports', () => {
    expect(unitResults(unit, '/repo').counts).toEqual({ passed: 1, failed: 1, skipped: 1 });
    expect(browserResults(browser).counts).toEqual({
      passed: 2,
      failed: 1,
      skipped: 1,
      passedOnRetry: ['browser · [mobile] b.spec.ts › with JavaScript off › flaky'],
    });
  });

  it('lists the slowest first, with where each test is and every try of a retried one', () => {
    const timed = [...unitResults(unit, '/repo').timed, ...browserResults(browser).timed];
    expect(slowest(timed, 4)).toEqual([
      '  18.0 s  browser · [mobile] b.spec.ts › with JavaScript off › flaky',
      '  11.0 s  browser · [mobile] b.spec.ts › with JavaScript off › retried',
      '   4.0 s  browser · [mobile] b.spec.ts › top',
      '   1.2 s  unit · tests/unit/a.test.ts › a adds',
    ]);
  });

  it('counts nothing from a stage that did not run', () => {
    expect(unitResults(undefined)).toEqual({ timed: [], counts: { passed: 0, failed: 0, skipped: 0 } });
    expect(browserResults({ unexpected: true }).counts).toEqual({
      passed: 0,
      failed: 0,
      skipped: 0,
      passedOnRetry: [],
    });
  });
});
