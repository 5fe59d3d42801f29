#!/usr/bin/env bash
# Adds a migration named $1 to BOTH migrations sets (SQLite and PostgreSQL) from the current model.
# Usage: bash scripts/add-migration.sh AddDisclosureRequests        (see docs/migrations.md)
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName}
dotnet tool restore >/dev/null
dotnet build src/Gongkai.Data -v q -nologo
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build \
    --project src/Gongkai.Data --startup-project src/Gongkai.Data \
    --context "${provider}GongkaiDbContext" --output-dir "Migrations/$provider"
done
