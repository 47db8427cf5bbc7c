package pad

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/padlint/padlint/internal/fold"
)

// Label is a known way of writing a field's label.
type Label struct {
	Text  string    // as it is shown in suggestions, such as "Étapes suivantes"
	Field FieldName // the field it labels
	Lang  string    // "fr", "en", or "" for a label of both or of neither
	key   string
	typo  typoFilter
}

// Labels is the set of labels a linter recognises. The zero value knows none;
// DefaultLabels knows the convention's.
type Labels struct {
	exact     map[string]Label
	all       []Label
	byLen     [][]int // indexes in all, by the length of the key in characters
	maxLen    int     // of a key, in bytes: longer text is never a label
	maxSpaces int     // in a key: text of more words is never a label
}

// builtin holds the convention's labels; the first of each field in a
// language (or in any) is the one suggested when the field is missing.
var builtin = []Label{
	{Text: "Titre", Field: Title, Lang: "fr"},
	{Text: "Nom", Field: Title, Lang: "fr"},
	{Text: "Intitulé", Field: Title, Lang: "fr"},
	{Text: "Title", Field: Title, Lang: "en"},
	{Text: "Name", Field: Title, Lang: "en"},
	{Text: "Description en 3 lignes", Field: Description, Lang: "fr"},
	{Text: "Description", Field: Description},
	{Text: "Description en trois lignes", Field: Description, Lang: "fr"},
	{Text: "Résumé", Field: Description, Lang: "fr"},
	{Text: "Summary", Field: Description, Lang: "en"},
	{Text: "Abstract", Field: Description, Lang: "en"},
	{Text: "Subtitle", Field: Description, Lang: "en"},
	{Text: "Étapes suivantes", Field: NextSteps, Lang: "fr"},
	{Text: "Prochaines étapes", Field: NextSteps, Lang: "fr"},
	{Text: "Suite", Field: NextSteps, Lang: "fr"},
	{Text: "Suites", Field: NextSteps, Lang: "fr"},
	{Text: "Suites à donner", Field: NextSteps, Lang: "fr"},
	{Text: "À faire", Field: NextSteps, Lang: "fr"},
	{Text: "Actions", Field: NextSteps, Lang: "fr"},
	{Text: "Prochaines actions", Field: NextSteps, Lang: "fr"},
	{Text: "Next steps", Field: NextSteps, Lang: "en"},
	{Text: "Next actions", Field: NextSteps, Lang: "en"},
	{Text: "To do", Field: NextSteps, Lang: "en"},
	{Text: "Todo", Field: NextSteps, Lang: "en"},
	{Text: "Action items", Field: NextSteps, Lang: "en"},
	{Text: "Hashtags", Field: Hashtags},
	{Text: "Mots-clés", Field: Hashtags, Lang: "fr"},
	{Text: "Étiquettes", Field: Hashtags, Lang: "fr"},
	{Text: "Tags", Field: Hashtags},
	{Text: "Tag", Field: Hashtags},
	{Text: "Keywords", Field: Hashtags, Lang: "en"},
	{Text: "Contexte", Field: Context, Lang: "fr"},
	{Text: "Context", Field: Context, Lang: "en"},
	{Text: "Background", Field: Context, Lang: "en"},
	{Text: "Participants", Field: Participants},
	{Text: "Présents", Field: Participants, Lang: "fr"},
	{Text: "Présent·es", Field: Participants, Lang: "fr"},
	{Text: "Contributeurs", Field: Participants, Lang: "fr"},
	{Text: "Contributrices", Field: Participants, Lang: "fr"},
	{Text: "Attendees", Field: Participants, Lang: "en"},
	{Text: "Contributors", Field: Participants, Lang: "en"},
}

// DefaultLabels returns the labels of the convention, in French and English.
func DefaultLabels() *Labels {
	l := &Labels{}
	for _, b := range builtin {
		l.Add(b.Field, b.Text, b.Lang)
	}
	return l
}

// Add teaches l another label for a field, in any language.
func (l *Labels) Add(field FieldName, text, lang string) {
	key := labelKey(text)
	lb := Label{Text: text, Field: field, Lang: lang, key: key, typo: newTypoFilter(key)}
	if lb.key == "" {
		return
	}
	if l.exact == nil {
		l.exact = make(map[string]Label)
	}
	if _, dup := l.exact[lb.key]; !dup {
		l.exact[lb.key] = lb
		l.all = append(l.all, lb)
		for len(l.byLen) <= lb.typo.runes {
			l.byLen = append(l.byLen, nil)
		}
		l.byLen[lb.typo.runes] = append(l.byLen[lb.typo.runes], len(l.all)-1)
	}
	l.maxLen = max(l.maxLen, len(lb.key))
	l.maxSpaces = max(l.maxSpaces, strings.Count(lb.key, " "))
}

