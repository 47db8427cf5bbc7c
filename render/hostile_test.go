package render

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/padlint/padlint/index"
	"github.com/padlint/padlint/lint"
	"github.com/padlint/padlint/pad"
	"github.com/padlint/padlint/query"
	"github.com/padlint/padlint/rules"
	"github.com/padlint/padlint/summary"
	"github.com/padlint/padlint/watch"
	"golang.org/x/net/html"
)

// evil is text a pad may hold: "txet" under a right-to-left override,
// zero-width and other invisible characters, an escape sequence and a C1
// control.
const evil = "Atelier \u202etxet\u202c ca\u200bch\u00ade\u2066\u2069\ufeff\u061c\u200e\u200f\u2060\U000e0041 \x1b[2J\u009b31m"

// longTitle is a title of a million characters.
var longTitle = strings.Repeat(" Atelier", 1<<17)

// checkShown fails when out, an output for people, holds a control or an
// invisible character, does not show evil's text, or is over most bytes.
func checkShown(t *testing.T, what, out string, most int) {
	t.Helper()
	if len(out) > most {
		t.Errorf("%s: %d bytes, want at most %d", what, len(out), most)
	}
	for _, r := range out {
		if r != '\n' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r)) {
			t.Errorf("%s: %U reaches the output: %.300q", what, r, out)
			break
		}
	}
	if !strings.Contains(out, "txet") || !strings.Contains(out, "cache") {
		t.Errorf("%s: the pad's text is not shown: %.300q", what, out)
	}
}

func TestClean(t *testing.T) {
	for in, want := range map[string]string{
		evil:                         "Atelier txet cache ?[2J?31m",
		"a\u200db":                   "ab",
		"👩\u200d🔬 et 🏳\ufe0f\u200d🌈": "👩\u200d🔬 et 🏳\ufe0f\u200d🌈",
		"👍🏽\u200d🔥":                  "👍🏽\u200d🔥",
		"🔬\u200d":                    "🔬",
		"un\ndeux\tfin\u2028":        "un deux fin?",
		"\xff\xfe":                   "\ufffd\ufffd",
	} {
		if got := clean(in); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
	}
	if got := cleanLines("un\u202e\ndeux\r\n"); got != "un\ndeux?\n" {
		t.Errorf("cleanLines keeps %q", got)
	}
}

// FuzzClean checks that clean leaves no control nor invisible character
// in any text, but a joiner between emoji, and valid UTF-8 on one line.
func FuzzClean(f *testing.F) {
	for _, s := range []string{evil, "👩\u200d🔬", "a\u200d", "\u200d🔬", "\xff\n\u2028"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := clean(s)
		for _, r := range got {
			if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) && r != zwj || r == '\u2028' {
				t.Fatalf("clean(%q) = %q keeps %U", s, got, r)
			}
		}
		if !utf8.ValidString(got) {
			t.Errorf("clean(%q) = %q, not UTF-8", s, got)
		}
	})
}

// TestLintHostile checks the lint report and the lines on standard error.
func TestLintHostile(t *testing.T) {
	r := lint.Report{Source: "pads/" + evil + ".txt", Findings: []rules.Finding{{
		Rule: "label-near-miss", Severity: rules.Warning, Line: 1, Column: 1, Message: evil, Suggestion: evil,
	}}}
	checkShown(t, "lint text", string(print(t, "text", Options{Lang: "en"}, []lint.Report{r})), 1000)
	var b bytes.Buffer
	Counts(&b, index.Counts{New: 1}, "/tmp/"+evil, "en")
	Problem(&b, "cannot read "+evil)
	Wrote(&b, evil+".html", summary.New("", "en", nil), "fr")
	Missing(&b, &b, "Title: "+evil+"\n", "en")
	checkShown(t, "standard error", b.String(), 1000)
}

