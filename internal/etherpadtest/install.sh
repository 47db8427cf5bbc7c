#!/usr/bin/env bash
# Installs Etherpad 1.8.14 from the npm registry into DIR, for the integration
# tests of package etherpadtest.
#
#   usage: install.sh DIR
#
# Running it again is cheap: an install whose stamp file names 1.8.14 is kept.
# The install is built in a temporary directory next to DIR and renamed into
# place only once complete, so an interrupted run never leaves a DIR that
# looks installed.
#
# Without node or npm it exits 0 after a warning (the tests then skip), except
# in CI (CI=true), where it exits 1.
set -euo pipefail

readonly VERSION=1.8.14
# Keep in sync with stampFile in etherpadtest.go.
readonly STAMP=.etherpad-version

die() {
	echo "install.sh: $*" >&2
	exit 1
}

is_installed() {
	[[ -f $1/src/node/server.js && -f $1/$STAMP && $(<"$1/$STAMP") == "$VERSION" ]]
}

# check_tools exits when node or npm is missing: 1 in CI, 0 elsewhere.
check_tools() {
	command -v node >/dev/null && command -v npm >/dev/null && return 0
	if [[ ${CI:-} == true ]]; then
		die "node and npm are required to install Etherpad $VERSION for the integration tests (CI=true)"
	fi
	{
		echo "******************************************************************"
		echo "Etherpad integration tests will be skipped: install node and npm, then run make test"
		echo "******************************************************************"
	} >&2
	exit 0
}

# write_package_json writes a wrapper package that depends on Etherpad. The
# sqlite3 override replaces an optional native dependency that npm would
# otherwise try, and retry, to download as a prebuilt binary.
write_package_json() {
	cat >"$1/package.json" <<EOF
{
  "private": true,
  "dependencies": {"ep_etherpad-lite": "$VERSION"},
  "overrides": {"sqlite3": "npm:@favware/skip-dependency@1.2.2"}
}
EOF
}

# npm_install runs npm quietly in $1, showing the end of its log on failure.
npm_install() {
	local log=$1/../npm.log
	if ! (cd "$1" && npm install --no-audit --no-fund --omit=dev --loglevel=error) >"$log" 2>&1; then
		echo "install.sh: npm install failed; end of its log:" >&2
		tail -n 40 "$log" >&2
		exit 1
	fi
}

# lay_out moves the package to src/, as Etherpad expects, and removes the
# wrapper package files: at startup Etherpad runs `npm ls` in its base
# directory, which fails on the wrapper.
lay_out() {
	mv "$1/node_modules/ep_etherpad-lite" "$1/src"
	ln -s ../src "$1/node_modules/ep_etherpad-lite"
	rm -f "$1/package.json" "$1/package-lock.json"
	echo "$VERSION" >"$1/$STAMP"
}

main() {
	[[ $# -eq 1 ]] || die "usage: install.sh DIR"
	local dir=$1
	is_installed "$dir" && return 0
	check_tools

	mkdir -p "$(dirname "$dir")"
	dir=$(cd "$(dirname "$dir")" && pwd)/$(basename "$dir")
	# work is global: the EXIT trap removes it, however the script ends.
	work=$(mktemp -d "$dir.tmp.XXXXXX")
	trap 'rm -rf "$work"' EXIT
	mkdir "$work/etherpad"

	echo "Installing Etherpad $VERSION into $dir (npm, about a minute)..." >&2
	write_package_json "$work/etherpad"
	npm_install "$work/etherpad"
	lay_out "$work/etherpad"

	# Another run may have finished first: keep its install. A stale or
	# partial DIR (no stamp, other version) is set aside first; mv -T fails
	# rather than move the new install inside an existing DIR.
	is_installed "$dir" && return 0
	if [[ -e $dir ]]; then
		mv -T "$dir" "$work/old"
	fi
	mv -T "$work/etherpad" "$dir"
	echo "Etherpad $VERSION installed in $dir" >&2
}

main "$@"
