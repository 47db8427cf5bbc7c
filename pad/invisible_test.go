package pad

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// invisibles are values that show nothing, one of each kind.
var invisibles = map[string]string{
	"zero-width space": "\u200b", "zero-width non-joiner": "\u200c", "zero-width joiner": "\u200d",
	"word joiner": "\u2060", "byte-order mark": "\ufeff", "soft hyphen": "\u00ad",
	"Mongolian vowel separator": "\u180e", "Hangul choseong filler": "\u115f",
	"Hangul jungseong filler": "\u1160", "Hangul filler": "\u3164", "halfwidth Hangul filler": "\uffa0",
	"braille blank": "\u2800", "bidi marks": "\u200e\u200f\u061c", "bidi embedding": "\u202a\u202c",
	"bidi isolates": "\u2066\u2069", "ideographic space": "\u3000", "figure space": "\u2007",
	"narrow no-break space": "\u202f", "combining grapheme joiner": "\u034f",
	"variation selector": "\ufe0f", "tag": "\U000e0041", "a mix": "\u200b \u2060\u00a0\u3164",
}

func TestInvisibleTitleIsEmpty(t *testing.T) {
	for name, blank := range invisibles {
		t.Run(name, func(t *testing.T) {
			for _, text := range []string{
				"Titre : " + blank + "\nDescription : B\n",
				"Titre : **" + blank + "**\nDescription : B\n",
				"Titre :\n" + blank + "\nDescription : B\n",
				"---\ntitle: \"" + blank + "\"\n---\nDescription : B\n",
			} {
				doc := ParseText("p.txt", text, DefaultOptions())
				if f := doc.Field(Title); f == nil || len(f.Values) > 0 {
					t.Errorf("%q: title %+v, want a title field without value", text, f)
				}
			}
		})
	}
}

func TestInvisibleLinesAreNoLines(t *testing.T) {
	for name, blank := range invisibles {
		t.Run(name, func(t *testing.T) {
			text := "Titre : A\nDescription :\nUn atelier.\n" + blank + "\nnotes\n\n" +
				"Étapes suivantes :\n- " + blank + "\n- contacter la mairie\n- **" + blank + "**\n\nHashtags : " + blank + "\n"
			doc := ParseText("p.txt", text, DefaultOptions())
			got := map[FieldName][]string{}
			for _, name := range []FieldName{Description, NextSteps, Hashtags} {
				if f := doc.Field(name); f != nil {
					got[name] = f.Items()
				}
			}
			want := map[FieldName][]string{Description: {"Un atelier."}, NextSteps: {"contacter la mairie"}, Hashtags: {}}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("values (-want +got):\n%s", diff)
			}
		})
	}
}

func TestInvisibleHeadingIsNoTitle(t *testing.T) {
	doc := ParseText("p.txt", "# \u200b\u3164\nDescription : B\n", DefaultOptions())
	if doc.Heading != nil {
		t.Errorf("heading %+v, want none", doc.Heading)
	}
}

func TestFillerBeforeALabel(t *testing.T) {
	doc := ParseText("p.txt", "\u3164Titre : A\n", DefaultOptions())
	if f := doc.Field(Title); f == nil || f.Text() != "A" {
		t.Errorf("title %+v, want A", f)
	}
}

func TestVisibleValuesStay(t *testing.T) {
	for _, title := range []string{"❤️", "\u200bAtelier", "Atelier\u00a0communs", "ㅤx"} {
		doc := ParseText("p.txt", "Titre : "+title+"\n", DefaultOptions())
		if got := doc.Field(Title).Text(); got != title {
			t.Errorf("title %q, want %q", got, title)
		}
	}
}
