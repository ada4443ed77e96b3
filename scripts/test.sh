#!/usr/bin/env bash
# The README's test command, and exactly what .ci/run runs: does its own set-up on a fresh machine, then runs every
# module's tests, and ends with the totals.
#   1. scripts/chromium.sh installs headless Chromium for sluice-ui's browser test, if missing (Debian's packages);
#      Kafka and the other real parts the tests need are started by the tests themselves (scripts/kafka.sh).
#   2. mvn -q -B -fae verify: every module that can be tested is, even after a failure in another one. Tests' own
#      logs and output go to <module>/target/surefire-reports/<TestClass>-output.txt, not to the console.
#   3. The totals of the Surefire reports: "N passed, N failed, N skipped" (scripts/test-totals.sh).
# Extra arguments go to Maven, e.g. scripts/test.sh -pl sluice-core.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/chromium.sh
# reports of an earlier run would count again
find . -path '*/target/surefire-reports' -type d -prune -exec rm -rf {} +
status=0
mvn -q -B -fae verify "$@" || status=$?
echo "tests: $(bash scripts/test-totals.sh .)"
if [[ $status -ne 0 ]]; then
  echo "tests: the build failed (exit $status); each failing test's output is in <module>/target/surefire-reports/" >&2
fi
exit $status
