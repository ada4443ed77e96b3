#!/usr/bin/env bash
# Prints the totals of the Surefire reports under a directory (default: the checkout) as one line:
#   N passed, N failed, N skipped
# "failed" counts failures and errors. scripts/test.sh prints it at the end of every run.
set -euo pipefail
DIR="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
find "$DIR" -path '*/target/surefire-reports/TEST-*.xml' -print0 \
  | xargs -0 -r grep -h -o '<testsuite [^>]*>' \
  | awk '
      function count(attr,   m) {
        if (match($0, " " attr "=\"[0-9]+\"")) {
          m = substr($0, RSTART, RLENGTH); gsub(/[^0-9]/, "", m); return m + 0
        }
        return 0
      }
      { tests += count("tests"); failed += count("failures") + count("errors"); skipped += count("skipped") }
      END { printf "%d passed, %d failed, %d skipped\n", tests - failed - skipped, failed, skipped }'
