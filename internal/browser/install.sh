#!/usr/bin/env bash
# Installs Chromium, the Debian package chromium, for the tests and tools of
# package browser. Never a browser build downloaded by a tool: only the
# distribution's package, kept up to date with the rest of the system.
#
#   usage: install.sh
#
# With chromium already on PATH it only prints its version. Otherwise it
# installs the package as root. Run by another user, it prints the command
# to run, and the browser tests skip; under CI=true, where they must run,
# it exits 1.
set -euo pipefail

die() {
	echo "install.sh: $*" >&2
	exit 1
}

main() {
	[[ $# -eq 0 ]] || die "usage: install.sh"
	if ! command -v chromium >/dev/null; then
		if [[ $(id -u) -ne 0 ]]; then
			[[ ${CI:-} != true ]] || die "chromium is not installed; run: sudo apt-get update && sudo apt-get install chromium"
			echo "install.sh: chromium is not installed, so the browser tests will skip; to run them: sudo apt-get update && sudo apt-get install chromium" >&2
			exit 0
		fi
		command -v apt-get >/dev/null ||
			die "chromium is not installed and there is no apt-get: install the chromium package of your system"
		echo "Installing the Debian package chromium (apt-get, about a minute)..." >&2
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	fi
	chromium --version
}

main "$@"
