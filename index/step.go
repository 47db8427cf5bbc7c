package index

import "strings"

// step reads one next step: its text without its box, and whether it is
// done: a checked box or a tick before it, or struck through.
func step(item string) (string, bool) {
	item = strings.TrimSpace(item)
	for _, mark := range doneMarks {
		if rest, ok := strings.CutPrefix(item, mark); ok {
			return strings.TrimSpace(rest), true
		}
	}
	if len(item) > 4 && strings.HasPrefix(item, "~~") && strings.HasSuffix(item, "~~") {
		return strings.TrimSpace(item[2 : len(item)-2]), true
	}
	for _, box := range openBoxes {
		if rest, ok := strings.CutPrefix(item, box); ok {
			return strings.TrimSpace(rest), false
		}
	}
	return item, false
}

var (
	doneMarks = []string{"[x]", "[X]", "[✓]", "[✔]", "☑", "✅", "✔", "✓"}
	openBoxes = []string{"[ ]", "[]", "☐"}
)
