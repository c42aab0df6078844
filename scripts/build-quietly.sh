#!/bin/sh
# Builds one workspace package (and what it depends on) through turbo without writing to stdout,
# so that commands like `pnpm --silent parse` print only their own output. Build errors go to stderr.
set -e
turbo run build --filter="$1" --output-logs=errors-only >/dev/null 2>&1 \
  || turbo run build --filter="$1" --output-logs=errors-only >&2
