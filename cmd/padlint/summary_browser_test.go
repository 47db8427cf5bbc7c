package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/padlint/padlint/internal/browser"
)

var screenshot = flag.String("screenshot", "", "write the screenshot of a summary page of the example pads to this PNG `file` (make screenshots)")

// evilPad tries every way a pad could put markup or a script in the page.
const evilPad = `Titre : <script>document.body.dataset.ran = "1"</script>
Description : <img src=x onerror="document.body.dataset.ran = '2'"> et [un lien](javascript:alert(1))
Étapes suivantes :
- <b onclick="alert(3)">relire</b>
Hashtags : #piège
Voir javascript:alert(4) et data:text/html,<script>alert(5)</script>
`

// TestSummaryInBrowser opens in headless Chromium the summary page of the
// example pads and of a pad that tries to run a script: the cards, hashtags
// and next steps are all there, and the pad's text stays text.
func TestSummaryInBrowser(t *testing.T) {
	b := browser.Need(t)
	t.Chdir("../..") // pad files are shown relative to the repository's root
	dir := t.TempDir()
	evil, page, idx := filepath.Join(dir, "evil.txt"), filepath.Join(dir, "page.html"), filepath.Join(dir, "index.db")
	if err := os.WriteFile(evil, []byte(evilPad), 0o644); err != nil {
		t.Fatal(err)
	}
	summarize(t, "--index", idx, "testdata/pads", evil, "--out", page)
	dom, err := b.DumpDOM(context.Background(), page)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(dom))
	if err != nil {
		t.Fatal(err)
	}
	checkPage(t, doc, 54)
	checkInert(t, doc)
	shoot(t, b, idx, dir)
}

// checkPage checks that the page shows every pad, hashtag and next step.
func checkPage(t *testing.T, doc *goquery.Document, pads int) {
	t.Helper()
	counts := map[string]int{}
	for _, sel := range []string{"article.card", "#hashtags li", "#by-hashtag dt", ".card .checklist li", "#next-steps .checklist li", "#to-finish > ul > li", "article.card.ko"} {
		counts[sel] = doc.Find(sel).Length()
	}
	if counts["article.card"] != pads {
		t.Errorf("%d cards, want %d", counts["article.card"], pads)
	}
	if counts["#hashtags li"] < 50 || counts["#hashtags li"] != counts["#by-hashtag dt"] {
		t.Errorf("%d hashtags at the top and %d by hashtag, want the same, many", counts["#hashtags li"], counts["#by-hashtag dt"])
	}
	if counts[".card .checklist li"] < 100 || counts[".card .checklist li"] != counts["#next-steps .checklist li"] {
		t.Errorf("%d next steps in the cards and %d gathered, want the same, many", counts[".card .checklist li"], counts["#next-steps .checklist li"])
	}
	if counts["#to-finish > ul > li"] != counts["article.card.ko"] || counts["article.card.ko"] == 0 {
		t.Errorf("%d pads to finish, %d failing cards", counts["#to-finish > ul > li"], counts["article.card.ko"])
	}
}

// checkInert checks that no script ran and that the evil pad made no
// element, handler or link of its own.
func checkInert(t *testing.T, doc *goquery.Document) {
	t.Helper()
	if ran, ok := doc.Find("body").Attr("data-ran"); ok {
		t.Errorf("a script of the pad ran: data-ran=%q", ran)
	}
	if n := doc.Find("script, img, b[onclick]").Length(); n > 0 {
		t.Errorf("%d elements written by the pad", n)
	}
	doc.Find("a").Each(func(_ int, a *goquery.Selection) {
		if href := a.AttrOr("href", ""); !strings.HasPrefix(href, "#") && !strings.HasPrefix(href, "https://") && !strings.HasPrefix(href, "http://") {
			t.Errorf("a link to %q", href)
		}
	})
	var shown bool
	doc.Find("article.card h3").Each(func(_ int, h *goquery.Selection) {
		shown = shown || strings.HasPrefix(h.Text(), `<script>document.body.dataset.ran = "1"</script>`)
	})
	if !shown {
		t.Error("no card shows the evil pad's title as it wrote it")
	}
}

// shoot takes a screenshot of the summary page of the example pads that
// carry #communs: into the file -screenshot names, else into dir.
func shoot(t *testing.T, b *browser.Browser, idx, dir string) {
	t.Helper()
	page, png := filepath.Join(dir, "communs.html"), filepath.Join(dir, "summary.png")
	if *screenshot != "" {
		png = *screenshot
	}
	summarize(t, "--index", idx, "#communs", "--lang", "en", "--title", "Commons workshops, November 2026", "--out", page)
	if err := b.Screenshot(context.Background(), page, png, 1200, 1500); err != nil {
		t.Fatal(err)
	}
}

// summarize runs padlint summary in the test's process, and fails the test unless it
// succeeds.
func summarize(t *testing.T, args ...string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(append([]string{"summary"}, args...), strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("padlint summary %s: exit %d\n%s%s", strings.Join(args, " "), code, stdout.String(), stderr.String())
	}
}
