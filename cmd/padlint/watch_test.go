package main

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/padlint/padlint/lint"
	"github.com/padlint/padlint/pad"
	"github.com/padlint/padlint/rules"
)

// TestReaderReadsOnlyChanges checks that a watched pad is read and linted
// again only when its stamp changed: its file's date and size here, its
// last edit on a server.
func TestReaderReadsOnlyChanges(t *testing.T) {
	name := filepath.Join(t.TempDir(), "atelier.txt")
	write(t, name, "Titre : Atelier\n")
	cfg := rules.Default()
	read := reader(name, lint.Options{Config: cfg, FailOn: rules.Error}, cfg.PadOptions())
	ctx := context.Background()
	if r := read(ctx); r.Err != nil || r.Unchanged {
		t.Fatalf("first reading: %v, unchanged %v", r.Err, r.Unchanged)
	}
	if r := read(ctx); !r.Unchanged || r.Doc.Field(pad.Title) == nil {
		t.Errorf("a pad that did not change was read again, or lost its fields (unchanged %v)", r.Unchanged)
	}
	write(t, name, "Titre : Atelier communs\n")
	if r := read(ctx); r.Unchanged || r.Doc.Field(pad.Title).Text() != "Atelier communs" {
		t.Errorf("a pad that changed was not read again")
	}
}

func TestDeadline(t *testing.T) {
	now := time.Date(2026, 11, 21, 16, 45, 0, 0, time.Local)
	for _, c := range []struct {
		o    watchOptions
		want time.Time
		err  bool
	}{
		{watchOptions{}, time.Time{}, false},
		{watchOptions{until: "17:30"}, now.Add(45 * time.Minute), false},
		{watchOptions{forTime: 45 * time.Minute}, now.Add(45 * time.Minute), false},
		{watchOptions{until: "16:45"}, time.Time{}, true},
		{watchOptions{until: "5pm"}, time.Time{}, true},
		{watchOptions{until: "17:30", forTime: time.Minute}, time.Time{}, true},
		{watchOptions{forTime: -time.Minute}, time.Time{}, true},
	} {
		got, err := c.o.deadline(now)
		if !got.Equal(c.want) || (err != nil) != c.err {
			t.Errorf("%+v: %v, %v; want %v, error %v", c.o, got, err, c.want, c.err)
		}
	}
}
