#!/bin/sh
# bench-cli.sh BIN JBGEN DIR RUNS SIZES...: times `jianbao build` as a whole process with
# /usr/bin/time (wall seconds, CPU seconds user+system, peak RSS) on generated articles of
# realistic length, PDF, DOCX and DOCX written into an office's template (docx-ref:
# --reference-docx, here the samples' own quarterly DOCX), and prints a Markdown table (median
# wall, median CPU and the largest peak RSS of RUNS runs; on a loaded machine CPU time tells more
# than wall time).
set -eu
bin=$1 jbgen=$2 dir=$3 runs=$4
shift 4
[ -x /usr/bin/time ] || { echo "bench-cli needs /usr/bin/time (Debian package time)" >&2; exit 1; }
mkdir -p "$dir"
cp samples/units.yaml "$dir/units.yaml"
# The template for docx-ref: the samples' quarterly digest as DOCX, made by the binary timed.
"$bin" build samples --period 2021Q3 --format docx --out "$dir/reference.docx" >/dev/null 2>"$dir/stderr" || { cat "$dir/stderr" >&2; exit 1; }
echo "| articles | format | wall (median of $runs) | CPU (median) | peak RSS | pages | output |"
echo "|---:|---|---:|---:|---:|---:|---:|"
for n in "$@"; do
	# Inputs in files of 10,000 articles (about 21 MB; the reader refuses files over 32 MiB).
	in="$dir/long-$n"
	if [ ! -s "$in.done" ]; then
		rm -rf "$in" && mkdir -p "$in"
		"$jbgen" -long "$n" | split -l 10000 -d -a 3 --additional-suffix=.jsonl - "$in/part-"
		echo "$n" >"$in.done"
	fi
	for case in pdf docx docx-ref; do
		fmt=${case%-ref} ref=
		[ "$case" = "$fmt" ] || ref="$dir/reference.docx"
		out="$dir/out-$n${ref:+-ref}.$fmt"
		: >"$dir/times"
		i=0
		while [ "$i" -lt "$runs" ]; do
			/usr/bin/time -a -o "$dir/times" -f '%e %M %U %S' "$bin" build "$in" --units "$dir/units.yaml" \
				--period 2021 --format "$fmt" ${ref:+--reference-docx "$ref"} --out "$out" >/dev/null 2>"$dir/stderr" || { cat "$dir/stderr" >&2; exit 1; }
			i=$((i + 1))
		done
		wall=$(sort -n "$dir/times" | awk '{w[NR]=$1} END {print w[int((NR+1)/2)]}')
		rss=$(awk '$2>m {m=$2} END {printf "%.0f", m/1024}' "$dir/times")
		cpu=$(awk '{printf "%.2f\n", $3+$4}' "$dir/times" | sort -n | awk '{c[NR]=$1} END {print c[int((NR+1)/2)]}')
		pages=-
		if [ "$fmt" = pdf ] && command -v pdfinfo >/dev/null; then
			pages=$(pdfinfo "$out" | awk '/^Pages:/ {print $2}')
		fi
		size=$(wc -c <"$out" | awk '{printf "%.2f MB", $1/1e6}')
		echo "| $n | $case | $wall s | $cpu s | $rss MB | $pages | $size |"
	done
done
