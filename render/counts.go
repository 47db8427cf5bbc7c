package render

import (
	"fmt"
	"io"

	"github.com/padlint/padlint/index"
	"github.com/padlint/padlint/rules"
)

// Counts writes the one-line account of an update of the index, for
// standard error.
func Counts(w io.Writer, c index.Counts, path, lang string) {
	t := rules.Text{
		EN: "%d pads in %s: %d new, %d changed, %d unchanged, %d gone",
		FR: "%d pads dans %s : %d nouveaux, %d modifiés, %d inchangés, %d disparus",
	}
	fmt.Fprintf(w, t.In(lang), c.New+c.Changed+c.Unchanged, clean(path), c.New, c.Changed, c.Unchanged, c.Gone)
	if c.Unreadable > 0 {
		fmt.Fprintf(w, rules.Text{EN: "; unreadable: %d", FR: " ; illisibles : %d"}.In(lang), c.Unreadable)
	}
	fmt.Fprintln(w)
}