// Suggest returns the label to suggest for a field in a language: the
// first known in that language or in any, else the first known at all.
func (l *Labels) Suggest(field FieldName, lang string) string {
	fallback := ""
	for _, lb := range l.all {
		if lb.Field == field && (lb.Lang == lang || lb.Lang == "") {
			return lb.Text
		}
		if lb.Field == field && fallback == "" {
			fallback = lb.Text
		}
	}
	return fallback
}

// Match finds the label that s stands for. It folds case, accents, hyphens
// and spacing; with near set, it also accepts a near miss (a typo one or two
// edits away, depending on the label's length) and reports it.
func (l *Labels) Match(s string, near bool) (lb Label, isNear, ok bool) {
	if len(s) > 2*l.maxLen+8 { // room for decomposed accents

		return Label{}, false, false
	}
	var buf [128]byte
	key := appendKey(buf[:0], s)
	if lb, ok := l.exact[string(key)]; ok {
		return lb, false, true
	}
	if !near {
		return Label{}, false, false
	}
	lb, ok = l.nearest(string(key))
	return lb, ok, ok
}

// nearest finds the label key is a typo of, among labels of about its length.
func (l *Labels) nearest(key string) (Label, bool) {
	best, bestDist, f := Label{}, 3, newTypoFilter(key)
	for n := max(f.runes-2, 0); n <= f.runes+2 && n < len(l.byLen); n++ {
		for _, i := range l.byLen[n] {
			if d, ok := typo(key, f, l.all[i]); ok && d < bestDist {
				best, bestDist = l.all[i], d
			}
		}
	}
	return best, bestDist < 3
}

// typo tells whether key is a label mistyped, and how many edits away:
// within the label's budget, or two adjacent letters swapped ("Tilte").
func typo(key string, f typoFilter, lb Label) (int, bool) {
	if len(key) >= 4 && swapped(key, lb.key) {
		return 1, true
	}
	budget := lb.typo.budget()
	if budget == 0 || abs(f.runes-lb.typo.runes) > budget || bits.OnesCount32(f.letters^lb.typo.letters) > 2*budget {
		return 0, false
	}
	d := levenshtein.ComputeDistance(key, lb.key)
	return d, d <= budget
}

// typoFilter tells cheaply that two words are too far apart to be a typo of
// one another: by their lengths, and by the letters they use, since an edit
// adds or removes at most one letter of each.
type typoFilter struct {
	runes   int
	letters uint32 // a bit for each of a to z
}

func newTypoFilter(key string) typoFilter {
	f := typoFilter{runes: utf8.RuneCountInString(key)}
	for i := 0; i < len(key); i++ {
		if c := key[i]; 'a' <= c && c <= 'z' {
			f.letters |= 1 << (c - 'a')
		}
	}
	return f
}

// budget is how many edits a label tolerates: none for short labels,
// where one letter more or less makes another word ("Suite", "Site").
func (f typoFilter) budget() int {
	switch {
	case f.runes <= 5:
		return 0
	case f.runes <= 9:
		return 1
	}
	return 2
}

// swapped tells whether a and b differ by two adjacent letters swapped,
// as in "Tilte" and "Title".
func swapped(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// labelKey folds a label for comparison: no case, no accents, and any run
// of spaces, hyphens or other punctuation reads as one space.
func labelKey(s string) string { return string(appendKey(nil, s)) }

func appendKey(dst []byte, s string) []byte {
	space := false
	for _, r := range s {
		switch letters := keyLetters(r); {
		case letters != "":
			if space && len(dst) > 0 {
				dst = append(dst, ' ')
			}
			dst, space = append(dst, letters...), false
		case !unicode.Is(unicode.Mn, r) && r != '·': // accents, and inclusive writing: "Présent·es"
			space = true
		}
	}
	return dst
}

// keyLetters returns a letter or digit folded, and "" for anything else.
func keyLetters(r rune) string {
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return fold.Rune(r)
	}
	return ""
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
