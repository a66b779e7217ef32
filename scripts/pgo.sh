#!/usr/bin/env bash
# Profile-guided build of the native command line and benchmark (`make release`, `make bench`).
#
#   bash scripts/pgo.sh            # target/pgo/release/tally, and target/pgo/tally.profdata
#   PGO_BENCH=1 bash scripts/pgo.sh   # also the extract benchmark, built with the same profile
#
# 1. builds `tally` instrumented (-Cprofile-generate), in target/pgo-gen/;
# 2. runs it over the training set: our own fixture articles (tests/fixtures/*.json) and the
#    sentences of the pattern tests (tests/patterns.rs), never the benchmark's generated corpus
#    nor any annotated evaluation article;
# 3. merges the counts with the toolchain's own llvm-profdata (rustup component llvm-tools,
#    installed here if missing: it must match rustc's LLVM, so no other copy will do);
# 4. builds again with -Cprofile-use, in target/pgo/ (apart from target/release/, whose cache
#    other RUSTFLAGS would spoil).
#
# The profile only reorders and inlines: the output is the same as the plain build's (bench.sh
# checks it on every run). The wasm app is not built this way.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '==> %s\n' "$*" >&2; }

HOST=$(rustc -vV | sed -n 's/^host: //p')
PROFDATA="$(rustc --print sysroot)/lib/rustlib/$HOST/bin/llvm-profdata"
if [ ! -x "$PROFDATA" ]; then
  say "rustup component add llvm-tools (llvm-profdata for rustc's own LLVM)"
  if ! rustup component add llvm-tools >&2 || [ ! -x "$PROFDATA" ]; then
    echo "pgo: no llvm-profdata for this toolchain at $PROFDATA" >&2
    exit 1
  fi
fi

GEN=$PWD/target/pgo-gen
USE=$PWD/target/pgo
RAW=$GEN/profraw
mkdir -p "$USE"
rm -rf "$RAW"

say "building tally instrumented (target/pgo-gen)"
RUSTFLAGS="-Cprofile-generate=$RAW" CARGO_TARGET_DIR=$GEN \
  cargo build --release --quiet --bin tally

say "training on tests/fixtures/*.json and the sentences of tests/patterns.rs"
TRAIN=$GEN/train.jsonl
python3 - "$TRAIN" tests/patterns.rs tests/fixtures/*.json <<'PY'
import ast, json, re, sys
texts = []
# The pattern tests' sentences: reads!(name, "text", [...]); the rare constructions.
for lit in re.findall(r'reads!\(\s*\w+,\s*("(?:[^"\\]|\\.)*")', open(sys.argv[2], encoding="utf-8").read()):
    try:
        texts.append(ast.literal_eval(lit))
    except (ValueError, SyntaxError):
        pass
for path in sys.argv[3:]:
    doc = json.load(open(path, encoding="utf-8"))
    if isinstance(doc, dict) and isinstance(doc.get("text"), str):
        texts.append(doc["text"])
if len(texts) < 20:
    sys.exit("pgo: too few training texts in tests/fixtures and tests/patterns.rs")
with open(sys.argv[1], "w") as out:
    for n, text in enumerate(texts):
        out.write(json.dumps({"id": n, "text": text}) + "\n")
PY
for _ in 1 2 3; do
  "$GEN/release/tally" extract --jsonl --threads 1 <"$TRAIN" >/dev/null
done
"$PROFDATA" merge -o "$USE/tally.profdata" "$RAW"

say "building tally with the profile (target/pgo)"
export RUSTFLAGS="-Cprofile-use=$USE/tally.profdata"
export CARGO_TARGET_DIR=$USE
cargo build --release --quiet --bin tally
if [ -n "${PGO_BENCH:-}" ]; then
  cargo bench --quiet --no-run --bench extract 2>/dev/null
fi
say "built $USE/release/tally"
