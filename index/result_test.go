package index

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostilePads writes pads whose title and text are as long as a pad may
// make them: a title of a million letters, a word of five million before
// the word searched for, and a line of a hashtag after such a word.
func hostilePads(t *testing.T) string {
	t.Helper()
	dir, long := t.TempDir(), strings.Repeat("a", 5<<20)
	pads := map[string]string{
		"title.txt": "Title: " + strings.Repeat("Atelier ", 1<<17) + "\nDescription: " + long + " gonette\nHashtags: #communs\n",
		"word.txt":  "Title: Mot\nDescription: rien\nHashtags: #communs\n\nNotes " + long + " gonette " + long + "\n",
		"tag.txt":   "Title: Tag\nDescription: rien\nHashtags: #autre\n\n" + long + " #minga\n",
	}
	for name, text := range pads {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestResultsBounded checks that what a search shows of hostile pads is
// bounded, titles and snippets alike, with the match in sight and its
// marks paired.
func TestResultsBounded(t *testing.T) {
	idx := newIndex(t)
	update(t, idx, hostilePads(t))
	for q, want := range map[string]string{"gonette": MarkStart + "gonette" + MarkEnd, "#minga": MarkStart + "#minga" + MarkEnd, "#communs": ""} {
		res := find(t, idx, q, Filter{})
		if len(res.Results) == 0 {
			t.Fatalf("%s finds nothing", q)
		}
		for _, r := range res.Results {
			checkBounded(t, q, r)
			if !strings.Contains(r.Snippet, want) {
				t.Errorf("%s in %s: snippet %.300q does not show the match", q, filepath.Base(r.Source), r.Snippet)
			}
		}
	}
}

func checkBounded(t *testing.T, q string, r Result) {
	t.Helper()
	if n := utf8.RuneCountInString(r.Title); n > Shown || !strings.HasPrefix(r.Title, "Atelier") && n > 10 {
		t.Errorf("%s: a title of %d characters: %.300q", q, n, r.Title)
	}
	if n := utf8.RuneCountInString(r.Snippet); n > Shown+1 || len(r.Snippet) > 1000 {
		t.Errorf("%s: a snippet of %d characters, %d bytes: %.300q", q, n, len(r.Snippet), r.Snippet)
	}
	if !paired(r.Snippet) {
		t.Errorf("%s: the marks of %q are not paired", q, r.Snippet)
	}
}

// paired tells whether each MarkStart of s is closed by a MarkEnd before
// the next one.
func paired(s string) bool {
	open := false
	for _, r := range s {
		switch string(r) {
		case MarkStart, MarkEnd:
			if open != (string(r) == MarkEnd) {
				return false
			}
			open = !open
		}
	}
	return !open
}

func TestShortTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Atelier communs", "Atelier communs"},
		{strings.Repeat("é", Shown), strings.Repeat("é", Shown)},
		{strings.Repeat("é", Shown+1), strings.Repeat("é", Shown-1) + "…"},
		{strings.Repeat("mot ", 60), strings.TrimSpace(strings.Repeat("mot ", 49)) + "…"},
		{strings.Repeat("a", Shown-2) + "e\u0301\u0301x", strings.Repeat("a", Shown-2) + "…"},
		{strings.Repeat("a", Shown-3) + "👩\u200d🔬xx", strings.Repeat("a", Shown-3) + "…"},
		{strings.Repeat("a", Shown-2) + "👍🏽xx", strings.Repeat("a", Shown-2) + "…"},
		{strings.Repeat("工", Shown+5), strings.Repeat("工", Shown-1) + "…"},
	}
	for _, tt := range tests {
		got := ShortTitle(tt.in)
		if got != tt.want {
			t.Errorf("ShortTitle(%.40q… %d characters) = %q, want %q", tt.in, utf8.RuneCountInString(tt.in), got, tt.want)
		}
		if n := utf8.RuneCountInString(got); n > Shown || !utf8.ValidString(got) {
			t.Errorf("ShortTitle gives %d characters, valid UTF-8: %v", n, utf8.ValidString(got))
		}
	}
}

func TestCutSnippet(t *testing.T) {
	long, m := strings.Repeat("a", 1000), func(s string) string { return MarkStart + s + MarkEnd }
	tests := []struct{ in, want string }{
		{"la " + m("monnaie") + " locale", "la " + m("monnaie") + " locale"},
		{m(long), MarkStart + long[:Shown-2] + "…" + MarkEnd},
		{long + " " + m("gonette") + " locale", "…" + long[:snippetLead-2] + " " + m("gonette") + " locale"},
		{strings.Repeat("mot ", 40) + m("gonette"), "…" + strings.Repeat("mot ", 14) + m("gonette")},
		{"a" + MarkEnd + "b" + MarkStart + "c" + MarkStart + "d", "ab" + m("cd")},
	}
	for _, tt := range tests {
		if got := cutSnippet(tt.in); got != tt.want {
			t.Errorf("cutSnippet(%.60q) =\n%q, want\n%q", tt.in, got, tt.want)
		}
	}
}

// FuzzCutSnippet checks that any snippet, marks where they may be, comes
// out bounded, its marks paired, and valid UTF-8 when it came in so.
func FuzzCutSnippet(f *testing.F) {
	for _, s := range []string{"la " + MarkStart + "monnaie" + MarkEnd + " locale", MarkEnd + MarkStart + MarkStart,
		strings.Repeat("é\u0301 ", 100) + MarkStart + "x", strings.Repeat("👩\u200d🔬", 300)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := cutSnippet(s)
		if n := utf8.RuneCountInString(got); n > Shown+1 || !paired(got) || utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Errorf("cutSnippet(%q) = %q: %d characters, marks paired: %v", s, got, n, paired(got))
		}
	})
}

// BenchmarkCutSnippet cuts the snippets of a five-million-letter word:
// the match, or before it.
func BenchmarkCutSnippet(b *testing.B) {
	long := strings.Repeat("a", 5<<20)
	for name, s := range map[string]string{
		"match":  "…la " + MarkStart + long + MarkEnd + " locale…",
		"before": "…la " + long + " " + MarkStart + "gonette" + MarkEnd + " locale…",
	} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				cutSnippet(s)
			}
		})
	}
}
