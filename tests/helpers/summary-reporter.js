/**
 * A Jest reporter that ends the run with one plain line, "Jest: N passed, N failed, N skipped", which CI
 * systems that do not parse Jest's own summary can read.
 */
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    process.stdout.write(
      `\nJest: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`
    );
  }
}

module.exports = PlainSummaryReporter;
