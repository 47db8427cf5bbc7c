package lint

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestInvisibleValuesAreEmpty lints a pad whose title, description and
// next step are zero-width spaces, Hangul fillers and a braille blank.
func TestInvisibleValuesAreEmpty(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.txt")
	text := "Titre : \u200b\u200d\nDescription : \u3164\nÉtapes suivantes :\n- \u2800\nHashtags : #communs\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	for r := range Run(context.Background(), []string{path}, options()) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		for _, f := range r.Findings {
			got = append(got, f.Rule)
		}
	}
	slices.Sort(got)
	want := []string{"description-empty", "next-steps-empty", "title-empty"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}
}