// TestJSONHostile checks that JSON carries the data as it is, with no
// invisible or control character as it is in its bytes.
func TestJSONHostile(t *testing.T) {
	r := lint.Report{Source: evil, Doc: &pad.Doc{}, Findings: []rules.Finding{{Rule: "title", Message: evil}}}
	out := print(t, "json", Options{}, []lint.Report{r})
	var back struct {
		Pads []struct {
			Source string `json:"source"`
		} `json:"pads"`
	}
	if err := json.Unmarshal(out, &back); err != nil || len(back.Pads) != 1 || back.Pads[0].Source != evil {
		t.Errorf("the JSON reads back as %+v (%v), want the source as it is", back, err)
	}
	var tags bytes.Buffer
	if err := Tags(&tags, "json", []index.TagCount{{Tag: evil, Pads: 1}}, IndexOptions{}); err != nil {
		t.Fatal(err)
	}
	var got []index.TagCount
	if err := json.Unmarshal(tags.Bytes(), &got); err != nil || got[0].Tag != evil {
		t.Errorf("the tags read back as %+v (%v)", got, err)
	}
	for _, b := range [][]byte{out, tags.Bytes()} {
		if i := bytes.IndexFunc(b, func(r rune) bool { return r >= 0x7f && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r)) }); i >= 0 {
			t.Errorf("an invisible character in the JSON: %q", b[max(0, i-20):min(len(b), i+20)])
		}
	}
}

