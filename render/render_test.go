package render

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/padlint/padlint/lint"
	"github.com/padlint/padlint/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files from what the code does")

// examples lints the example pads of testdata/pads, named as from the
// repository's root.
func examples(t *testing.T, lang string) []lint.Report {
	t.Helper()
	names, _ := filepath.Glob("../testdata/pads/*")
	if len(names) == 0 {
		t.Fatal("no example pads")
	}
	cfg := rules.Default()
	cfg.Lang = lang
	opt := lint.Options{Config: cfg, FailOn: rules.Error}
	var reports []lint.Report
	for _, name := range names {
		r := lint.One(context.Background(), name, opt, cfg.PadOptions())
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		r.Source = strings.TrimPrefix(name, "../")
		reports = append(reports, r)
	}
	return reports
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(name, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(name)
	if err != nil {
		t.Fatalf("%v (make golden writes it)", err)
	}
	if diff := cmp.Diff(string(got), string(want)); diff != "" {
		t.Errorf("%s (-got +want):\n%s", name, diff)
	}
}

func print(t *testing.T, format string, opt Options, reports []lint.Report) []byte {
	t.Helper()
	var b bytes.Buffer
	p, err := New(format, &b, opt)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Print(slices.Values(reports)); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestJSONGolden keeps, for every example pad, the JSON verdict: its header
// as read and its findings.
func TestJSONGolden(t *testing.T) {
	for _, r := range examples(t, "en") {
		t.Run(filepath.Base(r.Source), func(t *testing.T) {
			out := print(t, "json", Options{}, []lint.Report{r})
			var indented bytes.Buffer
			if err := json.Indent(&indented, out, "", "  "); err != nil {
				t.Fatalf("invalid JSON: %v\n%s", err, out)
			}
			golden(t, filepath.Join("testdata", "pads", filepath.Base(r.Source)+".json"), indented.Bytes())
		})
	}
}

func TestTextGolden(t *testing.T) {
	golden(t, "testdata/text.golden", print(t, "text", Options{Lang: "en"}, examples(t, "en")))
	golden(t, "testdata/text-fr-color.golden", print(t, "text", Options{Lang: "fr", Color: true}, examples(t, "fr")[:8]))
}

func TestJSONContract(t *testing.T) {
	out := print(t, "json", Options{}, examples(t, "en"))
	var got struct {
		Pads []struct {
			Source   string                     `json:"source"`
			Passed   *bool                      `json:"passed"`
			Header   map[string]json.RawMessage `json:"header"`
			Findings []rules.Finding            `json:"findings"`
		} `json:"pads"`
		Summary lint.Summary `json:"summary"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Pads) != got.Summary.Pads || got.Summary.Pads == 0 {
		t.Fatalf("%d pads for a summary of %d", len(got.Pads), got.Summary.Pads)
	}
	for _, p := range got.Pads {
		if p.Source == "" || p.Passed == nil || p.Findings == nil || len(p.Header) != 6 {
			t.Errorf("pad %q lacks source, passed, findings or one of the 6 fields: %+v", p.Source, p)
		}
	}
}

// TestUntrustedText makes sure a pad cannot drive the terminal: escape
// sequences written in a pad are shown inert.
func TestUntrustedText(t *testing.T) {
	r := lint.Report{Source: "evil\x1b]0;title\x07.txt", Findings: []rules.Finding{{
		Rule: "label-near-miss", Severity: rules.Warning, Line: 1, Column: 1,
		Message: "“Hast\x1b[2Jags” is read", Suggestion: "\x1b[31mred\nnext",
	}}}
	out := print(t, "text", Options{Color: false}, []lint.Report{r})
	if bytes.ContainsAny(out, "\x1b\x07") || bytes.Count(out, []byte("\n")) != 3 {
		t.Errorf("text output carries control characters or extra lines: %q", out)
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := New("xml", nil, Options{}); err == nil || !strings.Contains(err.Error(), "text or json") {
		t.Errorf("New(xml) error = %v, want one naming the formats", err)
	}
}
