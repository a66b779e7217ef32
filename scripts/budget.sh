#!/usr/bin/env bash
# Page weight: prints the gzip -9 size of every file in dist/ and the total against the 200 KB
# goal. It prints; it does not fail (yet). Usage: scripts/budget.sh [DIR]
set -euo pipefail
dir=${1:-dist}
goal_kb=200
if [ ! -d "$dir" ]; then
  echo "budget: $dir/ does not exist: run make dist" >&2
  exit 1
fi
kb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'; }
total=0
raw_total=0
printf '%10s %10s  %s\n' "raw KB" "gzip KB" "file"
while IFS= read -r -d '' f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  raw_total=$((raw_total + raw))
  printf '%10s %10s  %s\n' "$(kb "$raw")" "$(kb "$gz")" "${f#"$dir"/}"
done < <(find "$dir" -type f -print0 | sort -z)
verdict="within"
[ "$total" -le $((goal_kb * 1024)) ] || verdict="OVER"
echo "page weight: $(kb "$total") KB gzip ($(kb "$raw_total") KB raw) for all of $dir/; goal <= ${goal_kb} KB: $verdict"
