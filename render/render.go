// Package render writes lint reports: as text for people, coloured on a
// terminal, and as JSON for other tools. It is the only place that knows
// about output formats and styling.
package render

import (
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/padlint/padlint/lint"
)

// Printer writes reports in one format.
type Printer interface {
	Print(reports iter.Seq[lint.Report]) error
}

// Formats lists the formats New knows.
var Formats = []string{"text", "json"}

// Options set how reports are written.
type Options struct {
	Lang  string // of the words around messages: "fr" or "en"
	Color bool   // style the text output for a terminal
}

// New returns the printer for a format, writing to w.
func New(format string, w io.Writer, opt Options) (Printer, error) {
	switch format {
	case "text":
		return &textPrinter{w: w, opt: opt}, nil
	case "json":
		return &jsonPrinter{w: w}, nil
	}
	return nil, fmt.Errorf("unknown format %q: use %s", format, strings.Join(Formats, " or "))
}

// Problem writes a problem padlint met, such as a pad it could not read,
// on w (standard error) as one line: whatever the message quotes from a
// pad, a file name or a server is made safe for a terminal first.
func Problem(w io.Writer, msg string) {
	fmt.Fprintln(w, "padlint: "+clean(msg))
}