// hostileIndex indexes a pad whose title is evil and a million letters
// long, whose next step and hashtag are evil, and whose text holds a word
// of five million letters before the word "gonette".
func hostileIndex(t *testing.T) *index.Index {
	t.Helper()
	dir := t.TempDir()
	text := "Title: " + evil + longTitle + "\nDescription: " + evil + "\nNext steps:\n- " + evil + "\nHashtags: #communs #ca\u200bche\n\n" +
		strings.Repeat("a", 5<<20) + " gonette " + evil + "\n"
	if err := os.WriteFile(filepath.Join(dir, "pad.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	idx, err := index.Open(filepath.Join(t.TempDir(), "index.db"), index.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	u, err := idx.Updater()
	if err != nil {
		t.Fatal(err)
	}
	opt := lint.Options{Config: rules.Default(), FailOn: rules.Error, Cache: u}
	if _, err := u.Update(context.Background(), dir, lint.Run(context.Background(), []string{dir}, opt)); err != nil {
		t.Fatal(err)
	}
	return idx
}

// TestIndexHostile checks what search, tags, next and show write of the
// hostile pad, as text and as a table: bounded, and with nothing invisible.
func TestIndexHostile(t *testing.T) {
	idx, ctx := hostileIndex(t), context.Background()
	q, _ := query.Parse("gonette")
	res, err := idx.Search(ctx, q, index.Filter{})
	if err != nil || len(res.Results) != 1 || !strings.Contains(res.Results[0].Title, "\u202e") {
		t.Fatalf("gonette finds %+v (%v), want the pad with its title as written", res, err)
	}
	steps, _ := idx.Next(ctx, nil, index.Filter{})
	p, err := idx.Show(ctx, res.Results[0].Source)
	if err != nil {
		t.Fatal(err)
	}
	for name, write := range map[string]func(*bytes.Buffer, IndexOptions) error{
		"search": func(b *bytes.Buffer, o IndexOptions) error { return Results(b, "text", res, o) },
		"next":   func(b *bytes.Buffer, o IndexOptions) error { return Steps(b, "text", steps, time.Now(), o) },
		"show":   func(b *bytes.Buffer, o IndexOptions) error { return Pad(b, "text", p, o) },
		"links": func(b *bytes.Buffer, o IndexOptions) error {
			return Links(b, "text", index.Links{Title: p.Title, To: []index.Link{{Source: evil, Title: p.Title, Indexed: true}}}, o)
		},
	} {
		for _, o := range []IndexOptions{{}, {Table: true, Width: 100}} {
			var b bytes.Buffer
			if err := write(&b, o); err != nil {
				t.Fatal(err)
			}
			checkShown(t, name, b.String(), 10_000)
		}
	}
}

// TestIndexJSONBounded checks that the JSON of a search carries the
// title and the snippet as they are shown, cut short.
func TestIndexJSONBounded(t *testing.T) {
	idx := hostileIndex(t)
	q, _ := query.Parse("gonette")
	res, err := idx.Search(context.Background(), q, index.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Results(&b, "json", res, IndexOptions{}); err != nil {
		t.Fatal(err)
	}
	var back index.Results
	if err := json.Unmarshal(b.Bytes(), &back); err != nil || b.Len() > 10_000 {
		t.Fatalf("%d bytes of JSON (%v)", b.Len(), err)
	}
	if r := back.Results[0]; !strings.Contains(r.Title, "\u202etxet") || !strings.Contains(r.Snippet, "gonette") {
		t.Errorf("the JSON result %+v lacks the title or the match", r)
	}
}

// TestWatchHostile checks the watch's screen, with no terminal size to
// cut it, and its log.
func TestWatchHostile(t *testing.T) {
	now := time.Date(2026, 11, 21, 17, 0, 0, 0, time.UTC)
	st := watch.Status{Source: evil, Now: now, Checked: now, Fresh: true,
		Fields: []watch.Field{{Name: pad.Title, State: watch.Right, Value: evil + longTitle},
			{Name: pad.Hashtags, State: watch.Wrong, Findings: []rules.Finding{{Message: evil, Suggestion: evil}}}},
		Other: []rules.Finding{{Message: evil}}}
	var screen, log bytes.Buffer
	WatchStatus(&screen, st, WatchOptions{Options: Options{Lang: "en"}})
	checkShown(t, "watch screen", screen.String(), 2000)
	st.Err = errors.New("cannot read " + evil)
	NewWatchLog(&log, WatchOptions{Options: Options{Lang: "en"}}).Show(st)
	WatchStatus(&log, st, WatchOptions{Options: Options{Lang: "en"}})
	checkShown(t, "watch log", log.String(), 3000)
}

// hostileWorkshop is the page of two pads whose titles, text, hashtags,
// participants, findings and links are evil, the titles a million
// letters long.
func hostileWorkshop() *summary.Page {
	tags := []index.Hashtag{{Tag: "#" + evil, Key: "evil", Header: true}}
	first := index.Pad{Source: "https://pad.example.org/p/\u202etxet\u200b", Title: evil + longTitle, Lang: "en",
		Description: evil + "\n" + evil, NextSteps: []index.NextStep{{Text: evil}}, Hashtags: tags,
		Participants: []string{evil, evil}, Findings: []rules.Finding{{Message: evil, Suggestion: evil, Line: 1}},
		LinksTo: []index.Link{{Source: "https://a.example/\u202etxet\u2066"}, {Source: "pads/" + evil}}}
	second := index.Pad{Source: "pads/" + evil + ".txt", Title: evil + longTitle, Lang: "en", Hashtags: tags,
		NextSteps: []index.NextStep{{Text: evil, Done: true}}, LinksTo: []index.Link{{Source: first.Source, Indexed: true}}}
	return summary.New(evil+longTitle, "en", []index.Pad{first, second})
}

// TestWorkshopHostile checks both formats of the summary page: bounded,
// nothing invisible, and in HTML each text from a pad in an element of
// its own direction, so that no override could run past it.
func TestWorkshopHostile(t *testing.T) {
	for _, format := range WorkshopFormats {
		var b bytes.Buffer
		if err := Workshop(&b, format, hostileWorkshop(), WorkshopOptions{Lang: "en"}); err != nil {
			t.Fatal(err)
		}
		checkShown(t, format, b.String(), 30_000)
		if format == "html" {
			checkIsolated(t, b.Bytes())
		}
	}
}

// checkIsolated checks that each text of the page that comes from a pad
// is alone in the nearest element that sets its own direction, <bdi> or
// dir="auto", but for the count of pads a hashtag's chip shows in <b>.
func checkIsolated(t *testing.T, page []byte) {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	doc.Find("body *").Contents().Each(func(_ int, s *goquery.Selection) {
		text := s.Nodes[0]
		if text.Type != html.TextNode || !strings.Contains(text.Data, "txet") {
			return
		}
		own := s.Closest("bdi, [dir=auto]")
		if own.Length() == 0 || withoutCount(own) != text.Data {
			t.Errorf("%.80q shares its direction with %.200q", text.Data, own.Text())
		}
	})
}

// withoutCount returns the text of s but for the counts in <b> in it.
func withoutCount(s *goquery.Selection) string {
	c := s.Clone()
	c.Find("b").Remove()
	return c.Text()
}
