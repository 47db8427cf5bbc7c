package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestKeyFromEnvironmentOnOneLine refuses a variable that holds more than
// a key, without showing what it holds.
func TestKeyFromEnvironmentOnOneLine(t *testing.T) {
	t.Setenv("PADLINT_API_KEY", "cle-secrete-0123\ncle-secrete-4567\n")
	var out, errOut bytes.Buffer
	code := run([]string{"lint", "https://pad.example.org/p/atelier"}, strings.NewReader(""), &out, &errOut)
	want := "padlint: PADLINT_API_KEY should hold the API key alone, on one line\n"
	if code != exitTrouble || errOut.String() != want {
		t.Errorf("exit %d, stderr %q; want exit 2 and %q", code, errOut.String(), want)
	}
}
