package index

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/padlint/padlint/query"
)

func TestTags(t *testing.T) {
	idx := examples(t)
	tags, err := idx.Tags(context.Background(), "", Filter{})
	if err != nil {
		t.Fatal(err)
	}
	communs := find(t, idx, "#communs", Filter{}).Total
	if len(tags) == 0 || tags[0].Key != "communs" || tags[0].Pads != communs {
		t.Fatalf("first tag %+v, want #communs on %d pads", tags[0], communs)
	}
	for i := 1; i < len(tags); i++ {
		if tags[i].Pads > tags[i-1].Pads {
			t.Errorf("%s (%d pads) after %s (%d)", tags[i].Tag, tags[i].Pads, tags[i-1].Tag, tags[i-1].Pads)
		}
	}
	related, err := idx.Tags(context.Background(), "economie", Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range related {
		withBoth := find(t, idx, "#economie #"+r.Key, Filter{}).Total
		if r.Key == "economie" || r.Pads != withBoth {
			t.Errorf("related to #economie: %+v, but %d pads carry both", r, withBoth)
		}
	}
}

func TestNext(t *testing.T) {
	idx := examples(t)
	q, _ := query.Parse("#fablab")
	groups, err := idx.Next(context.Background(), &q, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(groups) != 1 || groups[0].Tag != "#fablab" {
		t.Fatalf("next #fablab: groups %v, want #fablab alone", groups)
	}
	pads := map[string]bool{}
	for _, s := range groups[0].Steps {
		pads[s.Source] = true
		if s.Text == "" || strings.HasPrefix(s.Text, "[") {
			t.Errorf("step %q of %s", s.Text, s.Source)
		}
	}
	if n := find(t, idx, "#fablab", Filter{}).Total; len(pads) == 0 || len(pads) > n {
		t.Errorf("steps from %d pads, %d pads carry #fablab", len(pads), n)
	}
	all, err := idx.Next(context.Background(), nil, Filter{})
	if err != nil || len(all) < 10 {
		t.Fatalf("next: %d groups, %v", len(all), err)
	}
}

func TestLinksAndShow(t *testing.T) {
	idx := examples(t)
	ctx := context.Background()
	l, err := idx.Links(ctx, "fr-hub-pad.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(l.To) != 9 || l.To[0].Indexed {
		t.Errorf("the hub links to %d pads (%v), want 9, none indexed", len(l.To), l.To)
	}
	p, err := idx.Show(ctx, "../testdata/pads/fr-canonical.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.NextSteps) != 4 || len(p.Hashtags) != 5 || !p.Passed || p.Edited == nil || len(p.Hash) != 64 {
		t.Errorf("show fr-canonical.txt: %+v", p)
	}
	_, err = idx.Show(ctx, "fr-hub-pad")
	var nf *NotFoundError
	if !errors.As(err, &nf) || len(nf.Candidates) != 2 {
		t.Errorf("show fr-hub-pad: %v, want the .txt and the .html as candidates", err)
	}
	_, err = idx.Show(ctx, filepath.Join(t.TempDir(), "nowhere.txt"))
	if !errors.As(err, &nf) || len(nf.Candidates) != 0 || !strings.Contains(err.Error(), "padlint index") {
		t.Errorf("show a pad not indexed: %v", err)
	}
}
