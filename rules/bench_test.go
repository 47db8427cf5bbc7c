package rules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/padlint/padlint/pad"
)

// BenchmarkCheck runs every rule over the example pads, already parsed.
func BenchmarkCheck(b *testing.B) {
	names, _ := filepath.Glob("../testdata/pads/*")
	cfg := Default()
	var docs []*pad.Doc
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := pad.Parse(n, string(data), pad.FormatOf(n, string(data)), cfg.PadOptions())
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Check(d, cfg)
		}
	}
}
