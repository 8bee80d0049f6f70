#!/bin/sh
# Rebuilds PermitV2Token.bin from PermitV2Token.sol with the repository's pinned solc (npm).
# Run from the repository root after `npm ci`: sh chain/escrow/testdata/build.sh
set -eu
out=$(mktemp -d)
node_modules/.bin/solcjs --bin --optimize --base-path . --include-path node_modules \
	-o "$out" chain/escrow/testdata/PermitV2Token.sol
cp "$out"/*PermitV2Token_sol_PermitV2Token.bin chain/escrow/testdata/PermitV2Token.bin
rm -rf "$out"
