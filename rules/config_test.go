package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/padlint/padlint/pad"
)

func TestParseConfigErrors(t *testing.T) {
	tests := []struct{ yaml, want string }{
		{"langue: fr", `unknown setting "langue"`},
		{"lang: de", `"de" is not a language padlint speaks`},
		{"rules: {welcome-txt: off}", `no rule is called "welcome-txt"`},
		{"rules: {welcome-text: loud}", `unknown severity "loud"`},
		{"labels: {titre: [Titel]}", `"titre" is not a field`},
		{"description_lines: 0", "description_lines 1 or more"},
		{"header_within: -1", "header_within must be 0 or more"},
		{"vocabulary: 3", "cannot unmarshal"},
		{"[not, a, map", "did not find expected"},
	}
	for _, tt := range tests {
		t.Run(tt.yaml, func(t *testing.T) {
			_, err := parseConfig([]byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("parseConfig(%q) error = %v, want one saying %q", tt.yaml, err, tt.want)
			}
		})
	}
}

func TestFindAndLoad(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(root, FileName)
	if err := os.WriteFile(path, []byte("lang: fr\nheader_within: 2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	found, ok := Find(deep)
	if !ok || found != path {
		t.Fatalf("Find = %q, %v; want %q", found, ok, path)
	}
	cfg, err := Load(found)
	if err != nil || cfg.Lang != "fr" || cfg.HeaderWithin != 2 || cfg.DescriptionLines != 3 {
		t.Errorf("Load = %+v, %v; want lang fr, header_within 2, description_lines 3", cfg, err)
	}
	if _, err := Load(filepath.Join(root, "none.yaml")); err == nil {
		t.Error("Load(missing file) = nil error")
	}
}

func TestSkeleton(t *testing.T) {
	fr := Skeleton(Default(), "fr", Required)
	want := "Titre : \nDescription en 3 lignes : \nÉtapes suivantes : \n- \nHashtags : #\n"
	if fr != want {
		t.Errorf("Skeleton(fr) = %q, want %q", fr, want)
	}
	// What the skeleton labels, the parser reads back as the header.
	cfg := Default()
	doc := pad.ParseText("skeleton", Skeleton(cfg, "en", Required), cfg.PadOptions())
	for _, f := range Required {
		if doc.Field(f) == nil {
			t.Errorf("the English skeleton has no %s the parser reads", f)
		}
	}
}

// TestExampleConfig loads the example settings shown in the README.
func TestExampleConfig(t *testing.T) {
	cfg, err := Load("testdata/config/full.yaml")
	if err != nil {
		t.Fatal(err)
	}
	rule, _ := Lookup("welcome-text")
	if cfg.Lang != "fr" || cfg.Severity(rule) != Off || len(cfg.vocab) != 5 {
		t.Errorf("example settings read as %+v", cfg)
	}
	doc := pad.ParseText("x", "Bienvenue sur le pad de la Coop\nPistes :\n- a", cfg.PadOptions())
	if doc.Field(pad.NextSteps) == nil || len(doc.Welcome) != 1 {
		t.Errorf("the example's labels and welcome text are not used: %+v", doc)
	}
}
