#!/usr/bin/env bash
# Benchmarks of the native core and command line (`make bench`); prints a markdown table.
#
#   bash scripts/bench.sh                      # 24 MB corpus for extract, 200 MB JSONL for the CLI
#   BENCH_JSONL_MB=1000 bash scripts/bench.sh  # the 1 GB JSONL run of issue 7
#   BENCH_MB=50 BENCH_RUNS=5 bash scripts/bench.sh
#
# extract:  benches/extract.rs, one core, best of BENCH_RUNS runs over a generated corpus: the
#           plain release build, and the profile-guided one (scripts/pgo.sh, trained on
#           tests/fixtures only) that `make release` ships.
# --jsonl:  the profile-guided tally extract --jsonl over a generated JSONL file (kept in
#           target/bench/ and reused), on all cores and on one; MB/s from the input size and
#           wall time, peak memory from /usr/bin/time -v (or the CLI's own --stats, VmHWM).
#           Its output must equal the plain build's, byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_MB=${BENCH_MB:-24}
BENCH_RUNS=${BENCH_RUNS:-3}
BENCH_JSONL_MB=${BENCH_JSONL_MB:-200}
DIR=target/bench
mkdir -p "$DIR"
CORES=$(nproc 2>/dev/null || echo 1)

echo "== building (release)" >&2
cargo build --release --quiet --bin tally
cargo bench --quiet --no-run --bench extract 2>/dev/null || cargo bench --no-run --bench extract
echo "== building (profile-guided, scripts/pgo.sh)" >&2
CLI=target/release/tally
PGO_BENCH_BIN=
if PGO_BENCH=1 bash scripts/pgo.sh; then
  CLI=target/pgo/release/tally
  PGO_BENCH_BIN=$(ls -t target/pgo/release/deps/extract-* | grep -v '\.d$' | head -1)
else
  echo "== no profile-guided build: the plain one is measured" >&2
fi

# Runs the extract bench binary $1 (a cargo bench run if empty); sets PER_ARTICLE(_CPU), ONE_DOC(_CPU).
run_extract() {
  local out
  if [ -n "$1" ]; then
    out=$(TALLY_BENCH_MB=$BENCH_MB TALLY_BENCH_RUNS=$BENCH_RUNS "$1" --bench 2>/dev/null)
  else
    out=$(TALLY_BENCH_MB=$BENCH_MB TALLY_BENCH_RUNS=$BENCH_RUNS cargo bench --quiet --bench extract 2>/dev/null)
  fi
  echo "$out" >&2
  field() { echo "$out" | grep "^bench: $1" | sed -n "s|.* \([0-9.]*\) $2.*|\1|p"; }
  PER_ARTICLE=$(field "extract per article" "MB/s")
  PER_ARTICLE_CPU=$(field "extract per article" "MB per cpu-second")
  ONE_DOC=$(field "extract one 10 MB document" "MB/s")
  ONE_DOC_CPU=$(field "extract one 10 MB document" "MB per cpu-second")
}

echo "== extract on one core (${BENCH_MB} MB corpus), plain build" >&2
run_extract ""
per_article=$PER_ARTICLE per_article_cpu=$PER_ARTICLE_CPU one_doc=$ONE_DOC one_doc_cpu=$ONE_DOC_CPU
pgo_article=? pgo_article_cpu=? pgo_doc=? pgo_doc_cpu=?
if [ -n "$PGO_BENCH_BIN" ]; then
  echo "== extract on one core (${BENCH_MB} MB corpus), profile-guided build" >&2
  run_extract "$PGO_BENCH_BIN"
  pgo_article=$PER_ARTICLE pgo_article_cpu=$PER_ARTICLE_CPU pgo_doc=$ONE_DOC pgo_doc_cpu=$ONE_DOC_CPU
fi

JSONL="$DIR/corpus-${BENCH_JSONL_MB}MB.jsonl"
if [ ! -s "$JSONL" ]; then
  echo "== writing $JSONL" >&2
  TALLY_BENCH_JSONL="$JSONL.tmp" TALLY_BENCH_JSONL_MB=$BENCH_JSONL_MB cargo bench --quiet --bench extract >&2
  mv "$JSONL.tmp" "$JSONL"
