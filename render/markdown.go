package render

import (
	"fmt"
	"strings"
	"unicode"
)

// markdownEscaper backslash-escapes what Markdown would read as markup
// inside a line: emphasis, code, links and images, raw HTML, tables,
// strike-through and entities. Text from pads goes through it, so that a
// pad cannot write a link or HTML into the page.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `|`, `\|`, `~`, `\~`, `&`, `\&`,
)

// markdown writes text from a pad as Markdown text on one line.
func markdown(s string) string {
	return markdownEscaper.Replace(strings.Join(strings.Fields(clean(s)), " "))
}

// markdownQuote writes text from a pad, line by line, as a Markdown quote.
func markdownQuote(s string) string {
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		l = escapeLineStart(markdown(l))
		lines = append(lines, strings.TrimRight("> "+l, " "))
	}
	return strings.Join(lines, "\n")
}

// escapeLineStart escapes what would make a line a heading, a list item
// or a rule in Markdown, when it starts it: '#', '=', '+', '-', or digits
// then '.' or ')' (the escaper already takes '>' and '*').
func escapeLineStart(l string) string {
	digits := len(l) - len(strings.TrimLeft(l, "0123456789"))
	switch {
	case l == "":
		return l
	case strings.ContainsRune("#=+-", rune(l[0])):
		return `\` + l
	case digits > 0 && digits < len(l) && (l[digits] == '.' || l[digits] == ')'):
		return l[:digits] + `\` + l[digits:]
	}
	return l
}

// markdownURL writes an http(s) address so that it stays one address in
// a Markdown link, shown as it leads: what would end it, control and
// invisible characters are percent-encoded.
func markdownURL(u string) string {
	var b strings.Builder
	for _, r := range u {
		if !urlSafe(r) {
			for _, c := range []byte(string(r)) {
				fmt.Fprintf(&b, "%%%02X", c)
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// urlSafe tells whether r may be written as it is in a Markdown link's
// address.
func urlSafe(r rune) bool {
	return r > ' ' && r != '<' && r != '>' && !unicode.IsControl(r) && visible(r) && r != '\u2028' && r != '\u2029'
}
