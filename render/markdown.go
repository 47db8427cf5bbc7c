package render

import (
	"fmt"
	"regexp"
	"strings"
)

// markdownEscaper backslash-escapes what Markdown would read as markup
// inside a line: emphasis, code, links and images, raw HTML, tables,
// strike-through and entities. Text from pads goes through it, so that a
// pad cannot write a link or HTML into the page.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `|`, `\|`, `~`, `\~`, `&`, `\&`,
)

// lineStart matches what makes a line a heading, a list item or a rule
// in Markdown, when it starts it (the escaper already takes '>').
var lineStart = regexp.MustCompile(`^([#=+-]|\d+[.)])`)

// markdown writes text from a pad as Markdown text on one line.
func markdown(s string) string {
	return markdownEscaper.Replace(strings.Join(strings.Fields(clean(s)), " "))
}

// markdownQuote writes text from a pad, line by line, as a Markdown quote.
func markdownQuote(s string) string {
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		l = lineStart.ReplaceAllStringFunc(markdown(l), escapeLast)
		lines = append(lines, strings.TrimRight("> "+l, " "))
	}
	return strings.Join(lines, "\n")
}

func escapeLast(m string) string { return m[:len(m)-1] + `\` + m[len(m)-1:] }

// markdownURL writes an http(s) address so that it stays one address in
// a Markdown link: what would end it is percent-encoded.
func markdownURL(u string) string {
	var b strings.Builder
	for _, r := range u {
		if r <= ' ' || r == '<' || r == '>' || r == 0x7f {
			fmt.Fprintf(&b, "%%%02X", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
