#!/usr/bin/env bash
# Checks that package-lock.json is what npm itself would write for package.json, so that
# `npm install` on a fresh clone leaves `git status` clean. Works on copies in a temporary
# folder (nothing in the project changes, node_modules is not touched) and prints the diff.
# A lockfile that misses an entry (e.g. a Windows-only optional package that was not there
# when the lockfile was written) or was written by an npm that drops fields (npm 10 drops
# `libc`) fails here. Fix: `npm install` with npm 11, then commit package-lock.json.
set -eu
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp package.json package-lock.json .npmrc "$tmp/"
(cd "$tmp" && npm install --package-lock-only --ignore-scripts --no-audit --no-fund --loglevel=error > /dev/null)
if diff -u package-lock.json "$tmp/package-lock.json"; then
  echo "package-lock.json: up to date (npm $(npm --version))"
else
  echo "package-lock.json: npm $(npm --version) would rewrite it (diff above)"
  exit 1
fi
