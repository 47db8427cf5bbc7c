package main

import (
	"bytes"
	"strconv"
	"strings"
)

// writeText writes the lines of a text or markdown pad.
func writeText(buf *bytes.Buffer, lines []string) {
	for _, line := range lines {
		buf.WriteString(line)
		buf.WriteByte('\n')
	}
}

// htmlEscaper escapes text the way Etherpad's HTML export does.
var htmlEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#x27;", "\u00a0", "&nbsp;",
)

// htmlBlock is one line of an HTML export: text, list item or heading.
type htmlBlock struct {
	list    string // "ul" or "ol" for a list item
	heading int    // 1 to 6 for a heading
	text    string
}

// listTags are the opening tags of Etherpad's lists.
var listTags = map[string]string{"ul": `<ul class="bullet">`, "ol": `<ol start="1" class="number">`}

// writeHTML writes the lines of a pad as an Etherpad HTML export named name;
// bold is the tag of bold text (strong or b).
func writeHTML(buf *bytes.Buffer, name string, lines []string, bold string) {
	buf.WriteString("<!DOCTYPE HTML><html><head><title>")
	buf.WriteString(htmlEscaper.Replace(name))
	buf.WriteString(`</title><meta charset="utf-8"></head><body>`)
	openList := ""
	for _, line := range lines {
		block := classifyHTML(line)
		openList = switchList(buf, openList, block.list)
		writeHTMLBlock(buf, block, bold)
	}
	switchList(buf, openList, "")
	buf.WriteString("</body></html>\n")
}

// classifyHTML tells whether line is a bullet, a numbered item, a heading or text.
func classifyHTML(line string) htmlBlock {
	for _, marker := range []string{"- ", "• ", "* "} {
		if rest, ok := strings.CutPrefix(line, marker); ok {
			return htmlBlock{list: "ul", text: rest}
		}
	}
	if rest, ok := cutNumber(line); ok {
		return htmlBlock{list: "ol", text: rest}
	}
	if level := headingLevel(line); level > 0 {
		return htmlBlock{heading: level, text: line[level+1:]}
	}
	return htmlBlock{text: line}
}

// headingLevel returns the level of a markdown heading line, or 0.
func headingLevel(line string) int {
	level := strings.IndexFunc(line, func(r rune) bool { return r != '#' })
	if level < 1 || level > 6 || line[level] != ' ' {
		return 0
	}
	return level
}

// cutNumber removes a leading "12. " from line.
func cutNumber(line string) (string, bool) {
	digits := strings.IndexFunc(line, func(r rune) bool { return r < '0' || r > '9' })
	if digits <= 0 || !strings.HasPrefix(line[digits:], ". ") {
		return line, false
	}
	return line[digits+2:], true
}

// switchList closes the open list unless want is the same, opens want,
// and returns the list now open.
func switchList(buf *bytes.Buffer, open, want string) string {
	if open == want {
		return open
	}
	if open != "" {
		buf.WriteString("</" + open + ">")
	}
	buf.WriteString(listTags[want])
	return want
}

// writeHTMLBlock writes one line: escaped, with bold text and links marked up.
func writeHTMLBlock(buf *bytes.Buffer, block htmlBlock, bold string) {
	text := markLinks(markBold(htmlEscaper.Replace(block.text), bold))
	switch {
	case block.list != "":
		buf.WriteString("<li>" + text + "</li>")
	case block.heading > 0:
		tag := "h" + strconv.Itoa(block.heading)
		buf.WriteString("<" + tag + ">" + text + "</" + tag + ">")
	default:
		buf.WriteString(text + "<br>")
	}
}

// markBold turns **text** into <b>text</b> or <strong>text</strong>, bold being strong or b.
func markBold(text, bold string) string {
	var b strings.Builder
	for {
		before, rest, ok := strings.Cut(text, "**")
		inside, after, closed := strings.Cut(rest, "**")
		if !ok || !closed {
			b.WriteString(text)
			return b.String()
		}
		b.WriteString(before + "<" + bold + ">" + inside + "</" + bold + ">")
		text = after
	}
}

// markLinks turns the addresses in text into anchors.
func markLinks(text string) string {
	if !strings.Contains(text, "http") {
		return text
	}
	words := strings.Split(text, " ")
	for i, word := range words {
		if strings.HasPrefix(word, "https://") || strings.HasPrefix(word, "http://") {
			words[i] = `<a href="` + word + `" rel="noreferrer noopener">` + word + "</a>"
		}
	}
	return strings.Join(words, " ")
}
