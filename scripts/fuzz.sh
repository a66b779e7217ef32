#!/usr/bin/env bash
# The long run of the hostile-input suite (`make fuzz`): tests/robust.rs with many more cases,
# one process per core, each from its own seed; prints the number of cases that passed.
#
#   bash scripts/fuzz.sh                          # 200000 cases per process
#   FUZZ_CASES=1000000 FUZZ_SEED=100 bash scripts/fuzz.sh
#   FUZZ_JOBS=1 bash scripts/fuzz.sh
#
# A failure prints its seed and case number and a shrunk input; reproduce it with
#   TALLY_FUZZ_SEED=S TALLY_FUZZ_CASE=N cargo test --test robust -- --nocapture
#
# Then, if cargo-fuzz and a nightly toolchain are installed, libFuzzer runs fuzz/fuzz_targets/
# extract.rs for FUZZ_SECONDS (default 120; 0 skips it), seeded with the fixture texts and the
# dictionary fuzz/extract.dict. Crashes land in fuzz/artifacts/extract/.
set -euo pipefail
cd "$(dirname "$0")/.."

FUZZ_CASES=${FUZZ_CASES:-200000}
FUZZ_SEED=${FUZZ_SEED:-1000}
FUZZ_JOBS=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}
FUZZ_SECONDS=${FUZZ_SECONDS:-120}
DIR=target/fuzz-logs
mkdir -p "$DIR"

echo "== building tests/robust.rs (release)" >&2
BIN=$(cargo test --release --test robust --no-run 2>&1 | sed -n 's/.*Executable tests\/robust.rs (\(.*\))$/\1/p' | tail -1)
if [ -z "$BIN" ] || [ ! -x "$BIN" ]; then
  echo "fuzz: could not build the robust test binary" >&2
  cargo test --release --test robust --no-run
  exit 1
fi

echo "== $FUZZ_JOBS process(es) x $FUZZ_CASES cases, seeds $FUZZ_SEED.." >&2
start=$(date +%s)
pids=()
for ((i = 0; i < FUZZ_JOBS; i++)); do
  seed=$((FUZZ_SEED + i))
  TALLY_FUZZ_CASES=$FUZZ_CASES TALLY_FUZZ_SEED=$seed \
    "$BIN" generated_hostile_inputs_keep_the_contract --nocapture >"$DIR/seed-$seed.log" 2>&1 &
  pids+=($!)
done
failed=0
for pid in "${pids[@]}"; do
  wait "$pid" || failed=1
done
secs=$(($(date +%s) - start))

total=0
for ((i = 0; i < FUZZ_JOBS; i++)); do
  seed=$((FUZZ_SEED + i))
  line=$(grep '^robust:' "$DIR/seed-$seed.log" || true)
  echo "   seed $seed: ${line:-no summary (see $DIR/seed-$seed.log)}" >&2
  n=$(echo "$line" | sed -n 's/^robust: \([0-9]*\) generated cases.*/\1/p')
  total=$((total + ${n:-0}))
done

if [ "$failed" -ne 0 ]; then
  grep -h -A3 'TALLY_FUZZ_SEED=' "$DIR"/seed-*.log >&2 || true
  echo "fuzz: FAILED after $total cases in ${secs}s (logs in $DIR)" >&2
  exit 1
fi
echo "fuzz: $total generated cases passed in ${secs}s ($FUZZ_JOBS processes)"

if [ "$FUZZ_SECONDS" -gt 0 ] && cargo fuzz --version >/dev/null 2>&1 \
  && rustup run nightly rustc --version >/dev/null 2>&1; then
  echo "== libFuzzer: fuzz/fuzz_targets/extract.rs for ${FUZZ_SECONDS}s" >&2
  mkdir -p fuzz/corpus/extract
  python3 - <<'PY'
import json, pathlib
for p in sorted(pathlib.Path("tests/fixtures").glob("*.json")):
    pathlib.Path("fuzz/corpus/extract", p.stem + ".txt").write_text(json.loads(p.read_text())["text"])
PY
  log="$DIR/libfuzzer.log"
  if (cd fuzz && cargo +nightly fuzz run extract -- -max_total_time="$FUZZ_SECONDS" \
    -dict=extract.dict -max_len=65536 -print_final_stats=1) >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\)/\1/p' "$log" | awk '{ s += $1 } END { print s + 0 }')
    echo "fuzz: libFuzzer ran $runs inputs in ${FUZZ_SECONDS}s without a failure"
  else
    tail -40 "$log" >&2
    echo "fuzz: libFuzzer FAILED (log $log, inputs in fuzz/artifacts/extract/)" >&2
    exit 1
  fi
else
  echo "fuzz: libFuzzer skipped (FUZZ_SECONDS=0, or cargo-fuzz or a nightly toolchain missing)" >&2
fi
