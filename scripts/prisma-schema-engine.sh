#!/usr/bin/env bash
# Stand-in for Prisma's native schema-engine binary, which offline machines cannot download.
# prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here; see scripts/prisma-schema-engine.mjs.
exec node "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/prisma-schema-engine.mjs" "$@"
