#!/usr/bin/env bash
# The measuring run behind BENCHMARKS.md, from the repository root, after
#   mvn -B -DskipTests package
# Results (JMH logs and JSON) go to the directory given, by default samples/benchmarks/target/results;
# the last step prints BENCHMARKS.md's tables from the JSON.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=samples/benchmarks/target/benchmarks.jar
out=${1:-samples/benchmarks/target/results}
mkdir -p "$out"

run() { # name, then JMH arguments
  local name=$1
  shift
  java -jar "$jar" "$@" -rf json -rff "$out/$name.json" | tee "$out/$name.txt"
}

# Benchmarks 1-5 in one run: the ratios compare figures measured side by side.
run codec 'CodecBenchmark' -p bindings=spec -f 2 -wi 5 -i 5 -w 2s -r 1s -prof gc
run parse 'SpecParseBenchmark' -f 2 -wi 10 -i 5 -w 1s -r 1s -prof gc
run generate 'ProcessorCompileBenchmark.generate' -f 2 -wi 1 -i 1
# compile$: the pattern would also match compileBundled.
run compile 'ProcessorCompileBenchmark.compile$' -f 1 -wi 1 -i 1 -p events=10,100,1000
# 10,000 events take about 4 minutes a compile: one cold shot.
run compile10k 'ProcessorCompileBenchmark.compile$' -f 1 -wi 0 -i 1 -p events=10000
run unknown 'UnknownMembersBenchmark' -f 2 -wi 5 -i 5 -w 1s -r 1s
# The QEMU 7.2 schema's bindings on recorded QEMU 7.2 traffic (readTree + switch knows the spec's
# events only), and the 7.2 capture's build cost against the spec's.
run schemacodec 'CodecBenchmark' -p bindings=schema -e 'CodecBenchmark.treeSwitchDecode' -f 1 -wi 5 -i 10 -w 2s -r 1s -prof gc
run schemacompile 'ProcessorCompileBenchmark.compileBundled' -f 1 -wi 3 -i 5

java -cp "$jar" dev.qmpgen.benchmarks.report.ResultsTable "$out"/codec.json "$out"/parse.json \
  "$out"/generate.json "$out"/compile.json "$out"/compile10k.json "$out"/unknown.json | tee "$out/tables.md"
