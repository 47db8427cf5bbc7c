package index

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/padlint/padlint/pad"
	"github.com/padlint/padlint/rules"
)

func TestStep(t *testing.T) {
	tests := []struct {
		item, text string
		done       bool
	}{
		{"Simon met la grille au propre", "Simon met la grille au propre", false},
		{"[ ] relire la licence", "relire la licence", false},
		{"☐ relire", "relire", false},
		{"[x] relire la licence", "relire la licence", true},
		{"[X]relire", "relire", true},
		{"✅ contacter Unisson", "contacter Unisson", true},
		{"~~prochain point le 8~~", "prochain point le 8", true},
		{"~~", "~~", false},
		{"a ~~b~~", "a ~~b~~", false},
	}
	for _, tt := range tests {
		text, done := step(tt.item)
		if text != tt.text || done != tt.done {
			t.Errorf("step(%q) = %q, %v; want %q, %v", tt.item, text, done, tt.text, tt.done)
		}
	}
}

func TestTickedBox(t *testing.T) {
	doc, err := pad.Parse("steps.txt", "Titre : T\nÉtapes suivantes :\n- [x] inviter la Gonette\n- [ ] écrire la fiche\n"+
		"- ✅ fêter\n- ~~relancer~~\n- [X]  rappeler\nHashtags : #a\n", pad.Text, rules.Default().PadOptions())
	if err != nil {
		t.Fatal(err)
	}
	var got []stepRow
	for _, r := range stepRows(doc) {
		got = append(got, stepRow{Text: r.Text, Done: r.Done})
	}
	want := []stepRow{{Text: "inviter la Gonette", Done: true}, {Text: "écrire la fiche"}, {Text: "fêter", Done: true},
		{Text: "relancer", Done: true}, {Text: "rappeler", Done: true}}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("steps (-got +want):\n%s", diff)
	}
}
