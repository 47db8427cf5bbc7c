package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/padlint/padlint/index"
)

// TestResultsUntrusted checks that what pads hold cannot reach the
// terminal as control sequences, and that matches are marked.
func TestResultsUntrusted(t *testing.T) {
	res := index.Results{Total: 1, Results: []index.Result{{
		Source:   "pads/x.txt",
		Title:    "Atelier \x1b]0;pwned\x07 communs",
		Hashtags: []string{"#a\x1b[2J"},
		Snippet:  "la " + index.MarkStart + "monnaie\x1b[31m" + index.MarkEnd + " locale",
	}}}
	var out bytes.Buffer
	if err := Results(&out, "text", res, IndexOptions{}); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(out.String(), "\x1b\x07\x02\x03") {
		t.Errorf("control characters reach the output: %q", out.String())
	}
	if !strings.Contains(out.String(), "la [monnaie?[31m] locale") {
		t.Errorf("the match is not marked: %q", out.String())
	}
	out.Reset()
	if err := Results(&out, "json", res, IndexOptions{}); err != nil {
		t.Fatal(err)
	}
	var back index.Results
	if err := json.Unmarshal(out.Bytes(), &back); err != nil || back.Results[0].Snippet != "la monnaie\x1b[31m locale" {
		t.Errorf("JSON snippet %q (%v), want the text without marks", back.Results[0].Snippet, err)
	}
}
