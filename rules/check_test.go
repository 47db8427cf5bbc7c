package rules

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/padlint/padlint/pad"
	"github.com/rogpeppe/go-internal/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files from what the code does")

// TestCheck runs the rules on each pad of testdata/check/*.txtar: a pad
// (pad.txt, pad.md or pad.html), optional settings (.padlint.yaml), and the
// findings expected, one a line.
func TestCheck(t *testing.T) {
	names, _ := filepath.Glob("testdata/check/*.txtar")
	if len(names) == 0 {
		t.Fatal("no cases in testdata/check")
	}
	for _, name := range names {
		t.Run(filepath.Base(name), func(t *testing.T) {
			ar, err := txtar.ParseFile(name)
			if err != nil {
				t.Fatal(err)
			}
			got := runCase(t, ar)
			want := section(ar, "findings")
			if *update {
				setSection(ar, "findings", got)
				os.WriteFile(name, txtar.Format(ar), 0o644)
				return
			}
			if diff := cmp.Diff(got, want); diff != "" {
				t.Errorf("findings (-got +want):\n%s", diff)
			}
		})
	}
}

func runCase(t *testing.T, ar *txtar.Archive) string {
	cfg := Default()
	if yaml := section(ar, ".padlint.yaml"); yaml != "" {
		var err error
		if cfg, err = parseConfig([]byte(yaml)); err != nil {
			t.Fatal(err)
		}
	}
	var b strings.Builder
	for _, f := range ar.Files {
		if !strings.HasPrefix(f.Name, "pad.") {
			continue
		}
		doc, err := pad.Parse(f.Name, string(f.Data), pad.FormatOf(f.Name, string(f.Data)), cfg.PadOptions())
		if err != nil {
			t.Fatal(err)
		}
		for _, fd := range Check(doc, cfg) {
			fmt.Fprintf(&b, "%d:%d %s %s: %s", fd.Line, fd.Column, fd.Severity, fd.Rule, fd.Message)
			if fd.Suggestion != "" {
				fmt.Fprintf(&b, " → %s", fd.Suggestion)
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func section(ar *txtar.Archive, name string) string {
	for _, f := range ar.Files {
		if f.Name == name {
			return string(f.Data)
		}
	}
	return ""
}

func setSection(ar *txtar.Archive, name, data string) {
	for i := range ar.Files {
		if ar.Files[i].Name == name {
			ar.Files[i].Data = []byte(data)
			return
		}
	}
	ar.Files = append(ar.Files, txtar.File{Name: name, Data: []byte(data)})
}

// TestRuleFields checks that the rules of a required field say so, and
// the others not.
func TestRuleFields(t *testing.T) {
	want := map[string]pad.FieldName{
		"title-missing": pad.Title, "title-empty": pad.Title,
		"description-missing": pad.Description, "description-empty": pad.Description, "description-too-long": pad.Description,
		"next-steps-missing": pad.NextSteps, "next-steps-empty": pad.NextSteps,
		"hashtags-missing": pad.Hashtags, "hashtags-empty": pad.Hashtags, "hashtag-malformed": pad.Hashtags, "hashtag-unknown": pad.Hashtags,
	}
	for _, r := range All {
		f, ok := r.Field()
		if w, wantOK := want[r.ID]; ok != wantOK || f != w {
			t.Errorf("%s.Field() = %v, %v; want %v, %v", r.ID, f, ok, w, wantOK)
		}
	}
}
