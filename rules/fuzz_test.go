package rules

import (
	"os"
	"testing"

	"github.com/padlint/padlint/pad"
)

func FuzzParseConfig(f *testing.F) {
	for _, name := range []string{"testdata/config/full.yaml", "../.padlint.example.yaml"} {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("rules: {welcome-text: off}\nlabels: {title: [Titel]}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := parseConfig(data)
		if err != nil {
			return
		}
		// Whatever it accepts, it must be able to lint with.
		doc := pad.ParseText("fuzz", "Titel: x\nHashtags: #a", cfg.PadOptions())
		for _, f := range Check(doc, cfg) {
			if f.Severity == Off || f.Line < 1 || f.Message == "" {
				t.Errorf("bad finding %+v", f)
			}
		}
	})
}
