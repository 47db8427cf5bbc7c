package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/padlint/padlint/internal/tmux"
)

// TestWatchInTerminal watches a pad file in a real terminal while the
// test writes it: the status is drawn in place, the cursor hidden, the
// change told; Ctrl-C ends the watch, gives the cursor back and prints
// what is missing.
func TestWatchInTerminal(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "padlint")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	pad := filepath.Join(dir, "atelier.txt")
	write(t, pad, "Titre : Atelier communs\nNotes du groupe.\n")
	term := tmux.Start(t, 110, 24, "cd "+dir+" && ./padlint watch atelier.txt --every 1s --for 10m --lang en")

	screen := term.WaitFor("Ctrl-C to stop", 10*time.Second)
	for _, want := range []string{"✓ Title             Atelier communs", "✗ Description       the pad has no description", "left (until "} {
		if !strings.Contains(screen, want) {
			t.Errorf("no %q on the screen:\n%s", want, screen)
		}
	}
	if term.CursorVisible() {
		t.Error("the cursor shows while the status is drawn")
	}

	write(t, pad, "Titre : Atelier communs\nÉtapes suivantes :\n- écrire\nNotes du groupe.\n")
	screen = term.WaitFor("Next steps: added", 5*time.Second)
	if n := strings.Count(screen, "atelier.txt"); n != 1 {
		t.Errorf("the status shows %d times, want once, drawn in place:\n%s", n, screen)
	}

	term.Keys("C-c")
	screen = term.WaitFor("[exit 1]", 5*time.Second)
	if !term.CursorVisible() {
		t.Error("the cursor is still hidden after Ctrl-C")
	}
	if !strings.Contains(screen, "Description en 3 lignes :") || strings.Contains(screen, "Ctrl-C to stop") {
		t.Errorf("after Ctrl-C, no skeleton, or the status still says to stop:\n%s", screen)
	}
}

// write writes a pad file whole, beside it then renamed: the watch never
// reads it half-written.
func write(t *testing.T, name, text string) {
	t.Helper()
	if err := os.WriteFile(name+".new", []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(name+".new", name); err != nil {
		t.Fatal(err)
	}
}
