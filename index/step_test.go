package index

import "testing"

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
