package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSplitFlags checks which arguments of search are flags, with their
// values, and which are left for the query.
func TestSplitFlags(t *testing.T) {
	tests := []struct {
		args, flags, rest []string
	}{
		{[]string{"-#archive"}, nil, []string{"-#archive"}},
		{[]string{"--limit", "3", "-#archive", "--failing"}, []string{"--limit", "3", "--failing"}, []string{"-#archive"}},
		{[]string{"-brouillon", "--since=2026-01-01"}, []string{"--since=2026-01-01"}, []string{"-brouillon"}},
		{[]string{"#a", "--index", "i.db", "--lang", "fr"}, []string{"--index", "i.db", "--lang", "fr"}, []string{"#a"}},
		{[]string{"--host", "-x", "#a"}, []string{"--host", "-x"}, []string{"#a"}}, // a value, as pflag takes it
		{[]string{"-h"}, []string{"-h"}, nil},
		{[]string{"-hameau"}, nil, []string{"-hameau"}},
		{[]string{"-"}, nil, []string{"-"}},
		{[]string{"--nothing", "#a"}, []string{"--nothing"}, []string{"#a"}},
		{[]string{"--failing", "--", "--x", "--limit"}, []string{"--failing"}, []string{"--x", "--limit"}},
		{[]string{"#a", "--since"}, []string{"--since"}, []string{"#a"}},
	}
	for _, tt := range tests {
		root := newRootCmd(&app{})
		search, _, err := root.Find([]string{"search"})
		if err != nil {
			t.Fatal(err)
		}
		search.InitDefaultHelpFlag()
		flags, rest := splitFlags(search, tt.args)
		if diff := cmp.Diff([][]string{flags, rest}, [][]string{tt.flags, tt.rest}); diff != "" {
			t.Errorf("splitFlags(%q) (-got +want):\n%s", tt.args, diff)
		}
	}
}
