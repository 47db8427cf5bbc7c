package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/renderer/html"
)

// FuzzMarkdown checks that any text from a pad, written by markdown after
// a label as the summary page does, reads back as that very text: one
// paragraph, no element of its own. The same for a quote, line by line.
func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{"<script>alert(1)</script>", "[x](javascript:alert(1))", "**gras** _it_ `code`",
		"# titre", "1. un", "- deux", "> cité", "a | b", "~~barré~~", "&amp; &#x3C;", "\\*", "![i](x.png)", "<http://x>"} {
		f.Add(s)
	}
	gm := goldmark.New(goldmark.WithRendererOptions(html.WithUnsafe()))
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Join(strings.Fields(clean(s)), " ")
		if want == "" {
			return
		}
		var b bytes.Buffer
		if err := gm.Convert([]byte("Text: "+markdown(s)), &b); err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSpace(b.String()); got != "<p>Text: "+htmlEscape(want)+"</p>" {
			t.Errorf("markdown(%q) reads as %s, want the text", s, got)
		}
	})
}

// htmlEscape escapes text as goldmark writes it in HTML.
var htmlEscape = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace

func TestEscapeLineStart(t *testing.T) {
	for in, want := range map[string]string{
		"# titre": `\# titre`, "- un": `\- un`, "+ deux": `\+ deux`, "===": `\===`,
		"12. douze": `12\. douze`, "3) trois": `3\) trois`, "2026 fut": "2026 fut", "42": "42", "": "", "texte": "texte",
	} {
		if got := escapeLineStart(in); got != want {
			t.Errorf("escapeLineStart(%q) = %q, want %q", in, got, want)
		}
	}
}
