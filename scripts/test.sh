#!/usr/bin/env bash
# The test command (README): builds the solution and runs every test project — persistence tests on SQLite and
# on a real PostgreSQL server — then prints the plain line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

if [ -z "${GONGKAI_TEST_POSTGRES:-}" ]; then
  # shellcheck source=scripts/start-postgres.sh
  source scripts/start-postgres.sh
fi

rm -rf TR
dotnet test Gongkai.slnx -c Release --logger "trx" --results-directory TR "$@"
rc=$?

# The text reader's vector paths (AVX2, then 128-bit, then scalar) must read alike: its tests run again with AVX2 and then
# all hardware intrinsics turned off, as on a machine without them (ARM64 servers take the 128-bit path).
for off in EnableAVX2 EnableHWIntrinsic; do
  env "DOTNET_$off=0" dotnet test tests/Gongkai.Documents.Tests -c Release --no-build \
    --filter "FullyQualifiedName~Gongkai.Documents.Tests.Reading" \
    --logger "trx;LogFileName=documents-reading-no-$off.trx" --results-directory TR || rc=1
done

passed=0; failed=0
shopt -s nullglob
for trx in TR/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
# A build failure or a crashed test host produces no count: report it as a failure rather than a green zero.
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
