#!/usr/bin/env bash
# Instructions per call for every peer, counted by valgrind's callgrind: a measure the load of a shared
# machine does not disturb. Each benchmark runs twice (50 and 250 calls after the same warm-up); the
# difference of the two totals divided by 200 is one call. Tiered compilation is off so both runs
# execute the same fully optimised code. Needs valgrind; takes about a minute per run.
# Usage: tests/CodeGen.Benchmarks/instructions.sh [Class.Method ...]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dotnet build -c Release "$root/tests/CodeGen.Benchmarks" -v q -nologo >/dev/null
dll="$root/tests/CodeGen.Benchmarks/bin/Release/net10.0/CodeGen.Benchmarks.dll"
out="$(mktemp -d)"
benchmarks=("$@")
if [ ${#benchmarks[@]} -eq 0 ]; then
  benchmarks=(FinSpaceBenchmarks.UpdateUser FinSpaceBenchmarks.RawHttpClient
    DynamoDbBenchmarks.CodeGenPutItem DynamoDbBenchmarks.CodeGenPutItemPrebuilt DynamoDbBenchmarks.AwsSdkPutItem DynamoDbBenchmarks.RawPutItem
    DynamoDbBenchmarks.CodeGenGetItem DynamoDbBenchmarks.AwsSdkGetItem DynamoDbBenchmarks.RawGetItem
    SsoOidcBenchmarks.CodeGen SsoOidcBenchmarks.AwsSdk SsoOidcBenchmarks.RawHttpClient
    SigV4Benchmarks.SignAsTheRuntimeDoes SigV4Benchmarks.MessageOnly)
fi
count() { # class method n
  DOTNET_TieredCompilation=0 valgrind --tool=callgrind --callgrind-out-file="$out/$1.$2.$3" dotnet "$dll" calls "$1" "$2" "$3" 2>&1 \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
for b in "${benchmarks[@]}"; do
  class="${b%.*}"; method="${b#*.}"
  small=$(count "$class" "$method" 50) ; large=$(count "$class" "$method" 250)
  echo "$b $(( (large - small) / 200 )) instructions per call"
done
rm -rf "$out"
