/**
 * sf commands that fail set process.exitCode = 1 (SfCommand.catch), as they should on a terminal. Jest
 * runs the test files in its own process on a two-core machine (one worker), so a test that expects a
 * command to fail would otherwise make the whole run exit 1 with every test passed. Jest decides its exit
 * code from the results; this only clears what the commands under test left behind.
 */
afterEach(() => {
  process.exitCode = undefined;
});
