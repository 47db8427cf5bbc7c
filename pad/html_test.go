package pad

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHTMLText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"lines", "<body>a<br>b<br></body>", "a\nb\n"},
		{"entities and nbsp", "<body>Titre&nbsp;: A &amp; B &#233;t&#xE9;&nbsp;&nbsp; x<br></body>", "Titre : A & B été   x\n"},
		{"bold is text", "<body><strong>Titre :</strong> A<br></body>", "Titre : A\n"},
		{"heading then br", "<body><h1>Titre</h1><br>suite<br></body>", "# Titre\nsuite\n"},
		{"blank line", "<body>a<br><br>b<br></body>", "a\n\nb\n"},
		{"bullets, nested", `<body><ul class="bullet"><li>a<ul class="bullet"><li>b</ul></li></ul>c<br></body>`, "\t* a\n\t\t* b\nc\n"},
		{"numbers from 1", `<body><ol start="3" class="number"><li>a</li><li>b</ol></body>`, "\t1. a\n\t2. b\n"},
		{"indent is no item", `<body><ul class="indent"><li>a</ul></body>`, "\ta\n"},
		{"scripts and styles dropped", "<head><style>p{}</style></head><body><script>x()</script>a<br></body>", "a\n"},
		{"collapsed white space", "<body>  a \n  b  <br></body>", "a b\n"},
		{"no body", "just text", "just text\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := htmlText(tt.in); got != tt.want {
				t.Errorf("htmlText = %q, want %q", got, tt.want)
			}
			if got := htmlTokens(tt.in); got != tt.want {
				t.Errorf("htmlTokens = %q, want %q", got, tt.want)
			}
		})
	}
}

// nested wraps inner in n elements of tag.
func nested(tag string, n int, inner string) string {
	return strings.Repeat("<"+tag+">", n) + inner + strings.Repeat("</"+tag+">", n)
}

// TestHTMLDeep checks that a page nested deeper than the HTML parser's 512
// elements is still read as text, its header and all.
func TestHTMLDeep(t *testing.T) {
	head := "<strong>Title:</strong> Atelier<br>Description: B<br>Next steps:<ul class=\"bullet\"><li>C</li></ul>Hashtags: #d<br>"
	tests := []struct{ name, in string }{
		{"before the header", "<html><head><title>x</title><style>p{}</style></head><body>" + nested("div", 600, "") + head + "</body></html>"},
		{"around the header", "<!DOCTYPE html><html><body>" + nested("div", 600, head) + "</body></html>"},
		{"in a list", "<body>" + head + nested("ul", 600, "<li>deep") + "</body>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("deep.html", tt.in, HTML, DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			want := []string{"title=Atelier ", "description=B ", "next_steps=C ", "hashtags=#d #d"}
			if diff := cmp.Diff(want, header(doc)); diff != "" {
				t.Errorf("header (-want +got):\n%s", diff)
			}
			if strings.Contains(strings.Join(doc.Lines, "\n"), "<") {
				t.Errorf("the text holds markup: %q", doc.Lines)
			}
		})
	}
}

// TestHTMLDeepLists checks that list items nested thousands deep are
// indented no more than maxLevels: the text stays as long as the page.
func TestHTMLDeepLists(t *testing.T) {
	in := "<body>" + strings.Repeat("<ul><li>x", 5000) + "</body>"
	if got := htmlText(in); len(got) > 4*len(in) {
		t.Errorf("htmlText gave %d bytes for a page of %d", len(got), len(in))
	}
}