fi
BYTES=$(stat -c %s "$JSONL")

# The profile-guided build must say exactly what the plain one says.
if [ "$CLI" != target/release/tally ]; then
  head -n 20000 "$JSONL" >"$DIR/check.jsonl"
  if ! cmp -s <(target/release/tally extract --jsonl <"$DIR/check.jsonl") \
              <("$CLI" extract --jsonl <"$DIR/check.jsonl"); then
    echo "bench: the profile-guided tally's output differs from the plain build's" >&2
    exit 1
  fi
  echo "== the profile-guided tally's output equals the plain build's ($(wc -l <"$DIR/check.jsonl") articles)" >&2
fi

# Runs the CLI over the JSONL with N threads; sets MBS and PEAK_MIB.
run_cli() {
  local threads=$1 stats log start end
  log="$DIR/cli-$threads.log"
  start=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$CLI" extract --jsonl --stats --threads "$threads" \
      <"$JSONL" >/dev/null 2>"$log"
  else
    "$CLI" extract --jsonl --stats --threads "$threads" <"$JSONL" >/dev/null 2>"$log"
  fi
  end=$(date +%s.%N)
  stats=$(grep '^tally: .* items' "$log" || true)
  echo "   $threads thread(s): $stats" >&2
  CPU_MBS=$(echo "$stats" | sed -n 's/.*(\([0-9.]*\) MB per cpu-second).*/\1/p')
  MBS=$(awk -v b="$BYTES" -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", b / 1e6 / (e - s) }')
  local kib
  kib=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): \([0-9]*\)/\1/p' "$log")
  if [ -n "$kib" ]; then
    PEAK_MIB=$(awk -v k="$kib" 'BEGIN { printf "%.1f", k / 1024 }')
  else
    PEAK_MIB=$(echo "$stats" | sed -n 's/.*peak memory \([0-9.]*\) MiB.*/\1/p')
  fi
}

echo "== tally extract --jsonl over $JSONL ($((BYTES / 1000000)) MB)" >&2
run_cli "$CORES"
all_mbs=$MBS all_peak=$PEAK_MIB all_cpu=$CPU_MBS
run_cli 1
one_mbs=$MBS one_peak=$PEAK_MIB one_cpu=$CPU_MBS
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')

cat <<EOF

| benchmark (native, $(uname -m), ${CORES} cores, load ${load}) | MB/s (wall) | MB per CPU-second | peak memory |
|---|---|---|---|
| \`extract\`, one core, ${BENCH_MB} MB of generated articles, profile-guided (goal >= 150) | ${pgo_article:-?} | ${pgo_article_cpu:-?} | |
| \`extract\`, one core, ${BENCH_MB} MB of generated articles, plain \`cargo build --release\` | ${per_article:-?} | ${per_article_cpu:-?} | |
| \`extract\`, one core, one 10 MB document, profile-guided | ${pgo_doc:-?} | ${pgo_doc_cpu:-?} | |
| \`extract\`, one core, one 10 MB document, plain | ${one_doc:-?} | ${one_doc_cpu:-?} | |
| \`$CLI extract --jsonl\`, ${CORES} threads, $((BYTES / 1000000)) MB | ${all_mbs} | ${all_cpu:-?} | ${all_peak} MiB |
| \`$CLI extract --jsonl\`, 1 thread, $((BYTES / 1000000)) MB | ${one_mbs} | ${one_cpu:-?} | ${one_peak} MiB |
EOF

# The app in headless Chromium: wasm MB/s, keystroke to chart, 10 MB paste, page weight
# (tests/e2e/bench-app.mjs, against the release build in dist/).
if [ -f dist/index.html ] && command -v node >/dev/null; then
  echo "== the app in headless Chromium (dist/)" >&2
  node tests/e2e/bench-app.mjs || echo "bench: the browser benchmark failed" >&2
else
  echo "== no browser benchmark: run make dist first" >&2
fi
