#!/usr/bin/env bash
# Bounded, deterministic fuzz pass for CI: every seed page (also as GB18030 and UTF-16), every extreme
# shape at full size (a 100 MB line, a million tiny lines, 50,000 nested brackets, …), then mutants,
# through read → tag → graph → native file → every exporter, each export parsed back strictly.
#
#   FUZZ_SECONDS  time budget (default 120)      FUZZ_SEED  generator seed (default 1)
#   FUZZ_OUT      where failing inputs are saved (default /tmp/newsgraph-fuzz-failures)
#
# Prints `fuzz: N cases, K crashes/hangs, …` and `fuzz: N passed, M failed`; exits 1 on any failure.
# Re-run one failing case locally with the command in its .log file (`newsgraph fuzz --seed S --case N`).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build --show-bin-path)/newsgraph"
if [ ! -x "$bin" ]; then swift build --product newsgraph; fi
exec "$bin" fuzz --seconds "${FUZZ_SECONDS:-120}" --seed "${FUZZ_SEED:-1}" --corpus seeds \
    --out "${FUZZ_OUT:-/tmp/newsgraph-fuzz-failures}"
