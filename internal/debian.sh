#!/usr/bin/env bash
# Installs a Debian package that some tests drive for real: chromium (the
# summary page in a browser), tmux (padlint watch in a terminal). Only the
# distribution's package, never a build downloaded by a tool.
#
#   usage: internal/debian.sh PACKAGE [COMMAND]
#
# COMMAND (PACKAGE by default) is what the package puts on PATH. When it is
# there already, the script only prints its version. Otherwise it installs
# the package, as root. Run by another user, it prints the command to run,
# and the tests that need it skip; under CI=true, where they must run, it
# exits 1.
set -euo pipefail

die() {
	echo "debian.sh: $*" >&2
	exit 1
}

install() {
	local package=$1
	if [[ $(id -u) -ne 0 ]]; then
		[[ ${CI:-} != true ]] || die "$package is not installed; run: sudo apt-get update && sudo apt-get install $package"
		echo "debian.sh: $package is not installed, so the tests that need it will skip; to run them: sudo apt-get update && sudo apt-get install $package" >&2
		exit 0
	fi
	command -v apt-get >/dev/null ||
		die "$package is not installed and there is no apt-get: install the $package package of your system"
	echo "Installing the Debian package $package (apt-get)..." >&2
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
}

main() {
	[[ $# -ge 1 && $# -le 2 ]] || die "usage: internal/debian.sh PACKAGE [COMMAND]"
	local package=$1 command=${2:-$1}
	command -v "$command" >/dev/null || install "$package"
	"$command" -V 2>/dev/null || "$command" --version
}

main "$@"
