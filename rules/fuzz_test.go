package rules

import (
	"os"
	"testing"

	"github.com/padlint/padlint/pad"
)

func FuzzParseConfig(f *testing.F) {
	data, err := os.ReadFile("testdata/config/full.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
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
