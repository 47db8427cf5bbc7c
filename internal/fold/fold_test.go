package fold

import "testing"

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Étapes suivantes", "etapes suivantes"},
		{"ÉTAPES", "etapes"},
		{"E\u0301tapes", "etapes"}, // NFD input
		{"#Economie", "#economie"},
		{"#économie", "#economie"},
		{"Mots-Clés", "mots-cles"},
		{"Œuvre Ça", "œuvre ca"},
		{"plain ascii", "plain ascii"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := String(tt.in); got != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNFC(t *testing.T) {
	if got, want := NFC("e\u0301conomie"), "économie"; got != want {
		t.Errorf("NFC = %q, want %q", got, want)
	}
}
