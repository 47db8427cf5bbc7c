package main

import "testing"

// TestSummarySettle checks the format and the file a summary goes to
// when they are not given.
func TestSummarySettle(t *testing.T) {
	for _, c := range []struct {
		opts        summaryOptions
		terminal    bool
		format, out string
	}{
		{summaryOptions{}, false, "html", ""},
		{summaryOptions{}, true, "html", "summary.html"},
		{summaryOptions{format: "md"}, true, "md", "summary.md"},
		{summaryOptions{out: "atelier.md"}, true, "md", "atelier.md"},
		{summaryOptions{out: "atelier.markdown"}, false, "md", "atelier.markdown"},
		{summaryOptions{out: "-"}, true, "html", "-"},
	} {
		o := c.opts
		if err := o.settle(c.terminal); err != nil || o.format != c.format || o.out != c.out {
			t.Errorf("%+v on a terminal %v: format %q, out %q, %v; want %q, %q", c.opts, c.terminal, o.format, o.out, err, c.format, c.out)
		}
	}
	if o := (summaryOptions{format: "pdf"}); o.settle(false) == nil {
		t.Error("the format pdf is taken")
	}
}
